import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isCasualtyWord } from '../../src/text/casualty-words.js';

const harms = (text: string) => analyze(text).some(isCasualtyWord);

describe('isCasualtyWord', () => {
  it('finds words of people killed, hurt or arrested in Arabic, its dialects, English and Russian', () => {
    for (const text of ['كم عدد القتلى؟', 'قتل 13 ضابطا', 'وأصيب 353 آخرون', 'كم واحد انقتل؟', 'how many died?', 'how many were injured', 'Сколько погибло?', 'сколько задержанных?']) {
      expect(harms(text), text).toBe(true);
    }
  });

  it('leaves counts of the living and «الإصابة» of an infection', () => {
    for (const text of ['كم جنديا أرسلت المنظمة؟', 'كم تحتاج أعراض الإصابة بعدوى الجرب؟', 'how many troops were sent?', 'Сколько миротворцев прибыло?']) {
      expect(harms(text), text).toBe(false);
    }
  });
});
