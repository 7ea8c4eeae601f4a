import { describe, expect, it } from 'vitest';
import { combineExpanders } from '../../src/search/combine-expanders.js';
import type { QueryExpander } from '../../src/search/query-expander.js';
import { analyze } from '../../src/text/analyze.js';

const first: QueryExpander = { isFunctionWord: (t) => t.normalized === 'عشان', alternativesOf: () => [{ text: 'أ', credit: 0.9, via: 'dialect' }] };
const second: QueryExpander = { isFunctionWord: () => false, alternativesOf: () => [{ text: 'ب', credit: 0.5, via: 'synonym' }] };

describe('combineExpanders', () => {
  it('takes a word for a function word when any expander does', () => {
    const combined = combineExpanders(first, second);
    expect(combined.isFunctionWord(analyze('عشان')[0]!, false)).toBe(true);
    expect(combined.isFunctionWord(analyze('الغاز')[0]!, false)).toBe(false);
  });

  it('pools the alternatives in the expanders\' order', () => {
    expect(combineExpanders(first, second).alternativesOf(analyze('كلمة'), 0, false).map((a) => a.text)).toEqual(['أ', 'ب']);
  });
});
