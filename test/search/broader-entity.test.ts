import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { BROADER_ENTITY_CREDIT, NARROWER_ENTITY_CREDIT } from '../../src/search/build-query.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { entityCredit } from '../fixtures/concept-credit.js';

const GAZETTEER = new Gazetteer([
  { id: 'police', kind: 'term', ar: ['الشرطة'], en: ['police'], ru: ['полиция'], broader: ['law-enforcement'] },
  { id: 'law-enforcement', kind: 'term', ar: ['إنفاذ القانون'], en: ['law enforcement'] },
]);

const PARAGRAPHS = [
  'لم تكن جهات إنفاذ القانون مستعدة لمثل هذه الهجمات الضخمة',
  'استخدمت الشرطة الغاز والقنابل الصوتية في الساحة',
  'ارتفعت أسعار القمح هذا الموسم',
  'فاز الفريق بالمباراة النهائية',
];

function build(): { index: PassageIndex; passages: Passage[] } {
  const documents: SourceDocument[] = [{ id: 'd', title: 'خبر', paragraphs: PARAGRAPHS }];
  const passages: Passage[] = PARAGRAPHS.map((text, i) => ({ id: `d#${i + 1}`, docId: 'd', ordinal: i, text }));
  return { index: PassageIndex.build(documents, passages, GAZETTEER), passages };
}

describe('an entity with a wider entry (the police, among law enforcement)', () => {
  it('is found, at less credit, in a passage naming only the wider entry', () => {
    const { index, passages } = build();
    const question = 'هل كانت الشرطة مستعدة للهجمات؟';
    expect(entityCredit(index, passages[1]!, question, 'police')).toBe(1);
    expect(entityCredit(index, passages[0]!, question, 'police')).toBe(BROADER_ENTITY_CREDIT);
    expect(BROADER_ENTITY_CREDIT).toBeLessThan(1);
    expect(entityCredit(index, passages[2]!, question, 'police')).toBe(0);
  });

  it('finds the narrower entry for a question about the wider one at less credit, below a passage naming the wider one', () => {
    const { index, passages } = build();
    const question = 'هل كانت جهات إنفاذ القانون مستعدة؟';
    expect(entityCredit(index, passages[1]!, question, 'law-enforcement')).toBe(NARROWER_ENTITY_CREDIT);
    expect(NARROWER_ENTITY_CREDIT).toBeLessThan(1);
    expect(entityCredit(index, passages[2]!, question, 'law-enforcement')).toBe(0);
    expect(index.search(question, 2).hits.map((h) => h.passage.id)).toEqual(['d#1', 'd#2']);
  });
});
