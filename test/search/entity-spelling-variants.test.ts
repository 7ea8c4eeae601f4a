import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { rerankByCoverage } from '../../src/search/rerank-by-coverage.js';

const GAZETTEER = new Gazetteer([{ id: 'almaty', kind: 'place', ar: ['ألماتي', 'ألما آتا'], en: ['Almaty'] }]);

function indexOf(...texts: string[]): PassageIndex {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
  return PassageIndex.build(documents, passages, GAZETTEER);
}

describe('a name the passage holds as a gazetteer name', () => {
  const index = indexOf(
    'ويأتي ذلك في الوقت الذي تواصلت فيه الاحتجاجات في مدينة ألماتي.',
    'وامتدت الاحتجاجات إلى مدن أخرى، ففي ألما آتا، أكبر مدينة وأول عاصمة للبلاد، اشتبك المتظاهرون مع الشرطة.',
    'ارتفعت أسعار القمح هذا الموسم في الأسواق.',
  );

  it('is not also found in a word that merely shares its letters («ويأتي» is no spelling of «ألماتي»)', () => {
    const result = index.search('ما هي ألماتي؟', 10);
    const hit = rerankByCoverage(result, index).find((h) => h.passage.id === 'p0')!;
    const words = hit.match.ranges.map((r) => hit.passage.text.slice(r.start, r.end));
    expect(words).toEqual(['ألماتي']);
  });
});
