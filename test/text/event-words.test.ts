import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { BALLOT, CURFEW, EXPORTS, FLIGHTS, FOREIGNERS, OUTPUT, eventsSpokenOf } from '../../src/text/event-words.js';

describe('eventsSpokenOf', () => {
  it('finds a ballot, a curfew, production, exports, flights and foreigners in Arabic, its dialects, English and Russian', () => {
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
      ['пострадали ли иностранцы?', FOREIGNERS],
    ] as const) {
      expect(eventsSpokenOf(analyze(text)), text).toBe(kinds);
    }
  });

  it('leaves a voice, sincerity, choice, what resulted from, bans on prices, journeys and foreign troops', () => {
    for (const text of [
      'الرسائل الصوتية', 'كان صادقا', 'ماذا نتج عن الاجتماع؟', 'فرضت حظرا على ارتفاعات الأسعار', 'у меня нет выбора',
      'what did the peacekeepers protect?', 'كم عدد القتلى؟', 'من أين انطلقت رحلة القبائل؟', 'ماذا جرى لمرفأ الطيران؟',
      'هل سيبقى الجنود الأجانب؟', 'when will the foreign troops leave?', 'иностранные войска ушли?',
    ]) {
      expect(eventsSpokenOf(analyze(text)), text).toBe(0);
    }
  });
});
