import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { hasDialectPresentPrefix, tellsOfTheFuture } from '../../src/text/future-tense.js';

describe('tellsOfTheFuture', () => {
  it('finds an Arabic verb in the future, "will" and «будет»', () => {
    for (const text of ['وستغادر البلاد بعد استقرار الوضع', 'سيعود الجنود إلى بلدانهم', 'The troops will leave', 'Войска будут выведены']) {
      expect(tellsOfTheFuture(analyze(text)), text).toBe(true);
    }
  });

  it('leaves the past and the present, and words that merely open on س', () => {
    for (const text of ['غادرت القوات البلاد', 'تغادر القوات البلاد', 'سيطر المسلحون على المطار', 'سيادة البلاد', 'بعد سنوات', 'رئيس سياسي', 'The troops left', 'Войска ушли']) {
      expect(tellsOfTheFuture(analyze(text)), text).toBe(false);
    }
  });
});

describe('hasDialectPresentPrefix', () => {
  it('finds the dialects\' present on an imperfect: بـ of Egypt, the Levant and the Gulf, Moroccan كـ', () => {
    for (const word of ['بيرجعون', 'بترجع', 'كيرجعو', 'كايمشيو']) expect(hasDialectPresentPrefix(analyze(word)[0]!), word).toBe(true);
  });

  it('leaves the plain imperfect, nouns in بـ and كـ, and other scripts', () => {
    for (const word of ['يرجعون', 'بيان', 'بلاد', 'كتاب', 'كانت', 'bring']) expect(hasDialectPresentPrefix(analyze(word)[0]!), word).toBe(false);
  });
});
