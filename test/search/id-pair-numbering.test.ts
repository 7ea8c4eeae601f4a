import { describe, expect, it } from 'vitest';
import { IdPairNumbering } from '../../src/search/id-pair-numbering.js';

describe('IdPairNumbering', () => {
  it('numbers pairs in order of first sight, through its growth', () => {
    const numbering = new IdPairNumbering();
    const reference = new Map<string, number>();
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 5000;
    // Mismatches collected and checked once: an expect per pair made this test slow enough to time out on a busy host.
    const mismatches: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const a = next();
      const b = next();
      const key = `${a} ${b}`;
      let id = numbering.get(a, b);
      if (id < 0) id = numbering.add(a, b);
      if (!reference.has(key)) reference.set(key, reference.size);
      if (id !== reference.get(key)) mismatches.push(`${key}: ${id} instead of ${reference.get(key)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(numbering.size).toBe(reference.size);
    expect(reference.size).toBeGreaterThan(100_000);
  });

  it('has no id for a pair never added, the reversed pair included', () => {
    const numbering = new IdPairNumbering();
    expect(numbering.get(0, 0)).toBe(-1);
    expect(numbering.add(1, 2)).toBe(0);
    expect(numbering.get(2, 1)).toBe(-1);
    expect(numbering.get(1, 2)).toBe(0);
  });
});
