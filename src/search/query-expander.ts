import type { AnalyzedToken } from '../text/analyze.js';

/** Where an alternative of a question word comes from; each kind has its own credit. */
export type AlternativeKind = 'dialect' | 'spelling' | 'synonym' | 'translation';

/** Whether the documents contain a question's tokens[start..end) as a phrase (each neighbouring pair of its words). */
export type PhraseInDocuments = (start: number, end: number) => boolean;

/** Another way of writing or saying a question word (or a few words), which the documents may use instead. */
export interface WordAlternative {
  /** The alternative as text: an Arabic word or short phrase, analysed like the documents. */
  text: string;
  /** How much a match on it counts, against 1 for the question's own word. */
  credit: number;
  via: AlternativeKind;
  /** How many question tokens, from this one, the alternative stands for ("state of emergency": 3). Default 1. */
  span?: number;
  /**
   * An alternative of several words that means something only as a whole (a glossary phrase: «نزاع مسلح» for "war",
   * whose مسلح alone is the armed forces): it counts only where the documents have it as a phrase.
   */
  whole?: boolean;
  /**
   * Stems of the question that the alternative's words may repeat without being alternatives of this word: a
   * glossary phrase's other wording keeps the phrase's own words («قوات الأمن» for «رجال الأمن»: only قوات is new).
   */
  shared?: readonly string[];
  /** A dictionary's translation of a word it does not list itself (see Lexicon.isGuessed). */
  guessed?: boolean;
  /**
   * A translation from a glossary line the word meets by its stem only, beside one listing the word as written:
   * "declare" meets the statement's line by "declaration". A reading of the word, not of what it names (no entity).
   */
  byStemOnly?: boolean;
}

/**
 * Supplies what the question's words may be in the documents' words: dialect readings, other spellings, synonyms,
 * translations. Query side only: the index is not changed, so a saved index stays valid when the lexicons change.
 */
export interface QueryExpander {
  /**
   * Whether the word is a function word (of a dialect, say) that says nothing about what is asked; `known` when the
   * documents contain the word itself; `previous` is the question's word before it, `beforePrevious` the one before
   * that, `next` the one after it.
   */
  isFunctionWord(token: AnalyzedToken, known: boolean, previous?: AnalyzedToken, beforePrevious?: AnalyzedToken, next?: AnalyzedToken): boolean;
  /**
   * Alternatives of the content word `tokens[i]`, best first; `known` when the documents contain the word itself,
   * `rarely` when they hold it in a few passages only (see RARE_WORD_PASSAGES in build-query);
   * `phraseInDocuments(start, end)` tells whether they contain the question's tokens[start..end) as a phrase.
   */
  alternativesOf(tokens: readonly AnalyzedToken[], i: number, known: boolean, phraseInDocuments?: PhraseInDocuments, rarely?: boolean): WordAlternative[];
}

/** The expander that adds nothing: the question's own words only. */
export const NO_EXPANSION: QueryExpander = {
  isFunctionWord: () => false,
  alternativesOf: () => [],
};
