import { describe, expect, it } from 'vitest';
import { combineExpanders, curatedBeforeDictionary } from '../../src/search/combine-expanders.js';
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

describe('curatedBeforeDictionary', () => {
  const translating = (text: string): QueryExpander => ({ isFunctionWord: () => false, alternativesOf: () => [{ text, credit: 0.8, via: 'translation' }] });
  const silent: QueryExpander = { isFunctionWord: () => false, alternativesOf: () => [] };

  it("counts a dictionary's translations below the glossary's when the glossary translates the word", () => {
    const found = curatedBeforeDictionary(translating('الناس'), translating('خارجي')).alternativesOf(analyze('people'), 0, false);
    expect(found.map((a) => [a.text, a.credit])).toEqual([['الناس', 0.8], ['خارجي', 0.5]]);
  });

  it("keeps a dictionary's translations whole for a word the glossary lacks", () => {
    expect(curatedBeforeDictionary(silent, translating('الناس')).alternativesOf(analyze('people'), 0, false)[0]!.credit).toBe(0.8);
  });
});
