import type { AnalyzedToken } from '../text/analyze.js';
import { idiomAt } from '../text/arabic-idioms.js';
import type { QueryExpander, WordAlternative } from './query-expander.js';

/** Credit of an idiom's plain words: what it means, said otherwise, so below the documents' own wording. */
const FIRST_PLAIN_CREDIT = 0.8;
const PLAIN_CREDIT_STEP = 0.1;

/** The normalised words of a question's tokens, made once per question (the expander is asked word by word). */
const WORDS = new WeakMap<readonly AnalyzedToken[], string[]>();
function wordsOf(tokens: readonly AnalyzedToken[]): string[] {
  let words = WORDS.get(tokens);
  if (!words) WORDS.set(tokens, (words = tokens.map((t) => t.normalized)));
  return words;
}

/**
 * Reads Arabic news idioms (src/text/arabic-idioms) as their plain words: «لقوا حتفهم» is searched as قتل، مات, and
 * stands for both its words (the idiom is one concept, not two words the documents lack).
 */
export const IDIOM_EXPANDER: QueryExpander = {
  isFunctionWord: () => false,
  alternativesOf(tokens: readonly AnalyzedToken[], i: number): WordAlternative[] {
    if (tokens[i]!.script !== 'arabic') return [];
    const match = idiomAt(wordsOf(tokens), i);
    if (!match) return [];
    const span = match.last - match.first + 1;
    return match.plain.map((text, k) => ({ text, credit: FIRST_PLAIN_CREDIT - k * PLAIN_CREDIT_STEP, via: 'synonym' as const, span }));
  },
};
