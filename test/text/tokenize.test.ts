import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it('returns words with offsets into the original text', () => {
    const text = 'قال توكاييف: «الإرهابيون» هاجموا ألماتي.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'توكاييف', 'الإرهابيون', 'هاجموا', 'ألماتي']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a word with zero-width marks inside it as one token spanning the original characters', () => {
    const text = 'في كا\u200Bزا\u200Cخس\u200Dتان اليوم';
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(3);
    expect(tokens[1]).toEqual({ text: 'كا\u200Bزا\u200Cخس\u200Dتان', start: 3, end: 15 });
  });

  it('keeps tatweel and diacritics inside a word', () => {
    expect(tokenize('كـــتابٌ').map((t) => t.text)).toEqual(['كـــتابٌ']);
  });

  it('splits on punctuation, hyphens and apostrophes', () => {
    expect(tokenize("Kassym-Jomart's 2.5").map((t) => t.text)).toEqual(['Kassym', 'Jomart', 's', '2', '5']);
  });

  it('splits mixed Arabic, Latin and Cyrillic text into words of each script', () => {
    const text = 'منظمة CSTO (ОДКБ) أرسلت 2500 جندي';
    expect(tokenize(text).map((t) => t.text)).toEqual(['منظمة', 'CSTO', 'ОДКБ', 'أرسلت', '2500', 'جندي']);
  });

  it('keeps a number written in groups of three as one word', () => {
    expect(tokenize('2,500 troops, ٢٬٥٠٠ جندي, 2 500 и 2\u00A0500 человек').map((t) => t.text))
      .toEqual(['2,500', 'troops', '٢٬٥٠٠', 'جندي', '2 500', 'и', '2\u00A0500', 'человек']);
    // Not a list of numbers, nor digits that are no group of three.
    expect(tokenize('1,2,3 12,3456 6 يناير 2022').map((t) => t.text)).toEqual(['1', '2', '3', '12', '3456', '6', 'يناير', '2022']);
  });

  it('cuts an Arabic conjunction or preposition written onto a number from it, and keeps a word ending in digits whole', () => {
    expect(tokenize('بـ4 يناير و2002 ل19 و٢٠٢٢').map((t) => t.text)).toEqual(['بـ', '4', 'يناير', 'و', '2002', 'ل', '19', 'و', '٢٠٢٢']);
    expect(tokenize('خبر24 وباء19 Kazakhstan2022').map((t) => t.text)).toEqual(['خبر24', 'وباء19', 'Kazakhstan2022']);
  });

  it('counts offsets in UTF-16 units after emoji', () => {
    const text = '😀 Almaty';
    expect(tokenize(text)).toEqual([{ text: 'Almaty', start: 3, end: 9 }]);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \u200B ،؟!… 😀')).toEqual([]);
  });
});
