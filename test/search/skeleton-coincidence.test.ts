import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { rerankByCoverage } from '../../src/search/rerank-by-coverage.js';

function indexOf(...texts: string[]): PassageIndex {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
  return PassageIndex.build(documents, passages, new Gazetteer());
}

describe('a question word that only shares a name\'s consonants', () => {
  // توقف (stop) and توكاييف (Tokayev) share the consonants T-K-B, the skeleton that finds a name however it is
  // spelt. A dictionary word, whose root the documents hold, is not a misspelt name.
  const tokayev = 'قال الرئيس توكاييف إن الحكومة استجابت فورا لمطالب المواطنين وخفضت أسعار الوقود';
  const stopped = 'لم تتوقف المظاهرات في المدن بعد أن استجابت الحكومة لمطالب المواطنين';
  const filler = ['تقع المدينة على ساحل البحر', 'ارتفعت أسعار القمح هذا الموسم', 'فاز الفريق بالمباراة النهائية', 'وقف المزارعون في الحقول'];

  it('is not found in a passage that names the person', () => {
    const index = indexOf(tokayev, stopped, ...filler);
    const result = index.search('هل توقف المحتجون بعد أن استجابت الحكومة؟', 10);
    const verb = result.query.concepts.findIndex((c) => c.stems.includes('توقف'));
    expect(verb).toBeGreaterThanOrEqual(0);
    const hits = rerankByCoverage(result, index);
    const byId = new Map(hits.map((h) => [h.passage.id, h]));
    expect(byId.get('p0')!.match.matched).not.toContain(verb);
    expect(byId.get('p1')!.match.matched).toContain(verb);
    expect(hits[0]!.passage.id).toBe('p1');
  });

  it('still finds a misspelt name by its consonants', () => {
    const index = indexOf(tokayev, stopped, ...filler);
    const hits = rerankByCoverage(index.search('ماذا قال توكايف؟', 10), index);
    expect(hits[0]!.passage.id).toBe('p0');
  });
});
