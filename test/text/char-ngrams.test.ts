import { describe, expect, it } from 'vitest';
import { charNgrams } from '../../src/text/char-ngrams.js';

describe('charNgrams', () => {
  it('slides a window of n letters over the word', () => {
    expect(charNgrams('توكاييف', 4)).toEqual(['توكا', 'وكاي', 'كايي', 'اييف']);
  });

  it('gives length - n + 1 grams', () => {
    expect(charNgrams('كازاخستان', 4)).toHaveLength(6);
  });

  it('returns a word no longer than n as its own single gram', () => {
    expect(charNgrams('قلم', 4)).toEqual(['قلم']);
    expect(charNgrams('قلمي', 4)).toEqual(['قلمي']);
  });

  it('lets two spellings of a name share most of their grams', () => {
    const a = new Set(charNgrams('توكاييف', 4));
    const b = charNgrams('توكايف', 4);
    expect(b.filter((g) => a.has(g)).length).toBeGreaterThanOrEqual(2);
  });
});
