import type { Answer, AnswerPassage } from './answer.js';

/**
 * The supporting passages worth printing under the quote: those the quote does not already show whole (a short
 * passage is often quoted in full; printing it again right below reads as a mistake). Buttons and `--json` still
 * list every passage.
 */
export function passagesBeyondQuote(answer: Pick<Answer, 'quote' | 'passages'>): AnswerPassage[] {
  const quoted = new Set(answer.quote.map((q) => q.text.trim()));
  return answer.passages.filter((p) => !quoted.has(p.text.trim()));
}
