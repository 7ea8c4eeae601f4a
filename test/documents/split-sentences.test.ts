import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/documents/split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at the Arabic question mark ؟', () => {
    expect(sentencesOf('هل وصلت القوات؟ نعم وصلت صباحا.')).toEqual(['هل وصلت القوات؟', 'نعم وصلت صباحا.']);
  });

  it('ends a sentence at . ! and …', () => {
    expect(sentencesOf('انتهى الاجتماع. يا للمفاجأة! ثم… بدأ الحوار')).toEqual(['انتهى الاجتماع.', 'يا للمفاجأة!', 'ثم…', 'بدأ الحوار']);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentencesOf('قال الرئيس: «لقد انتصرنا!» ثم صفق الحضور.')).toEqual(['قال الرئيس: «لقد انتصرنا!»', 'ثم صفق الحضور.']);
    expect(sentencesOf('وقال: "لن نتراجع." ثم غادر')).toEqual(['وقال: "لن نتراجع."', 'ثم غادر']);
  });

  it('does not split a decimal number', () => {
    expect(sentencesOf('بلغ النمو 2.5 في المئة هذا العام.')).toEqual(['بلغ النمو 2.5 في المئة هذا العام.']);
  });

  it('returns offsets into the text', () => {
    const text = 'أولا. ثانيا.';
    expect(splitSentences(text)).toEqual([{ start: 0, end: 5 }, { start: 6, end: 12 }]);
  });

  it('never loses text: a lone mark stays with the sentence after it', () => {
    expect(sentencesOf('! Hello there. ok')).toEqual(['! Hello there.', 'ok']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
