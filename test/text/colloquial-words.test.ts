import { describe, expect, it } from 'vitest';
import {
  ASKS,
  COLLOQUIAL_LISTS,
  COLLOQUIAL_QUESTION_PHRASES,
  COLLOQUIAL_SOURCES,
  COLLOQUIAL_WORDS,
  DIALECTS,
  MSA_INTERROGATIVES,
  colloquialConflicts,
  lookupColloquial,
  type Dialect,
  type WordClass,
} from '../../src/text/colloquial-words.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';

const lookup = (form: string) => lookupColloquial(normalizeArabic(form));
const listsOf = (dialect: Dialect) => COLLOQUIAL_LISTS.filter((l) => l.dialect === dialect);

describe('colloquial word lists: consistency', () => {
  it('lists no spelling twice within a dialect, and never with conflicting roles, question types or homograph marks', () => {
    expect(colloquialConflicts()).toEqual([]);
  });

  it('names its sources on every list, from the cited references', () => {
    const references: string[] = Object.values(COLLOQUIAL_SOURCES);
    for (const list of COLLOQUIAL_LISTS) {
      expect(list.source, `${list.dialect} ${list.class}`).not.toBe('');
      expect(references.some((r) => list.source.includes(r)), `${list.dialect} ${list.class}: ${list.source}`).toBe(true);
    }
  });

  it('holds single Arabic words only, without marks the normaliser would have to remove', () => {
    for (const list of COLLOQUIAL_LISTS) {
      for (const entry of list.entries) {
        expect(entry.form, `${list.dialect} ${list.class}`).toMatch(/^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]+$/u);
      }
    }
  });

  it('gives every everyday word at least one MSA reading, and no MSA reading that is the word itself', () => {
    for (const list of COLLOQUIAL_LISTS) {
      for (const entry of list.entries.filter((e) => e.role === 'msa')) {
        expect(entry.msa.length, entry.form).toBeGreaterThan(0);
        expect(entry.msa.map(normalizeArabic), entry.form).not.toContain(normalizeArabic(entry.form));
      }
    }
  });

  it('keeps the verbs and nouns to everyday words: several hundred, not a dictionary', () => {
    const everyday = COLLOQUIAL_LISTS.flatMap((l) => l.entries).filter((e) => e.role === 'msa');
    expect(everyday.length).toBeGreaterThan(150);
    expect(everyday.length).toBeLessThan(1000);
  });

  it('stores every listed spelling normalised in the merged lookup, with the dialects that list it', () => {
    expect(COLLOQUIAL_WORDS.get('ازاي')?.dialects).toEqual(['egyptian']);
    expect(lookup('وين')?.dialects).toEqual(expect.arrayContaining(['levantine', 'gulf', 'iraqi', 'maghrebi', 'sudanese']));
    for (const form of COLLOQUIAL_WORDS.keys()) expect(normalizeArabic(form)).toBe(form);
  });

  it('writes multi-word interrogatives as two or more words, each asking a known kind of question', () => {
    for (const phrase of COLLOQUIAL_QUESTION_PHRASES) {
      expect(phrase.words.length, phrase.words.join(' ')).toBeGreaterThanOrEqual(2);
      expect(ASKS).toContain(phrase.asks);
    }
  });
});

describe('colloquial word lists: completeness', () => {
  const CORE: readonly WordClass[] = ['interrogative', 'demonstrative', 'negation', 'aspect', 'conjunction', 'adverb', 'verb'];
  const MAIN: readonly WordClass[] = [...CORE, 'pronoun', 'relative', 'existential', 'preposition', 'quantity', 'number', 'time', 'noun'];

  it('has the closed classes for every dialect, and all of them for Egyptian, Levantine, Gulf and Maghrebi', () => {
    for (const dialect of DIALECTS) {
      const classes = listsOf(dialect).map((l) => l.class);
      const wanted = ['egyptian', 'levantine', 'gulf', 'maghrebi'].includes(dialect) ? MAIN : CORE;
      for (const c of wanted) expect(classes, `${dialect} ${c}`).toContain(c);
    }
  });

  it('asks every kind of wh-question in every dialect', () => {
    for (const dialect of DIALECTS) {
      const asks = new Set(listsOf(dialect).flatMap((l) => l.entries).flatMap((e) => (e.role === 'question' ? [e.asks] : [])));
      for (const kind of ['what', 'why', 'where', 'when', 'how-many', 'who', 'how', 'which'] as const) {
        expect(asks.has(kind), `${dialect} ${kind}`).toBe(true);
      }
    }
  });

  it('lists the MSA interrogatives with their kinds', () => {
    const asks = new Map(MSA_INTERROGATIVES.map((q) => [normalizeArabic(q.form), q.asks]));
    expect(asks.get('ماذا')).toBe('what');
    expect(asks.get('لماذا')).toBe('why');
    expect(asks.get('متي')).toBe('when');
    expect(asks.get('اين')).toBe('where');
    expect(asks.get('كم')).toBe('how-many');
    expect(asks.get('من')).toBe('who');
    expect(asks.get('كيف')).toBe('how');
    expect(asks.get('اي')).toBe('which');
    expect(asks.get('هل')).toBe('yes-no');
  });

  it('holds the interrogatives the dialects are known by, each with its kind', () => {
    const expected: Record<string, string> = {
      what: 'ايه ايش شو واش اشنو شنو شنهو',
      why: 'ليش ليه علاش لويش',
      where: 'فين وين فاين وينه منين منوين',
      when: 'امتى إمتى متين وقتاش ايمتى',
      'how-many': 'كام قديش قداش شحال بكام',
      who: 'مين منو شكون',
      how: 'ازاي إزاي شلون كيفاش كيفاه كيف',
      which: 'أنهي انهو ياتو اشمن',
    };
    for (const [asks, forms] of Object.entries(expected)) {
      for (const form of forms.split(' ')) expect(lookup(form)?.asks, form).toBe(asks);
    }
  });

  it('holds the pronouns, demonstratives, relatives, negations, existentials and aspect markers as function words', () => {
    const forms = `إحنا احنا انتو هوه هيا همه نحنا هني حنا نتا نتوما هوما
      هاد هادا هادي هاي دا دي ده دول هدول هذول هاذا هذي ذاك هيدا هاداك ديل هذوله هادشي داكشي
      اللي الي يلي
      مش مو موش ماش مب مهب منيش مانيش محدش
      فيه في مفيش مافي كاين كاينة اكو ماكو فما ماكانش
      عم قاعد راح رح ح غادي غا باش عمال`;
    for (const form of forms.split(/\s+/).filter(Boolean)) {
      const word = lookup(form);
      expect(word?.role, form).toBe('function');
    }
  });

  it('holds the conjunctions, particles, prepositions, adverbs and quantity words as function words', () => {
    const forms = `عشان علشان علشانه لأنو لانو بس يعني يلا طب خلاص كمان برضو زادة ولا والا مشان حيت بصح
      لعند ع ويا وياه بتاع تبع تبعن تبعهن ديال متاع عندي عندهم عندن عندكو معايا منن علين إلن عنن بيناتهم بلي
      هون هنيه هنيك غادي لهيك هنايا
      قوي أوي كتير وايد بزاف برشا ياسر مرة كلش بعد غير برك كده كدا هيك هيكي كذا هكا هكاك
      يمكن ممكن بلكي تاني لسه لسا مازال باقي شوية شوي حبة شي فشي لشي بشي خاص خاصهم خاصنا`;
    for (const form of forms.split(/\s+/).filter(Boolean)) expect(lookup(form)?.role, form).toBe('function');
  });

  it('reads the adverbs of "now" as الآن, an everyday word as in MSA, where الآن is a content word', () => {
    for (const form of 'دلوقتي دلوقت هلأ هلق هسه هسا الحين ذحين دابا درك توا'.split(' ')) {
      const word = lookup(form);
      expect(word?.role, form).toBe('msa');
      expect(word?.msa, form).toContain(normalizeArabic('الآن'));
    }
  });

  it('maps the common verbs to the MSA words a news article uses', () => {
    const expected: Array<[string, string]> = [
      ['عايز', 'يريد'], ['عاوز', 'يريد'], ['بدي', 'يريد'], ['بدو', 'يريد'], ['ابغى', 'أريد'], ['ابي', 'أريد'], ['بغيت', 'أريد'],
      ['حاب', 'يريد'], ['مشى', 'ذهب'], ['جه', 'جاء'], ['إجا', 'جاء'], ['جا', 'جاء'], ['شاف', 'رأى'], ['بعت', 'أرسل'],
      ['رسل', 'أرسل'], ['دز', 'أرسل'], ['صيفط', 'أرسل'], ['صار', 'حدث'], ['حصل', 'حدث'], ['جرى', 'حدث'], ['بقى', 'أصبح'],
      ['ولى', 'أصبح'], ['عمل', 'فعل'], ['سوى', 'فعل'], ['دار', 'فعل'], ['خد', 'أخذ'], ['أخد', 'أخذ'], ['إدى', 'أعطى'],
      ['عطى', 'أعطى'], ['جاب', 'أحضر'], ['قعد', 'بقي'], ['ضل', 'ظل'], ['لقى', 'وجد'], ['طلع', 'خرج'], ['حكى', 'تحدث'],
      ['يقدر', 'يستطيع'], ['اتوفى', 'توفي'], ['اتقتل', 'قتل'], ['انقتل', 'قتل'], ['سولف', 'تحدث'], ['هضر', 'تحدث'],
    ];
    for (const [dialect, msa] of expected) {
      const word = lookup(dialect);
      expect(word?.role, dialect).toBe('msa');
      expect(word?.msa, dialect).toContain(normalizeArabic(msa));
    }
  });

  it('maps numbers as spoken and quantity words', () => {
    const expected: Array<[string, string]> = [
      ['تلاتة', 'ثلاثة'], ['تنين', 'اثنين'], ['اتنين', 'اثنين'], ['زوج', 'اثنين'], ['جوج', 'اثنين'], ['حداشر', 'أحد عشر'],
      ['طناش', 'اثنا عشر'], ['تلتعش', 'ثلاثة عشر'], ['مية', 'مئة'], ['ميتين', 'مئتين'], ['تلتمية', 'ثلاثمئة'], ['نص', 'نصف'],
      ['شوية', 'قليل'], ['النهارده', 'اليوم'], ['امبارح', 'أمس'], ['بكرة', 'غدا'],
    ];
    for (const [dialect, msa] of expected) expect(lookup(dialect)?.msa, dialect).toContain(normalizeArabic(msa));
  });

  it('marks words that are also common MSA content words, so they are not dropped as stop words', () => {
    for (const form of ['دول', 'قوي', 'حق', 'مال', 'مرة', 'طيب', 'ممكن', 'حاجة', 'هواية', 'متين', 'جم', 'خاص']) {
      expect(lookup(form)?.homograph, form).toBe('content');
    }
    for (const form of ['ليه', 'واش', 'بكم', 'ماهو']) expect(lookup(form)?.homograph, form).toBe('function');
    for (const form of ['فين', 'عشان', 'دلوقتي', 'شو']) expect(lookup(form)?.homograph, form).toBeUndefined();
  });
});

describe('colloquial word lists: the news vocabulary', () => {
  const expectReadings = (pairs: Array<[string, string]>) => {
    for (const [dialect, msa] of pairs) {
      const word = lookup(dialect);
      expect(word?.role, dialect).toBe('msa');
      expect(word?.msa, dialect).toContain(normalizeArabic(msa));
    }
  };

  it('maps the words for the state and its forces to the ones articles use', () => {
    expectReadings([
      ['بوليس', 'شرطة'], ['لابوليس', 'شرطة'], ['بوليسي', 'شرطي'], ['ظابط', 'ضابط'], ['مخزن', 'سلطات'], ['جدارمية', 'درك'],
      ['عسكر', 'جيش'], ['عساكر', 'جنود'], ['ريس', 'رئيس'], ['رايس', 'رئيس'], ['كوميسارية', 'مركز الشرطة'],
    ]);
    expect(lookup('مخزن')?.dialects).toEqual(['maghrebi']);
  });

  it('reads «بره» and «برا» ("outside"; «من بره», "from abroad") as خارج, a content word as in MSA, not a stop word', () => {
    expectReadings([['بره', 'خارج'], ['برا', 'خارج'], ['برة', 'خارج']]);
  });

  it('lists the phone and internet loanwords in every dialect', () => {
    for (const form of ['نت', 'انترنيت', 'موبايل', 'تلفون']) {
      expect(lookup(form)?.dialects, form).toEqual(expect.arrayContaining([...DIALECTS]));
    }
    expectReadings([['نت', 'إنترنت'], ['موبايل', 'هاتف'], ['موبايلات', 'هواتف'], ['خليوي', 'هاتف'], ['بورطابل', 'هاتف'], ['كونيكسيون', 'إنترنت']]);
  });

  it('maps the words of daily life, money and prices', () => {
    expectReadings([
      ['عيش', 'خبز'], ['صمون', 'خبز'], ['أكل', 'طعام'], ['ماكلة', 'طعام'], ['ليصانص', 'بنزين'], ['بانزين', 'بنزين'],
      ['سولار', 'ديزل'], ['مازوت', 'ديزل'], ['مازوط', 'ديزل'], ['غازوال', 'ديزل'], ['جازولين', 'ديزل'], ['كهربا', 'كهرباء'],
      ['ضو', 'كهرباء'], ['موية', 'مياه'], ['موتر', 'سيارة'], ['كرهبة', 'سيارة'], ['باص', 'حافلة'], ['بيت', 'منزل'],
      ['فريج', 'حي'], ['زنقة', 'شارع'], ['ضيعة', 'قرية'], ['دوار', 'قرية'], ['مرتب', 'راتب'], ['معاش', 'راتب'],
      ['دراهم', 'أموال'], ['سومة', 'سعر'], ['شوماج', 'بطالة'], ['شغلانة', 'وظيفة'], ['زحمة', 'ازدحام'], ['سبيطار', 'مستشفى'],
    ]);
  });

  it('maps the words for foreigners, migrants, fights and disorder', () => {
    expectReadings([
      ['خواجة', 'أجنبي'], ['براني', 'أجنبي'], ['قاوري', 'أجنبي'], ['حراقة', 'مهاجرين'], ['حرامي', 'لص'], ['حرامية', 'لصوص'],
      ['خناقة', 'شجار'], ['هوشة', 'شجار'], ['طوشة', 'شجار'], ['عركة', 'شجار'], ['هرجلة', 'فوضى'], ['خربطة', 'فوضى'],
      ['سيبة', 'فوضى'], ['متعور', 'مصاب'],
    ]);
  });

  it('maps the verbs of the news to the MSA verbs articles use', () => {
    expectReadings([
      ['طفى', 'أطفأ'], ['طفا', 'أطفأ'], ['يطفي', 'يطفئ'], ['مسك', 'اعتقل'], ['شد', 'اعتقل'], ['مسكوه', 'اعتقل'], ['شدوهم', 'اعتقل'],
      ['لزموه', 'اعتقل'], ['انلزم', 'اعتقل'], ['اتعتقل', 'اعتقل'], ['اتظاهر', 'تظاهر'], ['ساب', 'استقال'], ['يسيب', 'يستقيل'],
      ['غلي', 'ارتفع'], ['غلا', 'ارتفع'], ['طلع', 'ارتفع'], ['نزل', 'انخفض'], ['رخص', 'انخفض'], ['طاح', 'سقط'],
      ['صيفط', 'أرسل'], ['يسيفط', 'يرسل'], ['يطرش', 'يرسل'], ['دش', 'دخل'], ['فات', 'دخل'], ['مشي', 'غادر'],
      ['انحاش', 'هرب'], ['ضل', 'ظل'], ['قعد', 'بقي'], ['عاون', 'ساعد'], ['هجم', 'هاجم'], ['ضرب', 'قصف'], ['شال', 'رفع'],
    ]);
  });

  it('marks everyday words that are also MSA words of another meaning as homographs', () => {
    for (const form of ['عيش', 'نور', 'مخزن', 'دراهم', 'معاش', 'مسك', 'شد', 'نزل', 'رخص', 'فات', 'ضرب', 'طفا', 'دوار', 'مي', 'نهار']) {
      expect(lookup(form)?.homograph, form).toBe('content');
    }
    for (const form of ['بوليس', 'صيفط', 'موبايل', 'ليصانص']) expect(lookup(form)?.homograph, form).toBeUndefined();
  });

  it('does not list MSA words of the news, nor dialect words spelled like common MSA words of another meaning', () => {
    // MSA: شرطة جيش حكومة خبز انترنت هاتف مظاهرة احتجاج; left out: عالم "world" (EG "people"), خلق "creation"
    // ("people"), عربية "Arab" (EG "car"), كتل "blocs" (IQ "killed"), يشد / يعاون (أشد "more", تعاون "cooperation"),
    // سيدنا "our master" (MA "the King"), ليسانس "licence (degree)", عسكري "military", يخش (يخشى "fears").
    const forms = `شرطة الشرطة جيش حكومة دولة خبز انترنت هاتف مظاهرة مظاهرات احتجاج تظاهرة مسيرة سجن حبس حدود مطار
      عالم خلق عربية كتل يشد يعاون سيدنا ليسانس عسكري يخش خش تعاون أشد`;
    for (const form of forms.split(/\s+/).filter(Boolean)) expect(lookup(form), form).toBeUndefined();
  });
});
