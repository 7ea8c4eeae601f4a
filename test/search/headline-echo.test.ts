import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { conceptWeights, HEADLINE_CREDIT, matchConcepts } from '../../src/search/match-concepts.js';
import { PassageIndex } from '../../src/search/passage-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'un', kind: 'org', ar: ['الأمم المتحدة'], en: ['UN', 'United Nations'] },
  { id: 'kazakhstan', kind: 'place', ar: ['كازاخستان'], en: ['Kazakhstan'] },
]);

/** One document of this headline and these paragraphs (ids d#1, d#2…), and a second document of filler. */
function indexOf(title: string, ...paragraphs: string[]): { index: PassageIndex; passages: Passage[] } {
  const filler = ['ارتفعت أسعار القمح هذا الموسم', 'فاز الفريق بالمباراة النهائية'];
  const documents: SourceDocument[] = [
    { id: 'd', title, paragraphs },
    { id: 'other', title: 'خبر آخر', paragraphs: filler },
  ];
  const passages: Passage[] = [
    ...paragraphs.map((text, i) => ({ id: `d#${i + 1}`, docId: 'd', ordinal: i, text })),
    ...filler.map((text, i) => ({ id: `other#${i + 1}`, docId: 'other', ordinal: i, text })),
  ];
  return { index: PassageIndex.build(documents, passages, GAZETTEER), passages };
}

/** What the question's concept with this entity counts for in the passage (0: not found). */
function entityCredit(index: PassageIndex, passage: Passage, question: string, entity: string): number {
  const query = index.queryOf(question);
  const c = query.concepts.findIndex((concept) => concept.entity === entity);
  const match = matchConcepts(passage.text, query, conceptWeights(query, index.bm25), index.gazetteer, index.termOptions, index.analysisOf(passage));
  const k = match.matched.indexOf(c);
  return k < 0 ? 0 : match.credit[k]!;
}

const HEADLINE = 'بعثة كازاخستان بالأمم المتحدة: الاحتجاجات لا تبرر الهجمات وقتل ضباط الشرطة';

describe('the passage a headline restates', () => {
  it('is read with the names the headline gives it, below a passage naming them, and no other passage is', () => {
    const { index, passages } = indexOf(
      HEADLINE,
      'أرسلت بعثة كازاخستان لدى الأمم المتحدة مذكرة إلى أعضاء المجلس',
      'وشددت الوثيقة على أن الاحتجاجات لا تبرر الهجمات وقتل ضباط الشرطة',
      'وذكرت الوثيقة أن الوضع مستقر',
    );
    expect(index.analysisOf(passages[1]!).headline).toBeDefined();
    const question = 'ماذا قالت بعثة كازاخستان في الأمم المتحدة عن قتل الشرطة؟';
    expect(entityCredit(index, passages[0]!, question, 'un')).toBe(1);
    expect(entityCredit(index, passages[1]!, question, 'un')).toBe(HEADLINE_CREDIT);
    expect(HEADLINE_CREDIT).toBeLessThan(1);
    expect(entityCredit(index, passages[2]!, question, 'un')).toBe(0);
  });

  it('is none when no passage holds two of the headline\'s words and a share of them', () => {
    const { index, passages } = indexOf(HEADLINE, 'أرسلت البعثة مذكرة', 'وقال المتحدث إن الوضع مستقر');
    for (const passage of passages) expect(index.analysisOf(passage).headline).toBeUndefined();
  });

});
