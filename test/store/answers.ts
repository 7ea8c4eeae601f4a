import type { Answer } from '../../src/answer/answer.js';
import type { NewAnswer, Platform } from '../../src/store/store.js';

/** 2026-01-01 00:00 UTC, in epoch milliseconds. */
export const T0 = Date.UTC(2026, 0, 1);
/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** An Answer with every field filled, told apart by `n`. */
export function answerOf(question: string, n = 1): Answer {
  return {
    question,
    language: 'ar',
    status: 'answered',
    quote: [{ text: `اقتباس ${n}`, highlights: [{ start: 0, end: 5 }], citations: [1] }],
    passages: [{ text: `نص ${n}`, highlights: [], citations: [1, 2], rank: 1, score: 3.25 + n, passageId: `doc-${n}#0`, docId: `doc-${n}`, title: 'عنوان', source: 'وكالة' }],
    sources: [{ n: 1, docId: `doc-${n}`, title: 'عنوان', outlet: 'وكالة', date: '2022-01-06', url: `https://example.org/${n}` }],
  };
}

/** A NewAnswer in a chat; the question, its key and the Answer all derive from `n`. */
export function newAnswer(n: number, overrides: Partial<NewAnswer> = {}): NewAnswer {
  const platform: Platform = 'telegram';
  return {
    platform, chatId: '-1001', question: `question ${n}?`, questionKey: `question ${n}`, answer: answerOf(`question ${n}?`, n), sentAt: T0 + n,
    ...overrides,
  };
}

/** What round `n` of write-until-killed.ts writes besides newAnswer(n). */
export function roundOf(n: number): { voter: string; vote: 1 | -1; votedAt: number; keyValue: string } {
  return { voter: `voter-${n}`, vote: n % 3 === 0 ? -1 : 1, votedAt: T0 + n, keyValue: `question behind button ${n}` };
}
