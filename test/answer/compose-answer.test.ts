import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { CANDIDATE_POOL, composeAnswer, DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../../src/answer/compose-answer.js';
import { scoreShare } from '../../src/search/answer-support.js';
import { loadSanad } from '../../src/sanad.js';
import { analyze } from '../../src/text/analyze.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { oneDocumentIndex } from '../fixtures/one-document-index.js';

// Three small documents: 01 and 02 carry the same statement about a harbour (two outlets), 03 is about a library.
const sanad = loadSanad({ corpusDir: fileURLToPath(new URL('../fixtures/corpora/tiny', import.meta.url)) });
const HARBOUR = 'متى افتتح ميناء الصيادين في مدينة الرمال؟';
const STATEMENT = 'افتتح وزير النقل ميناء الصيادين الجديد في مدينة الرمال يوم الثلاثاء بحضور مئات السكان.';

/** Every citation of the answer names a listed source. */
function expectCitationsListed(answer: Answer) {
  const numbers = answer.sources.map((s) => s.n);
  for (const quoted of [...answer.quote, ...answer.passages]) {
    expect(quoted.citations.length).toBeGreaterThan(0);
    for (const n of quoted.citations) expect(numbers).toContain(n);
  }
}

describe('composeAnswer (through loadSanad on a tiny corpus)', () => {
  it('answers from the passage that states it, quoting it verbatim', () => {
    const answer = sanad.ask(HARBOUR);
    expect(answer.status).toBe('answered');
    expect(answer.quote).toHaveLength(1);
    expect(answer.quote[0]!.text).toBe(STATEMENT);
    expect(sanad.passages.some((p) => p.text.includes(answer.quote[0]!.text))).toBe(true);
  });

  it('answers a question about the subject of most passages when fewer than three documents speak of it', () => {
    // The harbour is in most of the seven passages, but only two of the three documents tell of it: a question about
    // those two, not about the whole collection.
    const answer = sanad.ask('ماذا حدث في الميناء؟');
    expect(answer.status).toBe('answered');
    expect(answer.problem).toBeUndefined();
  });

  it('highlights words of the question inside the quote', () => {
    const answer = sanad.ask(HARBOUR);
    const questionStems = new Set(analyze(HARBOUR).filter((t) => !t.stop).map((t) => t.stem));
    const { text, highlights } = answer.quote[0]!;
    expect(highlights.length).toBeGreaterThan(0);
    for (const h of highlights) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(text.length);
      const [word] = analyze(text.slice(h.start, h.end));
      expect(questionStems, text.slice(h.start, h.end)).toContain(word!.stem);
    }
  });

  it('highlights words inside each supporting passage', () => {
    for (const p of sanad.ask(HARBOUR).passages) {
      for (const h of p.highlights) expect(analyze(p.text.slice(h.start, h.end))).toHaveLength(1);
    }
  });

  it('shows a statement carried by two documents once, citing both sources', () => {
    const answer = sanad.ask(HARBOUR, { top: 5 });
    const carrying = answer.passages.filter((p) => p.text === STATEMENT);
    expect(carrying).toHaveLength(1);
    const cited = carrying[0]!.citations.map((n) => answer.sources.find((s) => s.n === n)!.docId).sort();
    expect(cited).toEqual(['01-harbour-daily', '02-harbour-agency']);
    expect(answer.quote[0]!.citations).toEqual(carrying[0]!.citations);
  });

  it('never shows the same text twice', () => {
    const texts = sanad.ask(HARBOUR, { top: 10 }).passages.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('numbers sources from 1, each listed once, and every citation points to a listed source', () => {
    const answer = sanad.ask(HARBOUR, { top: 5 });
    expect(answer.sources.map((s) => s.n)).toEqual(answer.sources.map((_, i) => i + 1));
    expect(new Set(answer.sources.map((s) => s.docId)).size).toBe(answer.sources.length);
    expectCitationsListed(answer);
  });

  it('carries each source\'s stated metadata and nothing more', () => {
    const answer = sanad.ask(HARBOUR);
    expect(answer.sources.find((s) => s.docId === '01-harbour-daily')).toMatchObject({
      title: 'افتتاح ميناء الصيادين الجديد في مدينة الرمال', outlet: 'صحيفة الساحل', date: '2023-03-14', url: 'https://coast.example/harbour',
    });
    const agency = answer.sources.find((s) => s.docId === '02-harbour-agency')!;
    expect(agency).not.toHaveProperty('date');
    expect(agency).not.toHaveProperty('url');
  });

  it('ranks passages from 1, best first', () => {
    const passages = sanad.ask(HARBOUR, { top: 5 }).passages;
    expect(passages.map((p) => p.rank)).toEqual(passages.map((_, i) => i + 1));
    for (let i = 1; i < passages.length; i++) expect(passages[i]!.score).toBeLessThanOrEqual(passages[i - 1]!.score);
  });

  it('shows at most `top` passages', () => {
    expect(sanad.ask(HARBOUR, { top: 1 }).passages).toHaveLength(1);
    expect(sanad.ask(HARBOUR, { top: 2 }).passages).toHaveLength(2);
  });

  it('clamps `top` to at least 1', () => {
    for (const top of [0, -3, Number.NaN]) expect(sanad.ask(HARBOUR, { top }).passages).toHaveLength(1);
  });

  it('answers a question about the other document from that document only', () => {
    const answer = sanad.ask('متى أعادت مكتبة الجامعة فتح أبوابها؟', { top: 1 });
    expect(answer.status).toBe('answered');
    expect(answer.sources.map((s) => s.docId)).toEqual(['03-library']);
  });

  it('says not found for a question the documents do not answer', () => {
    const answer = sanad.ask('ما هو سعر الذهب في بورصة لندن اليوم؟');
    expect(answer).toMatchObject({ status: 'not_found', quote: [], passages: [], sources: [], language: 'ar' });
    expect(answer.problem).toBeUndefined();
  });

  it('declines when the best BM25 score is below minScoreShare of the most the question could score', () => {
    const result = sanad.index.search(HARBOUR, CANDIDATE_POOL);
    const share = scoreShare(result, sanad.index);
    expect(share).toBeGreaterThan(DEFAULT_COMPOSE_ANSWER_OPTIONS.minScoreShare);
    expect(composeAnswer(result, sanad.index, { minScoreShare: share }).status).toBe('answered');
    expect(composeAnswer(result, sanad.index, { minScoreShare: share + 1e-9 }).status).toBe('not_found');
  });

  it('declines when the best passage\'s support is below minCoverage, whatever its score share', () => {
    const result = sanad.index.search(HARBOUR, CANDIDATE_POOL);
    expect(composeAnswer(result, sanad.index, { minCoverage: 1.01, minScoreShare: 0 }).status).toBe('not_found');
  });
});

/** The answer to a question asked of one document of these paragraphs (and a document of filler). */
function askOneDocument(paragraphs: string[], question: string): Answer {
  const { index } = oneDocumentIndex(new Gazetteer([]), paragraphs);
  return composeAnswer(index.search(question, CANDIDATE_POOL), index);
}

describe('composeAnswer on "what time…?"', () => {
  const QUESTION = 'في أي ساعة يبدأ حظر التجول في مدينة الرمال؟';

  it('quotes the sentence that gives the hour', () => {
    const answer = askOneDocument(['فرضت السلطات حظر التجول في مدينة الرمال يوم الأربعاء 5 يناير، من الساعة 11 ليلا حتى 7 صباحا.', 'وأغلقت المدارس أبوابها.'], QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.quote[0]!.text).toContain('الساعة 11');
  });

  it('declines when the documents give only the day: a date does not tell the hour', () => {
    const answer = askOneDocument(['فرضت السلطات حظر التجول في مدينة الرمال يوم الأربعاء 5 يناير.', 'وأغلقت المدارس أبوابها.'], QUESTION);
    expect(answer.status).toBe('not_found');
  });
});

describe('composeAnswer on an amount of money', () => {
  const QUESTION = 'كم بلغت خسائر الميناء بالدولار؟';

  it('quotes the passage that gives the sum', () => {
    const answer = askOneDocument(['بلغت خسائر الميناء 3 ملايين دولار بعد العاصفة.', 'وأغلقت المدارس أبوابها.'], QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.quote[0]!.text).toContain('3 ملايين دولار');
  });

  it('declines when the passage counts something else: a count is no sum of money', () => {
    const answer = askOneDocument(['بلغت خسائر الميناء 3 سفن غرقت في العاصفة.', 'وأغلقت المدارس أبوابها.'], QUESTION);
    expect(answer.status).toBe('not_found');
  });
});
