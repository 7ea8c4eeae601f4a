import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { markAgentHeads, markCauses, markCreations, markMeans, markMedia, markMultipliers, markPlaceHeads, markWeekdays, markStatedTopics, statesWhatItIs } from '../../src/text/mark-answer-cues.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** The words of `text` that `mark` marks. */
function marked(mark: typeof markCauses, text: string): string[] {
  const tokens = analyze(text);
  const marks = mark(tokens);
  return tokens.filter((_, i) => marks[i] === 1).map((t) => text.slice(t.start, t.end));
}

describe('markPlaceHeads', () => {
  it('marks nouns that head a place name and compass points, with or without the article', () => {
    expect(marked(markPlaceHeads, 'احتج سكان مدينة جاناوزين في منطقة مانغيستاو غرب البلاد')).toEqual(['مدينة', 'منطقة', 'غرب', 'البلاد']);
    expect(marked(markPlaceHeads, 'وصلت القوات إلى العاصمة')).toEqual(['العاصمة']);
  });
});

describe('markAgentHeads', () => {
  it('marks titles and organisation nouns', () => {
    expect(marked(markAgentHeads, 'قال وزير الخارجية إن المنظمة أرسلت قوات')).toEqual(['وزير', 'المنظمة', 'قوات']);
    expect(marked(markAgentHeads, 'The minister said the agency agreed')).toEqual(['minister', 'agency']);
  });

  it('marks groups of people named by what they are: students, residents, soldiers', () => {
    expect(marked(markAgentHeads, 'إنهم يقاتلون مع طلاب الأكاديمية في الشوارع')).toEqual(['طلاب']);
    expect(marked(markAgentHeads, 'أصبح سكان ألماتي ضحايا')).toEqual(['سكان']);
    expect(marked(markAgentHeads, 'the residents and students')).toEqual(['residents', 'students']);
    expect(marked(markAgentHeads, 'жители города')).toEqual(['жители']);
  });

  it('marks groups and gangs as who did something', () => {
    expect(marked(markAgentHeads, 'فقد استغلت الجماعات الإرهابية الوضع')).toEqual(['الجماعات']);
    expect(marked(markAgentHeads, 'the gangs attacked')).toEqual(['gangs']);
    expect(marked(markAgentHeads, 'группировки напали')).toEqual(['группировки']);
  });
});

describe('markMedia', () => {
  it('marks where something is said or published: networks, statements, interviews, agencies', () => {
    expect(marked(markMedia, 'كتب باشينيان على فيسبوك')).toEqual(['فيسبوك']);
    expect(marked(markMedia, 'وجاء في بيان لها، وقال في مقابلة مع الوكالة')).toEqual(['بيان', 'مقابلة', 'الوكالة']);
    expect(marked(markMedia, 'He wrote on Telegram, в заявлении')).toEqual(['Telegram', 'заявлении']);
    expect(marked(markMedia, 'احتج سكان مدينة جاناوزين')).toEqual([]);
  });
});

describe('markMeans', () => {
  it('marks what follows a word of using: the means, past a verb\'s subject', () => {
    expect(marked(markMeans, 'محاولة لتقويض أمن الدولة بالقوة.. باستخدام تشكيلات مسلحة مدربة')).toEqual(['تشكيلات', 'مسلحة', 'مدربة']);
    expect(marked(markMeans, 'واستخدمت الشرطة الغاز والقنابل الصوتية')).toEqual(['الشرطة', 'الغاز', 'والقنابل']);
    expect(marked(markMeans, 'اشتبك المتظاهرون مع قوات الأمن')).toEqual([]);
  });
});

describe('markCreations', () => {
  it('marks what follows a word of setting up: the thing set up', () => {
    expect(marked(markCreations, 'أنا أقوم بإنشاء مقر لمكافحة الإرهاب')).toEqual(['مقر', 'لمكافحة', 'الإرهاب']);
    expect(marked(markCreations, 'he said he was establishing a headquarters')).toEqual(['headquarters']);
    expect(marked(markCreations, 'باستخدام تشكيلات مسلحة مدربة')).toEqual([]);
  });
});

describe('statesWhatItIs', () => {
  const states = (text: string, word: string) => {
    const tokens = analyze(text);
    return statesWhatItIs(tokens, tokens.findIndex((t) => text.slice(t.start, t.end) === word));
  };

  it('finds a copula near a noun: the passage says what its thing is', () => {
    expect(states('كانت القضية المعروضة على المجلس هي المعركة الجارية', 'القضية')).toBe(true);
    expect(states('The main issue was the fighting in the streets', 'issue')).toBe(true);
  });

  it('marks each topic noun a copula stands by with its family, once per passage', () => {
    const text = 'كانت القضية المعروضة على المجلس هي المعركة، ويشمل تفويض القوات حماية المرافق';
    const tokens = analyze(text);
    const marks = markStatedTopics(tokens);
    expect(tokens.filter((_, i) => marks[i] === 1).map((t) => text.slice(t.start, t.end))).toEqual(['القضية']);
    expect(tokens.filter((_, i) => marks[i] === 2).map((t) => text.slice(t.start, t.end))).toEqual(['تفويض']);
  });

  it('leaves a noun no copula stands near', () => {
    expect(states('ناقش المجلس القضية في اجتماعه أمس مع الوزراء والنواب', 'القضية')).toBe(false);
  });

  it('marks a verb of demanding with what was demanded after it as stating the demands, not one with no demand after it', () => {
    const text = 'وطالب المتظاهرون بتخفيضها إلى المستوى السابق، وطالب الوزير المحتجين أمس';
    const tokens = analyze(text);
    const marks = markStatedTopics(tokens);
    expect(tokens.filter((_, i) => marks[i] === 3).map((t) => text.slice(t.start, t.end))).toEqual(['وطالب']);
  });
});

describe('markMultipliers', () => {
  it('marks words that tell a multiple, with the article or a conjunction', () => {
    expect(marked(markMultipliers, 'احتجوا على مضاعفة أسعار الغاز وتضاعفت الأسعار')).toEqual(['مضاعفة', 'وتضاعفت']);
    expect(marked(markMultipliers, 'prices doubled, not tripled')).toEqual(['doubled', 'tripled']);
    expect(marked(markMultipliers, 'цены выросли вдвое за год')).toEqual(['вдвое']);
    expect(marked(markMultipliers, 'ارتفعت الأسعار 20 في المئة')).toEqual([]);
  });
});

describe('markCauses', () => {
  it('marks words that give a cause or purpose', () => {
    expect(marked(markCauses, 'قطعت السلطات الإنترنت لمنع الاتصال بسبب الاضطرابات')).toEqual(['لمنع', 'بسبب']);
    expect(marked(markCauses, 'the internet was cut because of the unrest')).toEqual(['because']);
  });

  it('marks the verbs of aiming, which give a purpose', () => {
    expect(marked(markCauses, 'لكنهم كانوا يهدفون إلى الإطاحة بالنظام')).toEqual(['يهدفون']);
    expect(marked(markCauses, 'وسعوا إلى السيطرة على المدينة')).toEqual(['وسعوا']);
  });

  it('marks what a protest is against or demands: its cause', () => {
    expect(marked(markCauses, 'انطلقت مظاهرات ضد ارتفاع أسعار الغاز')).toEqual(['ضد']);
    expect(marked(markCauses, 'في البداية طالب المتظاهرون بخفض الأسعار')).toEqual(['طالب']);
    expect(marked(markCauses, 'people rallied against the price rise')).toEqual(['against']);
  });

  it('does not take "from" for the start of "for the sake of"', () => {
    expect(marked(markCauses, 'جاء من أجل السلام')).toEqual(['أجل']);
  });
});

describe('markWeekdays', () => {
  it('marks days of the week with the article, in three languages', () => {
    expect(marked(markWeekdays, 'وجاء في بيان لها يوم الإثنين')).toEqual(['الإثنين']);
    expect(marked(markWeekdays, 'on Monday, в понедельник')).toEqual(['Monday', 'понедельник']);
  });

  it('leaves أحد (one) and اثنين (two) alone', () => {
    expect(marked(markWeekdays, 'أحد أكبر المدن واثنين من الوزراء')).toEqual([]);
  });
});

describe('answer cue marks', () => {
  it('never throw on hostile strings', () => {
    for (const text of Object.values(HOSTILE_STRINGS)) {
      for (const mark of [markPlaceHeads, markAgentHeads, markCauses, markWeekdays, markMeans]) expect(mark(analyze(text)).length).toBe(analyze(text).length);
    }
  });
});
