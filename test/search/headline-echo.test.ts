import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { HEADLINE_CREDIT } from '../../src/search/match-concepts.js';
import type { PassageIndex } from '../../src/search/passage-index.js';
import { entityCredit } from '../fixtures/concept-credit.js';
import { oneDocumentIndex } from '../fixtures/one-document-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'un', kind: 'org', ar: ['الأمم المتحدة'], en: ['UN', 'United Nations'] },
  { id: 'kazakhstan', kind: 'place', ar: ['كازاخستان'], en: ['Kazakhstan'] },
]);

/** One document of this headline and these paragraphs (ids d#1, d#2…), and a second document of filler. */
function indexOf(headline: string, ...paragraphs: string[]): { index: PassageIndex; passages: Passage[] } {
  return oneDocumentIndex(GAZETTEER, paragraphs, headline);
}

const HEADLINE = 'بعثة كازاخستان بالأمم المتحدة: الاحتجاجات لا تبرر الهجمات وقتل ضباط الشرطة';
/** The statement's paragraphs: the first names the mission, the second restates the headline, the third neither. */
const STATEMENT = [
  'أرسلت بعثة كازاخستان لدى الأمم المتحدة مذكرة إلى أعضاء المجلس',
  'وشددت الوثيقة على أن الاحتجاجات لا تبرر الهجمات وقتل ضباط الشرطة',
  'وذكرت الوثيقة أن الوضع مستقر',
];

describe('the passage a headline restates', () => {
  it('is read with the names the headline gives it, below a passage naming them, and no other passage is', () => {
    const { index, passages } = indexOf(HEADLINE, ...STATEMENT);
    expect(index.analysisOf(passages[1]!).headline).toBeDefined();
    const question = 'ماذا قالت بعثة كازاخستان في الأمم المتحدة عن قتل الشرطة؟';
    expect(entityCredit(index, passages[0]!, question, 'kazakhstan')).toBe(1);
    expect(entityCredit(index, passages[1]!, question, 'kazakhstan')).toBe(HEADLINE_CREDIT);
    expect(HEADLINE_CREDIT).toBeLessThan(1);
    expect(entityCredit(index, passages[2]!, question, 'kazakhstan')).toBe(0);
  });

  it('gives every paragraph the organisation whose statement the headline says it is, in full', () => {
    const { index, passages } = indexOf(HEADLINE, ...STATEMENT);
    const question = 'ماذا قالت بعثة كازاخستان في الأمم المتحدة عن الوضع؟';
    for (const passage of passages.slice(0, STATEMENT.length)) expect(entityCredit(index, passage, question, 'un')).toBe(1);
  });

  it('holds a word its headline names and the passage only by a wider name: the headline\'s police over «إنفاذ القانون»', () => {
    const gazetteer = new Gazetteer([
      ...GAZETTEER.entries,
      { id: 'law-enforcement', kind: 'term', ar: ['إنفاذ القانون'], en: ['law enforcement'] },
      { id: 'police', kind: 'term', ar: ['الشرطة'], en: ['police'], broader: ['law-enforcement'] },
    ]);
    const { index, passages } = oneDocumentIndex(gazetteer, ['أرسلت بعثة كازاخستان مذكرة إلى أعضاء المجلس', 'وشددت الوثيقة على أن الاحتجاجات لا تبرر الهجمات وقتل ضباط إنفاذ القانون'], HEADLINE);
    expect(index.analysisOf(passages[1]!).headline).toBeDefined();
    expect(entityCredit(index, passages[1]!, 'what did the mission say about killing police?', 'police')).toBe(HEADLINE_CREDIT);
  });

  it('is none when no passage holds two of the headline\'s words and a share of them', () => {
    const { index, passages } = indexOf(HEADLINE, 'أرسلت البعثة مذكرة', 'وقال المتحدث إن الوضع مستقر');
    for (const passage of passages) expect(index.analysisOf(passage).headline).toBeUndefined();
  });
});
