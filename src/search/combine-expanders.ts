import type { AnalyzedToken } from '../text/analyze.js';
import type { PhraseInDocuments, QueryExpander, WordAlternative } from './query-expander.js';

/** One expander from several: a function word for any of them is one, and their alternatives are pooled in order. */
export function combineExpanders(...expanders: QueryExpander[]): QueryExpander {
  return {
    isFunctionWord: (token: AnalyzedToken, known: boolean, previous?: AnalyzedToken, beforePrevious?: AnalyzedToken) =>
      expanders.some((e) => e.isFunctionWord(token, known, previous, beforePrevious)),
    alternativesOf: (tokens: readonly AnalyzedToken[], i: number, known: boolean, phraseInDocuments?: PhraseInDocuments): WordAlternative[] =>
      expanders.flatMap((e) => e.alternativesOf(tokens, i, known, phraseInDocuments)),
  };
}
