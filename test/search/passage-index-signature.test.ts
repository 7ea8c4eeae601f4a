import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';

describe('PassageIndex.signature (which saved index may be reused)', () => {
  const officers = { id: 'law-enforcement', kind: 'term' as const, ar: ['إنفاذ القانون'], ru: ['силовики'] };

  it('changes when a gazetteer entry gains a description, which is found as its names are', () => {
    const before = PassageIndex.signature(new Gazetteer([officers]));
    const after = PassageIndex.signature(new Gazetteer([{ ...officers, descriptions: { ar: ['ضباط'] } }]));
    expect(after).not.toBe(before);
  });

  it('stays the same for the same entries', () => {
    expect(PassageIndex.signature(new Gazetteer([officers]))).toBe(PassageIndex.signature(new Gazetteer([{ ...officers }])));
  });
});
