import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { conceptWeights, matchConcepts } from '../../src/search/match-concepts.js';
import { PassageIndex } from '../../src/search/passage-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'sada-elbalad', kind: 'org', ar: ['صدى البلد'], en: ['Sada El Balad'] },
  { id: 'asdaa', kind: 'org', ar: ['أصداء'], en: ['Asdaa'] },
  { id: 'aktau', kind: 'place', ar: ['أكتاو'], en: ['Aktau'] },
  { id: 'zhanaozen', kind: 'place', ar: ['جاناوزين'], en: ['Zhanaozen'] },
]);

/** Two reports of the same day by two outlets whose text never names them, and one with no outlet. */
function corpus(): { index: PassageIndex; passages: Passage[] } {
  const documents: SourceDocument[] = [
    { id: 'a', title: 'احتجاجات على الأسعار', outlet: 'صدى البلد', paragraphs: ['احتج السكان في مدينة أكتاو على ارتفاع أسعار الوقود'] },
    { id: 'b', title: 'احتجاجات على الأسعار', outlet: 'أصداء', paragraphs: ['احتج السكان في مدينة جاناوزين على ارتفاع أسعار الوقود'] },
    { id: 'c', title: 'احتجاجات', paragraphs: ['احتج السكان على ارتفاع أسعار الوقود'] },
  ];
  const passages = documents.flatMap((d) => d.paragraphs.map((text, i) => ({ id: `${d.id}#${i + 1}`, docId: d.id, ordinal: i, text })));
  return { index: PassageIndex.build(documents, passages, GAZETTEER), passages };
}

describe("a question naming a report's outlet", () => {
  const { index, passages } = corpus();

  it('finds the passages that outlet published first, in any language the gazetteer names it in', () => {
    expect(index.search('Where did residents protest over fuel prices, per Sada El Balad?', 3).hits[0]!.passage.docId).toBe('a');
    expect(index.search('أين احتج السكان على أسعار الوقود بحسب أصداء؟', 3).hits[0]!.passage.docId).toBe('b');
  });

  it("counts the outlet as held by each of its passages, and by no other outlet's", () => {
    const query = index.queryOf('ماذا نقلت صدى البلد عن الاحتجاجات؟');
    const outlet = query.concepts.findIndex((c) => c.entity === 'sada-elbalad');
    const holds = (passage: Passage) => matchConcepts(passage.text, query, conceptWeights(query, index.bm25), index.gazetteer, index.termOptions, index.analysisOf(passage)).matched.includes(outlet);
    expect(passages.map(holds)).toEqual([true, false, false]);
  });
});
