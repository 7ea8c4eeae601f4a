import type { AnalyzedToken } from './analyze.js';

/**
 * A sentence end (. ! ? ؟ … and any closing quote or bracket) before white space, or a line break (a heading or list
 * item is its own sentence). Without the white space a dot is part of a number (1.338) or an abbreviation.
 */
const SENTENCE_BREAK = /[.!?؟…]["'”»’)\]]*\s|\n/;

/**
 * Marks, with 1, the first content word of each sentence: the first token of the text or after a sentence break
 * that is not a function word (in "وهو الرئيس…" that is الرئيس). Arabic puts the topic of a nominal sentence first
 * ("السل مرض معد…"), so a word there is what the sentence is about. `tokens` are the analysed tokens of `text`.
 */
export function markSentenceStarts(text: string, tokens: readonly AnalyzedToken[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let previousEnd = 0;
  let waiting = true;
  tokens.forEach((token, i) => {
    if (SENTENCE_BREAK.test(text.slice(previousEnd, token.start))) waiting = true;
    previousEnd = token.end;
    if (waiting && !token.stop) {
      marks[i] = 1;
      waiting = false;
    }
  });
  return marks;
}
