import { describe, expect, it } from 'vitest';
import { fixReversedArabic, isReversedArabic, reverseVisualLine } from '../../src/ingest/fix-reversed-arabic.js';

const LINES = ['أعلنت الحكومة خطة جديدة لإصلاح شبكة المياه', 'في المدينة القديمة (2024) بتكلفة 4.5 مليار دولار عبر شركة ACME Water'];
const backwards = (line: string) => [...line].reverse().join('');

describe('fixReversedArabic', () => {
  it('leaves Arabic in reading order as it is', () => {
    expect(isReversedArabic(LINES.join('\n'))).toBe(false);
    expect(fixReversedArabic(LINES)).toEqual(LINES);
  });

  it('puts backwards Arabic in reading order, keeping numbers and Latin words, mirroring brackets', () => {
    const stored = LINES.map((line) => reverseVisualLine(line));
    expect(isReversedArabic(stored.join('\n'))).toBe(true);
    expect(fixReversedArabic(stored)).toEqual(LINES);
  });

  it('does not touch text with too few Arabic words to tell, nor Latin text', () => {
    expect(fixReversedArabic([backwards('خطة')])).toEqual([backwards('خطة')]);
    expect(fixReversedArabic(['The plan will cost 4.5 billion dollars.'])).toEqual(['The plan will cost 4.5 billion dollars.']);
  });
});
