import { describe, expect, it } from 'vitest';
import { answerConfidence, answerEvidence, DEFAULT_CONFIDENCE_MODEL, type AnswerEvidence } from '../../src/answer/answer-confidence.js';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { rerankByCoverage } from '../../src/search/rerank-by-coverage.js';

const TEXTS = [
  'قطعت السلطات الإنترنت في البلاد لمنع الاتصال بين الجماعات المسلحة',
  'ارتفعت أسعار الغاز المسال في غرب البلاد فخرج السكان إلى الشوارع',
  'وصلت قوات حفظ السلام إلى المطار صباح الخميس',
];
const documents: SourceDocument[] = TEXTS.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
const passages: Passage[] = TEXTS.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
const index = PassageIndex.build(documents, passages, new Gazetteer());

function evidenceOf(question: string): AnswerEvidence {
  const result = index.search(question, 10);
  return answerEvidence(rerankByCoverage(result, index)[0]!, result, index);
}

describe('answerEvidence', () => {
  it('finds every concept of a question the passage answers word for word', () => {
    const evidence = evidenceOf('لماذا قطعت السلطات الإنترنت؟');
    expect(evidence.support).toBeCloseTo(1, 10);
    expect(evidence.matchedShare).toBeCloseTo(1, 10);
    expect(evidence.missingMax).toBe(0);
  });

  it('notices a country the question names and no passage does', () => {
    expect(evidenceOf('ما موقف الصين من قطع الإنترنت؟').missingCountry).toBe(1);
    expect(evidenceOf('لماذا قطعت السلطات الإنترنت؟').missingCountry).toBe(0);
    // A country named without the article is not a word written with it: «المالي» is "financial", not Mali.
    expect(evidenceOf('ما موقف مالي من قطع الإنترنت؟').missingCountry).toBe(1);
    expect(evidenceOf('هل سيتغير النهج المالي بعد قطع الإنترنت؟').missingCountry).toBe(0);
  });

  it('notices a country named in several words, a short form or a bloc, though its words are the documents\' (المتحدة)', () => {
    const withUnited = PassageIndex.build(
      [...documents, { id: 'd9', title: 'وثيقة 9', paragraphs: ['دعت الأمم المتحدة إلى قطع الإنترنت'] }],
      [...passages, { id: 'p9', docId: 'd9', ordinal: 0, text: 'دعت الأمم المتحدة إلى قطع الإنترنت' }], new Gazetteer(),
    );
    const evidence = (question: string) => {
      const result = withUnited.search(question, 10);
      return answerEvidence(rerankByCoverage(result, withUnited)[0]!, result, withUnited);
    };
    expect(evidence('ما موقف الولايات المتحدة من قطع الإنترنت؟').missingCountry).toBe(1);
    expect(evidence('ما موقف الأمم المتحدة من قطع الإنترنت؟').missingCountry).toBe(0);
    expect(evidenceOf('how did the US react to the internet shutdown?').missingCountry).toBe(1);
    expect(evidenceOf('tell us why the internet was cut').missingCountry).toBe(0);
    // Chat writes the US in lower case: after "the" it cannot be the pronoun.
    expect(evidenceOf('what did the us gov say about the internet shutdown').missingCountry).toBe(1);
    expect(evidenceOf('did u.s. officials say anything about the internet').missingCountry).toBe(1);
    expect(evidenceOf('Us kazakhs want to know why the internet was cut').missingCountry).toBe(0);
    expect(evidenceOf('can you tell us about the internet shutdown').missingCountry).toBe(0);
    expect(evidenceOf('Что сказал Евросоюз об отключении интернета?').missingCountry).toBe(1);
    expect(evidenceOf('ما موقف أمريكا من قطع الإنترنت؟').missingCountry).toBe(1);
  });

  it('notices an English dictionary word whose translations the documents lack', () => {
    expect(evidenceOf('why did they cut the internet password').missingTranslated).toBe(1);
  });

  it('counts the noun of "until which date" as held by a passage with a date, not by one without', () => {
    const texts = ['أعلنت الحكومة حالة الطوارئ حتى 19 يناير', 'أعلنت الحكومة حالة الطوارئ في البلاد', 'ارتفعت أسعار القمح هذا الموسم', 'فاز الفريق بالمباراة النهائية'];
    const dated = PassageIndex.build(
      texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] })),
      texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text })), new Gazetteer(),
    );
    const evidenceFrom = (question: string, id: string) => {
      const result = dated.search(question, 10);
      return answerEvidence(rerankByCoverage(result, dated).find((h) => h.passage.id === id)!, result, dated);
    };
    expect(evidenceFrom('حتى أي تاريخ تستمر حالة الطوارئ؟', 'p0').matchedShare).toBeGreaterThan(evidenceFrom('حتى أي تاريخ تستمر حالة الطوارئ؟', 'p1').matchedShare);
  });

  it('notices a name the documents know in no form', () => {
    expect(evidenceOf('What did Nazarbayev say about the internet?').unmatchedName).toBe(1);
  });

  it('counts an unknown Arabic word of an Arabic root as less likely a name than a transliteration with none', () => {
    // نزارباييف has no Arabic root; رابضة ("parked", literary) has one, which the documents never use.
    expect(evidenceOf('ماذا قال نزارباييف عن الإنترنت؟').unmatchedName).toBe(1);
    const literary = evidenceOf('لماذا قطعت السلطات الإنترنت رابضة؟').unmatchedName;
    expect(literary).toBeGreaterThan(0);
    expect(literary).toBeLessThan(0.5);
  });
});

describe('answerConfidence', () => {
  it('rises with support and falls when a country asked about is missing', () => {
    const base = evidenceOf('لماذا قطعت السلطات الإنترنت؟');
    expect(answerConfidence(base)).toBeGreaterThan(answerConfidence({ ...base, support: 0.2, matchedShare: 0.2 }));
    expect(answerConfidence({ ...base, missingCountry: 1 })).toBeLessThan(answerConfidence(base));
  });

  it('is a probability', () => {
    for (const question of ['الإنترنت', 'الغاز في الشوارع', 'How do I reset the internet password?']) {
      const confidence = answerConfidence(evidenceOf(question), DEFAULT_CONFIDENCE_MODEL);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThan(1);
    }
  });
});
