import type { AnalyzedToken } from '../text/analyze.js';
import { idiomAt, opensIdiom, type IdiomMatch } from '../text/arabic-idioms.js';
import { memoizeWord } from '../text/memoize-word.js';
import { readColloquial } from '../text/read-colloquial.js';
import type { QueryExpander, WordAlternative } from './query-expander.js';

/** Credit of an idiom's plain words: what it means, said otherwise, so below the documents' own wording. */
const FIRST_PLAIN_CREDIT = 0.8;
const PLAIN_CREDIT_STEP = 0.1;

/**
 * The idiom starting at each of a question's words, read once per question: the expander is asked word by word, and
 * the question's frames ask for the objects (idiomObjectIndexes).
 */
const IDIOMS = new WeakMap<readonly AnalyzedToken[], ReadonlyArray<IdiomMatch | undefined>>();
function idiomsOf(tokens: readonly AnalyzedToken[]): ReadonlyArray<IdiomMatch | undefined> {
  let idioms = IDIOMS.get(tokens);
  if (!idioms) {
    const words = tokens.map((t) => t.normalized);
    IDIOMS.set(tokens, (idioms = words.map((word, i) => (tokens[i]!.script === 'arabic' && mayOpenIdiom(word) ? idiomAt(words, i) ?? idiomOfReading(words, i) : undefined))));
  }
  return idioms;
}

/**
 * Whether an idiom can start at this word, as it is or as one of its dialect readings (see idiomOfReading): most
 * words open none, and are then read for none without a copy of the question's words per reading.
 */
const mayOpenIdiom = memoizeWord((word: string): boolean => opensIdiom(word) || readColloquial(word).readings.some((reading) => reading !== word && !reading.includes(' ') && opensIdiom(reading)), 4096);

/**
 * The idiom a dialect's reading of the word opens (see readColloquial): «هتقف معاه» (Egyptian "will stand with him")
 * is «تقف مع…», supporting.
 */
function idiomOfReading(words: readonly string[], i: number): IdiomMatch | undefined {
  for (const reading of readColloquial(words[i]!).readings) {
    if (reading === words[i] || reading.includes(' ')) continue;
    const match = idiomAt(words.with(i, reading), i);
    if (match) return match;
  }
  return undefined;
}

/** The objects of the question's idioms read apart from their verbs (see IdiomMatch.object): they frame the question. */
export function idiomObjectIndexes(tokens: readonly AnalyzedToken[]): number[] {
  return idiomsOf(tokens).flatMap((match) => (match?.object === undefined ? [] : [match.object]));
}

/**
 * Reads Arabic news idioms (src/text/arabic-idioms) as their plain words: «لقوا حتفهم» is searched as قتل، مات, and
 * stands for both its words (the idiom is one concept, not two words the documents lack).
 */
export const IDIOM_EXPANDER: QueryExpander = {
  isFunctionWord: () => false,
  alternativesOf(tokens: readonly AnalyzedToken[], i: number): WordAlternative[] {
    const match = idiomsOf(tokens)[i];
    if (!match) return [];
    const span = match.last - match.first + 1;
    return match.plain.map((text, k) => ({ text, credit: FIRST_PLAIN_CREDIT - k * PLAIN_CREDIT_STEP, via: 'synonym' as const, span }));
  },
};
