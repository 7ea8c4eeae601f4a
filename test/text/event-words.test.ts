import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { AMNESTY, BALLOT, CLOSURE, COMPENSATION, CURFEW, EXPORTS, FLIGHTS, FOREIGNERS, MINING, OUTPUT, eventsSpokenOf, eventsToldOf } from '../../src/text/event-words.js';

describe('eventsSpokenOf', () => {
  it('finds each kind of event in Arabic, its dialects, English and Russian', () => {
    for (const [text, kinds] of [
      ['هل صادق البرلمان على الاتفاقية؟', BALLOT], ['مين فاز بالانتخابات؟', BALLOT], ['واش غادي تكون شي انتخابات؟', BALLOT],
      ['ما نتائج الاستفتاء؟', BALLOT], ['how did the parliament vote?', BALLOT], ['did he run for reelection?', BALLOT],
      ['когда выборы президента?', BALLOT], ['Парламент ратифицировал договор?', BALLOT],
      ['هل فرض حظر التجول؟', CURFEW], ['فرضو منع التجوال؟', CURFEW], ['was there a curfew?', CURFEW],
      ['вводили комендантский час?', CURFEW], ['شو صار بإنتاج النفط؟', OUTPUT], ['واش تأثرات الصادرات؟', EXPORTS],
      ['did oil output fall?', OUTPUT], ['упала ли добыча нефти?', OUTPUT], ['المنطقة المنتجة للنفط', OUTPUT],
      ['هل أثر حظر التجول على التصدير؟', CURFEW | EXPORTS], ['did oil exports fall?', EXPORTS], ['экспорт нефти упал?', EXPORTS],
      ['كم رحلة اتلغت في المطار؟', FLIGHTS], ['did airlines stop flying there?', FLIGHTS], ['отменяли рейсы в Алматы?', FLIGHTS],
      ['هل قتل أجانب؟', FOREIGNERS], ['هو في حد من الأجانب اتأذى؟', FOREIGNERS], ['were foreigners hurt?', FOREIGNERS],
      ['пострадали ли иностранцы?', FOREIGNERS], ['هو البنوك قفلت؟', CLOSURE], ['واش المدارس تسدّات؟', CLOSURE],
      ['هل أصدر الرئيس العفو عنهم؟', AMNESTY], ['was there an amnesty?', AMNESTY], ['объявили амнистию?', AMNESTY],
      ['هل في تعويضات للأسر؟', COMPENSATION], ['any compensation for the families?', COMPENSATION],
      ['какие компенсации выплатят?', COMPENSATION], ['شو صار بتعدين البيتكوين؟', MINING], ['did bitcoin mining stop?', MINING],
      ['майнинг пострадал?', MINING], ['هل أغلقت الحدود؟', CLOSURE], ['were shops closed?', CLOSURE], ['закрыли ли банки?', CLOSURE],
    ] as const) {
      expect(eventsSpokenOf(analyze(text)), text).toBe(kinds);
    }
  });

  it('leaves a voice, sincerity, choice, what resulted from, bans on prices, journeys, sorry, instead and foreign troops', () => {
    for (const text of [
      'الرسائل الصوتية', 'كان صادقا', 'ماذا نتج عن الاجتماع؟', 'فرضت حظرا على ارتفاعات الأسعار', 'у меня нет выбора',
      'what did the peacekeepers protect?', 'كم عدد القتلى؟', 'من أين انطلقت رحلة القبائل؟', 'ماذا جرى لمرفأ الطيران؟',
      'عفوا، سؤال', 'عوض ما يسألوا', 'when did the library reopen?', 'هل سيبقى الجنود الأجانب؟',
      'when will the foreign troops leave?', 'иностранные войска ушли?',
    ]) {
      expect(eventsSpokenOf(analyze(text)), text).toBe(0);
    }
  });

  it('reads a service cut, restricted or stopped as a closure in a passage, not in a question', () => {
    const passage = analyze('تم تنفيذ التقييد المؤقت للوصول إلى الإنترنت في البلاد');
    expect(eventsToldOf(passage)).toBe(CLOSURE);
    expect(eventsSpokenOf(passage)).toBe(0);
    expect(eventsToldOf(analyze('the internet was cut'))).toBe(CLOSURE);
    expect(eventsToldOf(analyze('доступ к интернету ограничили'))).toBe(CLOSURE);
    expect(eventsToldOf(analyze('وصلت قوات حفظ السلام لحماية البنية التحتية'))).toBe(0);
  });
});
