import { describe, expect, it } from 'vitest';
import { answeringPlaces, markedNearMatch, passageMarks, topicShare } from '../../src/search/answer-evidence.js';
import { DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import type { ConceptMatch } from '../../src/search/match-concepts.js';
import { termsOfText } from '../../src/search/passage-terms.js';

/** A match of the given concepts at the given token indexes. */
function matchAt(...hits: Array<[token: number, concept: number]>): ConceptMatch {
  const matched = [...new Set(hits.map(([, c]) => c))];
  return { coverage: 1, matched, via: matched.map(() => 'stem'), credit: matched.map(() => 1), ranges: hits.map(([token, concept]) => ({ start: 0, end: 0, weight: 1, concept, token, credit: 1 })), otherCountry: false };
}

describe('passageMarks', () => {
  it('marks dates, numbers and sentence starts of an analysed passage', () => {
    const text = 'افتتح المتحف في 15 مارس 2011. يضم خمس قاعات';
    const terms = termsOfText(text, new Gazetteer(), DEFAULT_TERM_OPTIONS);
    const marks = passageMarks(terms, text);
    const words = terms.tokens.map((t) => text.slice(t.start, t.end));
    expect(words.filter((_, i) => marks.dates[i]! > 0)).toEqual(['15', 'مارس', '2011']);
    expect(words.filter((_, i) => marks.numbers[i] === 1)).toEqual(['15', '2011', 'خمس']);
    expect(words.filter((_, i) => marks.sentenceStarts[i] === 1)).toEqual(['افتتح', 'يضم']);
  });

  it('computes the marks of an analysis once', () => {
    const text = 'نص قصير';
    const terms = termsOfText(text, new Gazetteer(), DEFAULT_TERM_OPTIONS);
    expect(passageMarks(terms, text)).toBe(passageMarks(terms, text));
  });
});

describe('markedNearMatch', () => {
  const marks = Float32Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0, 0.5]);

  it('is the mark itself right beside a matched word, less the farther it is', () => {
    // window 3: distance 1 → 1 − 1/4, distance 3 → 1 − 3/4.
    expect(markedNearMatch(marks, matchAt([3, 0]), 3)).toBeCloseTo(0.75, 10);
    expect(markedNearMatch(marks, matchAt([1, 0]), 3)).toBeCloseTo(0.25, 10);
  });

  it('takes the best pair of matched word and mark', () => {
    // Token 8 is beside the weaker mark (0.5 · 0.75) and four away from the strong one (outside the window).
    expect(markedNearMatch(marks, matchAt([8, 0]), 3)).toBeCloseTo(0.375, 10);
    expect(markedNearMatch(marks, matchAt([8, 0], [4, 1]), 3)).toBe(1);
  });

  it('is 0 when no mark is within the window or nothing matched', () => {
    expect(markedNearMatch(marks, matchAt([0, 0]), 3)).toBe(0);
    expect(markedNearMatch(marks, matchAt(), 3)).toBe(0);
  });
});

describe('topicShare', () => {
  const starts = { sentenceStarts: Uint8Array.from([1, 0, 0, 1, 0]), appositives: new Uint8Array(5) };

  it('is the weighted share of concepts with a matched word opening a sentence', () => {
    // Concept 0 (weight 3) opens a sentence at token 0; concept 1 (weight 1) only at token 2.
    expect(topicShare(starts, matchAt([0, 0], [2, 1]), [3, 1])).toBeCloseTo(0.75, 10);
  });

  it('counts a concept once however many sentences it opens', () => {
    expect(topicShare(starts, matchAt([0, 0], [3, 0]), [1, 1])).toBeCloseTo(0.5, 10);
  });

  it('counts a named entity right after a sentence\'s first word as its topic, an ordinary word there not', () => {
    // Token 1 follows the sentence start at token 0 (the verb of «تأسست منظمة…»).
    expect(topicShare(starts, matchAt([1, 0]), [1], [true])).toBe(1);
    expect(topicShare(starts, matchAt([1, 0]), [1], [false])).toBe(0);
    // Two words in is no longer the topic.
    expect(topicShare(starts, matchAt([2, 0]), [1], [true])).toBe(0);
  });

  it('counts a name a comma and its description follow (an apposition) as the topic, an ordinary word there not', () => {
    const apposition = { ...starts, appositives: Uint8Array.from([0, 0, 1, 0, 0]) };
    expect(topicShare(apposition, matchAt([2, 0]), [1], [true])).toBe(1);
    expect(topicShare(apposition, matchAt([2, 0]), [1], [false])).toBe(0);
  });

  it('is 0 without weights or without a sentence-opening match', () => {
    expect(topicShare(starts, matchAt([1, 0]), [1])).toBe(0);
    expect(topicShare(starts, matchAt([0, 0]), [0])).toBe(0);
  });
});

describe('passageMarks appositives', () => {
  const gazetteer = new Gazetteer([
    { id: 'almaty', kind: 'place', ar: ['ألماتي'], en: ['Almaty'] },
    { id: 'russia', kind: 'place', ar: ['روسيا'] },
    { id: 'armenia', kind: 'place', ar: ['أرمينيا'] },
  ]);
  const appositives = (text: string) => {
    const terms = termsOfText(text, gazetteer, DEFAULT_TERM_OPTIONS);
    const marks = passageMarks(terms, text, gazetteer);
    return terms.tokens.map((t) => text.slice(t.start, t.end)).filter((_, i) => marks.appositives[i] === 1);
  };

  it('marks a name a comma and a noun describing it follow, in Arabic and English', () => {
    expect(appositives('اشتبك المتظاهرون في ألماتي، أكبر مدينة في البلاد، مع الشرطة')).toEqual(['ألماتي']);
    expect(appositives('اشتبك المتظاهرون في ألماتي، العاصمة السابقة')).toEqual(['ألماتي']);
    expect(appositives('Protesters clashed in Almaty, the largest city')).toEqual(['Almaty']);
  });

  it('leaves a list of names, a clause going on with a verb or «و», and a name without a comma', () => {
    expect(appositives('وصلت قوات من روسيا، أرمينيا')).toEqual([]);
    expect(appositives('تم الاستيلاء على مطار في ألماتي، يضم خمس طائرات')).toEqual([]);
    expect(appositives('في ألماتي، والمدن الأخرى')).toEqual([]);
    expect(appositives('في ألماتي أكبر مدينة')).toEqual([]);
  });
});

describe('answeringPlaces', () => {
  const gazetteer = new Gazetteer([
    { id: 'kazakhstan', kind: 'place', ar: ['كازاخستان'] },
    { id: 'aktau', kind: 'place', ar: ['أكتاو'] },
  ]);
  const text = 'بدأت الاحتجاجات في كازاخستان في مدينة أكتاو';
  const terms = termsOfText(text, gazetteer, DEFAULT_TERM_OPTIONS);
  const marks = passageMarks(terms, text, gazetteer);
  const words = (places: Float32Array) => terms.tokens.map((t) => text.slice(t.start, t.end)).filter((_, i) => places[i]! > 0);
  // Kazakhstan in 40 of 50 passages, Aktau in 3.
  const bm25 = (docCount: number) => ({ docCount, documentFrequency: (_field: string, id: string) => (id === 'kazakhstan' ? Math.round(0.8 * docCount) : 3) });

  it('leaves out the place most passages name: the collection\'s setting answers no "where"', () => {
    expect(words(marks.places)).toEqual(['كازاخستان', 'مدينة', 'أكتاو']);
    expect(words(answeringPlaces(terms, marks, bm25(50)))).toEqual(['مدينة', 'أكتاو']);
  });

  it('keeps every place in a collection too small to have a setting', () => {
    expect(words(answeringPlaces(terms, marks, bm25(5)))).toEqual(['كازاخستان', 'مدينة', 'أكتاو']);
  });
});
