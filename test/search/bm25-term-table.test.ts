import { describe, expect, it } from 'vitest';
import { TermTable } from '../../src/search/bm25-term-table.js';

describe('TermTable', () => {
  const table = TermTable.build([['وزير', 'الخارجية', 'café'], ['وزير', 'Токаев', ''], ['a b', '🙂']]);

  it('gives each term its id, fields one after the other', () => {
    expect([table.id(0, 'وزير'), table.id(0, 'الخارجية'), table.id(0, 'café')]).toEqual([0, 1, 2]);
    expect([table.id(1, 'وزير'), table.id(1, 'Токаев'), table.id(1, '')]).toEqual([3, 4, 5]);
    expect([table.id(2, 'a b'), table.id(2, '🙂')]).toEqual([6, 7]);
    expect(table.size).toBe(8);
  });

  it('keeps fields apart and knows no other term', () => {
    expect(table.id(2, 'وزير')).toBeUndefined();
    expect(table.id(0, 'Токаев')).toBeUndefined();
    expect(table.id(0, 'وزي')).toBeUndefined();
    expect(table.id(0, 'cafe')).toBeUndefined();
    expect(table.id(9, 'وزير')).toBeUndefined();
  });

  it('finds every one of many terms, and works from its arrays alone (as a saved index loads it)', () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => `t${i.toString(36)}`);
    const built = TermTable.build([terms]);
    const loaded = new TermTable({ ...built.data });
    expect(terms.every((t, i) => loaded.id(0, t) === i)).toBe(true);
    expect(loaded.id(0, 'missing')).toBeUndefined();
  });

  it('encodes pairs of another field\'s terms as the strings "a b" would be', () => {
    const stems = ['وزير', 'الخارجية', 'café', '🙂', '\ud800'];
    const pairs = [[0, 1], [1, 0], [2, 3], [3, 4], [4, 4]];
    const byStrings = TermTable.build([pairs.map(([a, b]) => `${stems[a!]} ${stems[b!]}`), stems]);
    const byIds = TermTable.build([{ of: 1, ids: Uint32Array.from(pairs.flat()) }, stems]);
    expect(byIds.data).toEqual(byStrings.data);
    expect(byIds.id(0, 'café 🙂')).toBe(2);
    expect(() => TermTable.build([{ of: 0, ids: new Uint32Array(2) }])).toThrow('not a field of strings');
  });
});
