import { describe, expect, it } from 'vitest';
import { dictionarySpellings } from '../../src/text/dictionary-spellings.js';

describe('dictionarySpellings', () => {
  it('gives the word as written first, then without its article, conjunction or preposition', () => {
    expect(dictionarySpellings('والحكومه').slice(0, 2)).toEqual(['والحكومه', 'حكومه']);
    expect(dictionarySpellings('بالجنود')).toContain('جنود');
  });

  it('takes off an attached pronoun, reading a ت before it as ة', () => {
    expect(dictionarySpellings('حكومتها')).toContain('حكومه');
    expect(dictionarySpellings('اهدافهم')).toContain('اهداف');
    // The pronoun ه alone after a ت: «لحمايته» (for its protection) is حماية; a word in تة keeps its own first.
    expect(dictionarySpellings('لحمايته')).toContain('حمايه');
    expect(dictionarySpellings('مؤقته')[0]).toBe('مؤقته');
  });

  it('gives the singular of a sound plural and of a nisba feminine', () => {
    expect(dictionarySpellings('المتظاهرين')).toContain('متظاهر');
    expect(dictionarySpellings('مظاهرات')).toContain('مظاهره');
    expect(dictionarySpellings('العسكريه')).toContain('عسكري');
  });

  it('gives the singular of a dual after the word itself, which keeps its own entry first', () => {
    expect(dictionarySpellings('المتقاتلان')).toContain('متقاتل');
    expect(dictionarySpellings('الطرفان')).toContain('طرف');
    expect(dictionarySpellings('البيان').slice(0, 2)).toEqual(['البيان', 'بيان']);
  });

  it("gives a verb's dictionary form", () => {
    expect(dictionarySpellings('ارسلوا')).toContain('ارسل');
    expect(dictionarySpellings('يبعثون')).toContain('بعث');
  });

  it("gives a participle's feminine its masculine, after every other form", () => {
    expect(dictionarySpellings('المنوطه').at(-1)).toBe('منوط');
    expect(dictionarySpellings('الحاكمه')).toContain('حاكم');
  });

  it('never takes a lone ه for a pronoun (a noun in ة), and never returns a word of fewer than two letters', () => {
    expect(dictionarySpellings('مظاهره')).not.toContain('مظاهر');
    for (const word of ['و', 'في', 'ها']) expect(dictionarySpellings(word).every((f) => f.length >= 2)).toBe(true);
  });
});
