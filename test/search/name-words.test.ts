import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { rerankByCoverage } from '../../src/search/rerank-by-coverage.js';

const GAZETTEER = new Gazetteer([
  { id: 'rt', kind: 'org', ar: ['روسيا اليوم'], en: ['RT', 'Russia Today'] },
  { id: 'russia', kind: 'place', ar: ['روسيا'], en: ['Russia'] },
]);

function indexOf(...texts: string[]): PassageIndex {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
  return PassageIndex.build(documents, passages, GAZETTEER);
}

describe('a name of several words the text does not hold', () => {
  it('is not found in a word of it that names something else there: «روسيا» alone is Russia, not RT («روسيا اليوم»)', () => {
    const index = indexOf('وصلت قوات من روسيا إلى البلاد أمس', 'نشرت قناة روسيا اليوم تقريرا عن الاحتجاجات', 'تقع المدينة على ساحل البحر', 'ارتفعت أسعار القمح هذا الموسم');
    const result = index.search('ماذا نشرت روسيا اليوم؟', 10);
    const rt = result.query.concepts.findIndex((c) => c.entity === 'rt');
    expect(rt).toBeGreaterThanOrEqual(0);
    const byId = new Map(rerankByCoverage(result, index).map((h) => [h.passage.id, h.match.matched]));
    expect(byId.get('p1')).toContain(rt);
    expect(byId.get('p0') ?? []).not.toContain(rt);
  });
});
