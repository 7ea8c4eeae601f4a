import { describe, expect, it } from 'vitest';
import { consonantSkeleton, MIN_SKELETON_LENGTH } from '../../src/text/consonant-skeleton.js';
import { normalizeWord } from '../../src/text/analyze.js';

/** Skeletons are taken from normalised words, as the index takes them. */
const skeleton = (word: string) => consonantSkeleton(normalizeWord(word));

describe('consonantSkeleton', () => {
  it('gives توكاييف and توقاييف one skeleton (ك and ق in one class)', () => {
    expect(skeleton('توكاييف')).toBe(skeleton('توقاييف'));
  });

  it('matches the Arabic, Latin and Cyrillic spellings of Tokayev', () => {
    const arabic = skeleton('توكاييف');
    expect(arabic).not.toBe('');
    expect(skeleton('Tokayev')).toBe(arabic);
    expect(skeleton('Токаев')).toBe(arabic);
  });

  it('matches ألماتي and Almaty', () => {
    expect(skeleton('ألماتي')).not.toBe('');
    expect(skeleton('Almaty')).toBe(skeleton('ألماتي'));
  });

  it('reads the Latin digraph zh as ج: Zhanaozen = جاناوزين', () => {
    expect(skeleton('Zhanaozen')).not.toBe('');
    expect(skeleton('Zhanaozen')).toBe(skeleton('جاناوزين'));
  });

  it('matches Pashinyan across scripts, doubled letters counted once', () => {
    expect(skeleton('Pashinyan')).toBe(skeleton('باشينيان'));
    expect(skeleton('Пашинян')).toBe(skeleton('باشينيان'));
  });

  it('tells different names apart', () => {
    expect(skeleton('توكاييف')).not.toBe(skeleton('باشينيان'));
    expect(skeleton('Almaty')).not.toBe(skeleton('Astana'));
  });

  it('drops vowels and the letters transliterations vary on', () => {
    expect(skeleton('عائشة')).toBe('');
    expect(skeleton('Aiyo')).toBe('');
  });

  it(`returns nothing for a skeleton shorter than ${MIN_SKELETON_LENGTH} classes`, () => {
    expect(skeleton('باب')).toBe('');
    expect(skeleton('Rome')).toBe('');
    expect(skeleton('')).toBe('');
  });

  it('returns nothing for digits and symbols', () => {
    expect(consonantSkeleton('2022')).toBe('');
    expect(consonantSkeleton('!?')).toBe('');
  });
});
