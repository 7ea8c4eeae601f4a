import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/documents/load-corpus.js';
import { splitPassages } from '../../src/documents/split-passages.js';
import { DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { mergePartialPostings, PartialPostingsBuilder } from '../../src/search/bm25-partial-postings.js';
import { PassageIndex, passageFields } from '../../src/search/passage-index.js';
import { PASSAGE_FIELDS, PassagePostingsBuilder } from '../../src/search/passage-postings-builder.js';
import { termsOfText } from '../../src/search/passage-terms.js';
import { readCorpusExtras } from '../../src/sanad.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

const { documents } = loadCorpus('corpus');
const passages = documents.flatMap((d) => splitPassages(d));
const { gazetteer } = readCorpusExtras('corpus');
const titleStems = PassageIndex.titleStems(documents, gazetteer);

type Item = { text: string; title: readonly string[] };

/** The partial postings of texts (each with its headline stems) by both builders. */
function bothWays(items: readonly Item[], options = DEFAULT_TERM_OPTIONS) {
  const byStrings = new PartialPostingsBuilder(PASSAGE_FIELDS);
  const byIds = new PassagePostingsBuilder(gazetteer, options);
  for (const { text, title } of items) {
    byStrings.add(passageFields(termsOfText(text, gazetteer, options), title));
    byIds.add(text, title);
  }
  return { byStrings: byStrings.finish(), byIds: byIds.finish() };
}

/** The flat postings of texts cut into `runs` consecutive runs, each run built by both builders, merged. */
function mergedBothWays(items: readonly Item[], runs: number, options = DEFAULT_TERM_OPTIONS) {
  const size = Math.ceil(items.length / runs);
  const parts = Array.from({ length: runs }, (_, r) => bothWays(items.slice(r * size, (r + 1) * size), options));
  return { byStrings: mergePartialPostings(parts.map((p) => p.byStrings)), byIds: mergePartialPostings(parts.map((p) => p.byIds)) };
}

const PAIR = PASSAGE_FIELDS.indexOf('pair');

describe('PassagePostingsBuilder', () => {
  it('has passageFields\' fields', () => {
    expect([...PASSAGE_FIELDS]).toEqual(Object.keys(passageFields(termsOfText('', gazetteer, DEFAULT_TERM_OPTIONS), [])).sort());
  });

  it('gives the corpus\'s passages the very postings of termsOfText and passageFields, array for array', () => {
    const items = passages.map((p) => ({ text: p.text, title: titleStems.get(p.docId) ?? [] }));
    const { byStrings, byIds } = bothWays(items);
    // The same counts; the pairs' strings left out, given by their stems' ids.
    const { terms, termPairs, ...counts } = byIds;
    const { terms: stringTerms, ...stringCounts } = byStrings;
    expect({ ...counts, termDocCounts: undefined }).toEqual({ ...stringCounts, termDocCounts: undefined });
    expect(terms.map((t, f) => (f === PAIR ? stringTerms[f] : t))).toEqual(stringTerms);
    expect(terms[PAIR]).toEqual([]);
    expect(termPairs![0]!.ids.length / 2).toBe(stringTerms[PAIR]!.length);
    expect(byIds.termDocCounts).toEqual(byStrings.termDocCounts);
    for (const runs of [1, 2, 3]) {
      const merged = mergedBothWays(items, runs);
      expect(merged.byIds).toEqual(merged.byStrings);
    }
  });

  it('gives each pair of neighbouring stems the ids of its two stems', () => {
    const { byStrings, byIds } = bothWays(passages.slice(0, 50).map((p) => ({ text: p.text, title: [] })));
    const [pairs, stems] = [byStrings.terms[PAIR]!, byIds.terms[PASSAGE_FIELDS.indexOf('stem')]!];
    const ids = byIds.termPairs![0]!.ids;
    expect(byIds.termPairs).toEqual([{ field: 'pair', of: 'stem', ids: expect.any(Uint32Array), table: expect.any(Int32Array) }]);
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.map((_, i) => `${stems[ids[2 * i]!]} ${stems[ids[2 * i + 1]!]}`)).toEqual(pairs);
  });

  it('leaves the runs as given: merging them again gives the same postings', () => {
    const items = passages.slice(0, 60).map((p) => ({ text: p.text, title: [] }));
    const parts = [0, 1, 2].map((r) => bothWays(items.slice(r * 20, (r + 1) * 20)).byIds);
    const once = mergePartialPostings(parts);
    expect(mergePartialPostings(parts)).toEqual(once);
    expect(mergePartialPostings(parts.slice(0, 2))).toEqual(mergePartialPostings(parts.slice(0, 2).map((p) => ({ ...p, termPairs: p.termPairs!.map(({ table: _, ...t }) => t) }))));
  });

  it('gives the same postings for hostile text, repeated words and entity names, and other term options', () => {
    const texts = [...Object.values(HOSTILE_STRINGS), 'كازاخستان كازاخستان في كازاخستان وتوكاييف قال', 'Токаев сказал в Казахстане Казахстане', ''];
    const items = texts.map((text, i) => ({ text, title: i % 2 ? ['كازاخستان', 'رئيس'] : [] }));
    for (const runs of [1, 2]) {
      const a = mergedBothWays(items, runs);
      expect(a.byIds).toEqual(a.byStrings);
      const b = mergedBothWays(items, runs, { ...DEFAULT_TERM_OPTIONS, ngramSize: 4, minStemLength: 2 });
      expect(b.byIds).toEqual(b.byStrings);
    }
  });
});
