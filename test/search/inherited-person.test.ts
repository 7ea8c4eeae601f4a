import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { INHERITED_PERSON_CREDIT } from '../../src/search/match-concepts.js';
import type { PassageIndex } from '../../src/search/passage-index.js';
import { conceptCredit } from '../fixtures/concept-credit.js';
import { oneDocumentIndex } from '../fixtures/one-document-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'tokayev', kind: 'person', ar: ['توكاييف'], en: ['Tokayev'] },
  { id: 'pashinyan', kind: 'person', ar: ['باشينيان'], en: ['Pashinyan'] },
]);

/** One document of these paragraphs, a passage each (ids d#1, d#2…), and a second document of filler. */
function indexOf(...paragraphs: string[]): { index: PassageIndex; passages: Passage[] } {
  return oneDocumentIndex(GAZETTEER, paragraphs);
}

/** What the question's person concept counts for in the passage: 1 named, less inherited, 0 not found. */
function personCredit(index: PassageIndex, passage: Passage, question: string): number {
  return conceptCredit(index, passage, question, (concept) => concept.entity !== undefined);
}

describe('a passage naming no person, after one that does', () => {
  it('is about the person its document named last just before it, below a passage naming them', () => {
    const { index, passages } = indexOf(
      'عقد الرئيس توكاييف اجتماعا لمجلس الأمن',
      'وأضاف الرئيس أن العصابات الإرهابية دولية وخضعت لتدريب في الخارج',
      'ودعا إلى الحوار',
    );
    const question = 'ماذا قال توكاييف عن العصابات؟';
    expect(personCredit(index, passages[0]!, question)).toBe(1);
    expect(personCredit(index, passages[1]!, question)).toBe(INHERITED_PERSON_CREDIT);
    expect(INHERITED_PERSON_CREDIT).toBeLessThan(1);
    expect(personCredit(index, passages[2]!, question)).toBe(INHERITED_PERSON_CREDIT);
    expect(index.analysisOf(passages[1]!).inheritedPerson).toBe('tokayev');
  });

  it('takes the person named last, and none into a passage that names its own', () => {
    const { index, passages } = indexOf(
      'التقى توكاييف رئيس الوزراء باشينيان',
      'وقال الرئيس إن القوات ستغادر',
      'وأكد باشينيان أن القوات وصلت',
    );
    expect(index.analysisOf(passages[1]!).inheritedPerson).toBe('pashinyan');
    expect(index.analysisOf(passages[2]!).inheritedPerson).toBeUndefined();
    expect(personCredit(index, passages[2]!, 'ماذا قال توكاييف؟')).toBe(0);
  });

  it('looks back three passages at most, within its own document only', () => {
    const { index, passages } = indexOf(
      'قال توكاييف إن الوضع صعب',
      'الفقرة الثانية عن الأسعار',
      'الفقرة الثالثة عن الطقس',
      'الفقرة الرابعة عن المطار',
      'الفقرة الخامسة عن الإنترنت',
    );
    expect(index.analysisOf(passages[3]!).inheritedPerson).toBe('tokayev');
    expect(index.analysisOf(passages[4]!).inheritedPerson).toBeUndefined();
    // The other document's first passage has nothing before it.
    expect(index.analysisOf(passages[5]!).inheritedPerson).toBeUndefined();
  });
});
