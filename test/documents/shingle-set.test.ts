import { describe, expect, it } from 'vitest';
import { ShingleSet } from '../../src/documents/shingle-set.js';

/** The string shingles ShingleSet stands for: word triples, or the line itself when it has fewer than three words. */
function stringShingles(words: string[]): string[] {
  if (words.length < 3) return [words.join(' ')];
  return words.slice(2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
}

describe('ShingleSet', () => {
  it('counts and adds the shingles a set of "w1 w2 w3" strings would, short lines included', () => {
    const set = new ShingleSet();
    const reference = new Set<string>();
    let seed = 3;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const vocabulary = ['كازاخستان', 'قال', 'الرئيس', 'a', 'b', 'ab', 'في', 'ب'];
    for (let line = 0; line < 3000; line++) {
      const words = Array.from({ length: 1 + next(7) }, () => vocabulary[next(vocabulary.length)]!);
      const keys = set.keysOf(words);
      const own = stringShingles(words);
      expect(keys.length / 2).toBe(own.length);
      expect(set.countIn(keys)).toBe(own.filter((s) => reference.has(s)).length);
      if (next(2)) {
        set.addAll(keys);
        for (const s of own) reference.add(s);
      }
    }
  });

  it('tells a line of one or two words from the triples that start with them', () => {
    const set = new ShingleSet();
    set.addAll(set.keysOf(['a', 'b', 'c']));
    expect(set.countIn(set.keysOf(['a', 'b']))).toBe(0);
    expect(set.countIn(set.keysOf(['a']))).toBe(0);
    set.addAll(set.keysOf(['a', 'b']));
    expect(set.countIn(set.keysOf(['a', 'b']))).toBe(1);
    expect(set.countIn(set.keysOf(['a', 'b', 'c', 'a', 'b', 'c']))).toBe(2);
  });
});
