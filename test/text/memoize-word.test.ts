import { describe, expect, it } from 'vitest';
import { memoizeWord, memoPerOptions } from '../../src/text/memoize-word.js';

describe('memoizeWord', () => {
  it('computes each word once, undefined results included, and freezes arrays', () => {
    let calls = 0;
    const grams = memoizeWord((word: string) => {
      calls++;
      return word ? [...word] : undefined;
    });
    expect(grams('وزير')).toEqual(['و', 'ز', 'ي', 'ر']);
    expect(grams('وزير')).toBe(grams('وزير'));
    expect(grams('')).toBeUndefined();
    expect(grams('')).toBeUndefined();
    expect(calls).toBe(2);
    expect(Object.isFrozen(grams('وزير'))).toBe(true);
  });

  it('starts afresh past its capacity', () => {
    let calls = 0;
    const upper = memoizeWord((word: string) => (calls++, word.toUpperCase()), 2);
    for (const word of ['a', 'b', 'c', 'a']) upper(word);
    expect(calls).toBe(4);
  });
});

describe('memoPerOptions', () => {
  it('keeps one memo per protected-word set and number', () => {
    const names = new Set(['توكاييف']);
    const memos = memoPerOptions((protectedWords, n) => (word: string) => `${protectedWords?.has(word) ? 'name' : 'word'}:${n}`);
    expect(memos(names, 3)('توكاييف')).toBe('name:3');
    expect(memos(undefined, 3)('توكاييف')).toBe('word:3');
    expect(memos(names, 4)('توكاييف')).toBe('name:4');
    expect(memos(names, 3)).toBe(memos(names, 3));
  });
});
