import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { speaksOfDismissal, speaksOfLeavingOffice } from '../../src/text/dismissal-words.js';

describe('speaksOfDismissal', () => {
  it('finds removing from office in Arabic, its dialects, English and Russian', () => {
    for (const text of [
      'هل أُقيل حاكم ألماتي؟', 'هل أقال الرئيس رئيس اللجنة؟', 'بعد إقالة الحكومة', 'شالوه ولا لا؟', 'عزلوه من منصبه؟', 'تعزل من رئاسة اللجنة',
      'did tokayev fire the head of the committee?', 'was he sacked?', 'was the mayor dismissed?', 'кого уволили?',
      'Назарбаева сняли с поста главы Совбеза?',
    ]) {
      expect(speaksOfDismissal(analyze(text)), text).toBe(true);
    }
  });

  it('leaves shooting, carrying, the unarmed and what is heavy', () => {
    for (const text of [
      'did the police open fire on protesters?', 'did they fire the first shots?', 'who fired on the crowd?', 'شالوا السلاح',
      'قتل المدنيين العزل', 'الوضع تقيل', 'ماذا قال الرئيس؟', 'сняли ограничения интернета',
    ]) {
      expect(speaksOfDismissal(analyze(text)), text).toBe(false);
    }
  });

  it('counts stepping down as leaving office in a passage', () => {
    expect(speaksOfLeavingOffice(analyze('ثم استقالت الحكومة'))).toBe(true);
    expect(speaksOfLeavingOffice(analyze('the government resigned'))).toBe(true);
    expect(speaksOfLeavingOffice(analyze('отставка правительства'))).toBe(true);
    expect(speaksOfLeavingOffice(analyze('وحضر الاجتماع رئيس لجنة الأمن القومي'))).toBe(false);
  });
});
