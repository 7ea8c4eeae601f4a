import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { ANTECEDENT_CREDIT, HEAD_NOUN_CREDIT } from '../../src/search/match-concepts.js';
import { entityCredit } from '../fixtures/concept-credit.js';
import { oneDocumentIndex } from '../fixtures/one-document-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'security-council', kind: 'org', ar: ['مجلس الأمن'], en: ['Security Council'] },
  { id: 'parliament', kind: 'org', ar: ['مجلس النواب'], en: ['parliament'] },
  { id: 'kazakhstan', kind: 'place', ar: ['كازاخستان'], en: ['Kazakhstan'] },
]);

const HEADLINE = 'اجتماع في العاصمة';
/** A report: the meeting, a paragraph on its agenda, then «وحضر الاجتماع…», which names neither the council nor the country. */
const REPORT = [
  'عقد مجلس الأمن في كازاخستان اجتماعا في 6 يناير',
  'كانت القضية المعروضة على المجلس هي المعركة الجارية في الشوارع',
  'وحضر الاجتماع رئيس الوزراء ووزير الدفاع',
  'وأعلنت الحكومة حالة الطوارئ',
];

describe('a passage that refers back to the one before it', () => {
  it('holds the names of the passage it refers back to (two back at most), at a credit below a mention of its own', () => {
    const { index, passages } = oneDocumentIndex(GAZETTEER, REPORT, HEADLINE);
    expect(index.analysisOf(passages[2]!).antecedent).toBeDefined();
    const question = 'من حضر اجتماع مجلس الأمن؟';
    expect(entityCredit(index, passages[0]!, question, 'security-council')).toBe(1);
    expect(entityCredit(index, passages[2]!, question, 'security-council')).toBe(ANTECEDENT_CREDIT);
    expect(ANTECEDENT_CREDIT).toBeLessThan(1);
  });

  it('is none for a passage whose opening definite words the passages before it do not hold', () => {
    const { index, passages } = oneDocumentIndex(GAZETTEER, REPORT, HEADLINE);
    // «الحكومة» (the government) is no word of the report before it.
    expect(index.analysisOf(passages[3]!).antecedent).toBeUndefined();
    expect(index.analysisOf(passages[0]!).antecedent).toBeUndefined();
    expect(entityCredit(index, passages[3]!, 'من حضر اجتماع مجلس الأمن؟', 'security-council')).toBe(0);
  });
});

/** A report naming the council once, then by «المجلس» alone; then another council, and a passage with no council. */
const HEAD_NOUN_REPORT = [
  'عقد مجلس الأمن في كازاخستان اجتماعا في 6 يناير',
  'كانت القضية المعروضة على المجلس هي المعركة الجارية في الشوارع',
  'وصوت مجلس النواب على القانون ثم رفع المجلس جلسته',
  'وأعلنت الحكومة حالة الطوارئ',
];

describe('an entity a passage names by the head noun of its name alone («المجلس»)', () => {
  it('is the one named last before it, in the passage or the ones before, at a credit below a mention', () => {
    const { index, passages } = oneDocumentIndex(GAZETTEER, HEAD_NOUN_REPORT, HEADLINE);
    expect(index.analysisOf(passages[1]!).headNounEntities?.map((e) => e.id)).toEqual(['security-council']);
    expect(entityCredit(index, passages[1]!, 'what was on the agenda of the security council?', 'security-council')).toBe(HEAD_NOUN_CREDIT);
    expect(HEAD_NOUN_CREDIT).toBeLessThan(1);
    // «رفع المجلس جلسته» after «مجلس النواب» in the same passage is the parliament.
    expect(index.analysisOf(passages[2]!).headNounEntities?.map((e) => e.id)).toEqual(['parliament']);
  });

  it('is none where the passage has no such noun, or no entry it heads was named before', () => {
    const { index, passages } = oneDocumentIndex(GAZETTEER, HEAD_NOUN_REPORT, HEADLINE);
    expect(index.analysisOf(passages[3]!).headNounEntities).toBeUndefined();
    const alone = oneDocumentIndex(GAZETTEER, ['كانت القضية المعروضة على المجلس هي المعركة'], HEADLINE);
    expect(alone.index.analysisOf(alone.passages[0]!).headNounEntities).toBeUndefined();
  });
});
