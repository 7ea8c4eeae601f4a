import { describe, expect, it } from 'vitest';
import { memoPerIndex } from '../../src/search/memo-per-index.js';

describe('memoPerIndex', () => {
  it('computes once per key while the index is the same, and afresh for another index or key', () => {
    const calls: string[] = [];
    const lengthPlus = memoPerIndex((key: { word: string }, index: { add: number }) => {
      calls.push(key.word);
      return key.word.length + index.add;
    });
    const key = { word: 'سند' };
    const first = { add: 1 };
    expect(lengthPlus(key, first)).toBe(4);
    expect(lengthPlus(key, first)).toBe(4);
    expect(calls).toEqual(['سند']);
    // Documents added: a new index, so the value is computed again.
    expect(lengthPlus(key, { add: 10 })).toBe(13);
    expect(lengthPlus({ word: 'sanad' }, first)).toBe(6);
    expect(calls).toEqual(['سند', 'سند', 'sanad']);
  });
});
