import { describe, expect, it } from 'vitest';
import { bareWordForms, hasArabicArticle, inWordList } from '../../src/text/bare-word-forms.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';

describe('bareWordForms', () => {
  it('lists the word as written first', () => {
    expect(bareWordForms('عام')[0]).toBe('عام');
  });

  it('adds the form without conjunction and article', () => {
    expect(bareWordForms('والعام')).toContain('عام');
  });

  it('adds the form without one attached letter', () => {
    expect(bareWordForms(normalizeArabic('بخمسة'))).toContain(normalizeArabic('خمسة'));
  });

  it('does not cut a letter off a three-letter word', () => {
    expect(bareWordForms('بعد')).toEqual(['بعد']);
  });
});

describe('inWordList', () => {
  const list = new Set(['عام', 'سنه']);

  it('finds a listed word behind a prefix', () => {
    expect(inWordList('العام', list)).toBe(true);
    expect(inWordList(normalizeArabic('وسنة'), list)).toBe(true);
  });

  it('does not find a word that only contains a listed word', () => {
    expect(inWordList('اعمام', list)).toBe(false);
  });

  it('does not throw on empty or non-Arabic input', () => {
    expect(inWordList('', list)).toBe(false);
    expect(inWordList('year', list)).toBe(false);
  });
});

describe('hasArabicArticle', () => {
  it('finds the article alone or behind a conjunction or preposition, and nowhere else', () => {
    for (const word of ['المالي', 'والحكومه', 'بالماتي', 'للحكومه', 'فالشرطه']) expect(hasArabicArticle(word), word).toBe(true);
    for (const word of ['مالي', 'لبنان', 'بلاد', 'بلدان']) expect(hasArabicArticle(word), word).toBe(false);
  });
});
