import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { answerSupport, DEFAULT_ANSWER_SUPPORT_OPTIONS, scoreShare } from '../../src/search/answer-support.js';
import { Gazetteer, type GazetteerEntry } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { rerankByCoverage } from '../../src/search/rerank-by-coverage.js';

/** An index of one document per text, each text one passage. */
function indexOf(texts: string[], entries: GazetteerEntry[] = []): PassageIndex {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
  return PassageIndex.build(documents, passages, new Gazetteer(entries));
}

/** The best reranked passage's coverage and support for a question. */
function measure(index: PassageIndex, question: string): { coverage: number; support: number; matched: string[] } {
  const result = index.search(question, 10);
  const best = rerankByCoverage(result, index)[0];
  if (!best) return { coverage: 0, support: 0, matched: [] };
  return { coverage: best.match.coverage, support: answerSupport(best.match, result.query, index), matched: best.match.via };
}

const FILLER = ['ارتفعت أسعار القمح هذا الموسم', 'فاز الفريق بالمباراة النهائية', 'افتتحت المكتبة قاعة جديدة للقراء'];
const ENTRIES: GazetteerEntry[] = [
  { id: 'almaty', kind: 'place', ar: ['ألماتي'], en: ['Almaty'] },
  { id: 'capital', kind: 'term', ar: ['العاصمة', 'عاصمة'], en: ['capital'] },
];
const CITY = indexOf(['زار الوزير العاصمة والتقى المحافظ في ألماتي', ...FILLER], ENTRIES);

describe('answerSupport', () => {
  it('weighs a capitalised name the documents never mention twice a generic gazetteer term', () => {
    // capital (term, ×0.5) is found, Peru (an unknown name, ×2) is not: 0.5 / 2.5.
    const { coverage, support } = measure(CITY, 'What is the capital of Peru?');
    expect(coverage).toBeCloseTo(0.5, 10);
    expect(support).toBeCloseTo(0.2, 10);
  });

  it('treats an uncapitalised unknown word as a dictionary word, not a name', () => {
    // peru (×1: the lexicon translates it, and no passage holds the translation) against capital (term, ×0.5).
    expect(measure(CITY, 'what is the capital of peru').support).toBeCloseTo(1 / 3, 10);
  });

  it('weighs a word the lexicon does not know at half: it may be a word the documents would not use', () => {
    // capital (term, ×0.5) is found, "qwertzy" (no translation, not written as a name, ×0.5) is not: 0.5 / 1.
    expect(measure(CITY, 'capital qwertzy').support).toBeCloseTo(0.5, 10);
  });

  it('weighs a word whose every translation the documents lack in full', () => {
    // Almaty (place, ×1) is found, "attacked" (translated, but not found) is not: 1 / 2.
    expect(measure(indexOf(['زار الوزير ألماتي', ...FILLER], ENTRIES), 'Who attacked Almaty?').support).toBeCloseTo(1 / 2, 10);
  });

  it('weighs Arabic words by their IDF alone, as coverage does', () => {
    const { coverage, support } = measure(CITY, 'من التقى الوزير في العاصمة؟');
    expect(support).toBeCloseTo(coverage, 10);
  });

  it('gives a Latin word found only by a consonant-skeleton coincidence no credit', () => {
    // "bread" and برد share the skeleton BRT, nothing else.
    const index = indexOf(['برد الشتاء قارس في الجبال', ...FILLER]);
    const { coverage, support, matched } = measure(index, 'bread');
    expect(matched).toEqual(['skeleton']);
    expect(coverage).toBe(1);
    expect(support).toBe(0);
  });

  it('credits an Arabic skeleton-only match of four consonant classes or more, not of three', () => {
    const index = indexOf(['وصل طوقايف إلى المدينة', 'تقع قزاقستان في آسيا الوسطى', ...FILLER]);
    const three = measure(index, 'توكاييف'); // TKB: no n-gram shared with طوقايف
    expect(three.matched).toEqual(['skeleton']);
    expect(three.support).toBe(0);
    const six = measure(index, 'كازاخستان'); // KSKSTN
    expect(six.matched).toEqual(['skeleton']);
    expect(six.support).toBe(1);
  });

  it('gives a spelling variant half credit', () => {
    // الحدود is no stem of the passage; محدودة shares two of its three n-grams.
    const index = indexOf(['جرى العمل لفترة محدودة فقط', ...FILLER]);
    const { coverage, support, matched } = measure(index, 'الحدود');
    expect(matched).toEqual(['variant']);
    expect(coverage).toBe(1);
    expect(support).toBe(DEFAULT_ANSWER_SUPPORT_OPTIONS.variantCredit);
  });
});

describe('scoreShare', () => {
  const index = indexOf(['افتتح وزير النقل ميناء الصيادين في مدينة الرمال', 'زار وزير الصحة مستشفى المدينة', ...FILLER], ENTRIES);

  it('is a share: above 0 and at most 1 for a question whose every word a passage holds', () => {
    const share = scoreShare(index.search('افتتح وزير النقل ميناء الصيادين', 10), index);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(1);
  });

  it('is smaller for a question that shares only a common word with the passages', () => {
    const related = scoreShare(index.search('متى افتتح ميناء الصيادين؟', 10), index);
    const unrelated = scoreShare(index.search('ما هي أعراض مرض السكري عند وزير الصحة؟', 10), index);
    expect(unrelated).toBeLessThan(related / 2);
  });

  it('leaves out Latin words no passage contains, but not Arabic ones', () => {
    const base = scoreShare(index.search('ميناء', 10), index);
    expect(base).toBeGreaterThan(0);
    expect(scoreShare(index.search('ميناء sourdough', 10), index)).toBeCloseTo(base, 10);
    expect(scoreShare(index.search('ميناء خبز', 10), index)).toBeLessThan(base);
  });

  it('is 0 when nothing was found', () => {
    expect(scoreShare(index.search('sourdough', 10), index)).toBe(0);
  });
});

describe('answerSupport (alternatives)', () => {
  it('counts a word found only through an alternative at the alternative\'s credit, weighed as that alternative', () => {
    const expander = {
      isFunctionWord: () => false,
      alternativesOf: (tokens: readonly { normalized: string }[], i: number) =>
        tokens[i]!.normalized === 'النت' ? [{ text: 'الإنترنت', credit: 0.5, via: 'synonym' as const }] : [],
    };
    const texts = ['قطعت السلطات الإنترنت في البلاد', ...FILLER];
    const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
    const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
    const index = PassageIndex.build(documents, passages, new Gazetteer(), { expander });
    const { support, matched } = measure(index, 'السلطات قطعت النت');
    expect(matched).toEqual(['stem', 'stem', 'synonym']);
    // Three concepts of equal weight (each in one passage of four); the third counts half.
    expect(support).toBeCloseTo(2.5 / 3, 10);
    const none = { isFunctionWord: () => false, alternativesOf: () => [] };
    expect(measure(PassageIndex.build(documents, passages, new Gazetteer(), { expander: none }), 'السلطات قطعت النت').support).toBeLessThan(support);
  });
});
