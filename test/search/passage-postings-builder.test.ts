import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/documents/load-corpus.js';
import { splitPassages } from '../../src/documents/split-passages.js';
import { DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { PartialPostingsBuilder } from '../../src/search/bm25-partial-postings.js';
import { PassageIndex, passageFields } from '../../src/search/passage-index.js';
import { PASSAGE_FIELDS, PassagePostingsBuilder } from '../../src/search/passage-postings-builder.js';
import { termsOfText } from '../../src/search/passage-terms.js';
import { readCorpusExtras } from '../../src/sanad.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

const { documents } = loadCorpus('corpus');
const passages = documents.flatMap((d) => splitPassages(d));
const { gazetteer } = readCorpusExtras('corpus');
const titleStems = PassageIndex.titleStems(documents, gazetteer);

/** The postings of texts (each with its headline stems) by both builders. */
function bothWays(items: ReadonlyArray<{ text: string; title: readonly string[] }>, options = DEFAULT_TERM_OPTIONS) {
  const byStrings = new PartialPostingsBuilder(PASSAGE_FIELDS);
  const byIds = new PassagePostingsBuilder(gazetteer, options);
  for (const { text, title } of items) {
    byStrings.add(passageFields(termsOfText(text, gazetteer, options), title));
    byIds.add(text, title);
  }
  const { termPairs, ...postings } = byIds.finish();
  return { byStrings: byStrings.finish(), byIds: postings, termPairs: termPairs! };
}

describe('PassagePostingsBuilder', () => {
  it('has passageFields\' fields', () => {
    expect([...PASSAGE_FIELDS]).toEqual(Object.keys(passageFields(termsOfText('', gazetteer, DEFAULT_TERM_OPTIONS), [])).sort());
  });

  it('gives the corpus\'s passages the very postings of termsOfText and passageFields, array for array', () => {
    const { byStrings, byIds } = bothWays(passages.map((p) => ({ text: p.text, title: titleStems.get(p.docId) ?? [] })));
    expect(byIds.terms.map((t) => t.length).every((n) => n > 0)).toBe(true);
    expect(byIds).toEqual(byStrings);
  });

  it('gives each pair of neighbouring stems the ids of its two stems', () => {
    const { byIds, termPairs } = bothWays(passages.slice(0, 50).map((p) => ({ text: p.text, title: [] })));
    const [pairs, stems] = [byIds.terms[PASSAGE_FIELDS.indexOf('pair')]!, byIds.terms[PASSAGE_FIELDS.indexOf('stem')]!];
    expect(termPairs).toEqual([{ field: 'pair', of: 'stem', ids: expect.any(Uint32Array) }]);
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.map((_, i) => `${stems[termPairs[0]!.ids[2 * i]!]} ${stems[termPairs[0]!.ids[2 * i + 1]!]}`)).toEqual(pairs);
  });

  it('gives the same postings for hostile text, repeated words and entity names, and other term options', () => {
    const texts = [...Object.values(HOSTILE_STRINGS), 'كازاخستان كازاخستان في كازاخستان وتوكاييف قال', 'Токаев сказал в Казахстане Казахстане', ''];
    const items = texts.map((text, i) => ({ text, title: i % 2 ? ['كازاخستان', 'رئيس'] : [] }));
    const a = bothWays(items);
    expect(a.byIds).toEqual(a.byStrings);
    const b = bothWays(items, { ...DEFAULT_TERM_OPTIONS, ngramSize: 4, minStemLength: 2 });
    expect(b.byIds).toEqual(b.byStrings);
  });
});
