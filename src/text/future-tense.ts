import type { AnalyzedToken } from './analyze.js';
import { stripFuturePrefix, stripMaghrebiFuture, stripMaghrebiPresent, stripProgressiveBa } from './read-colloquial.js';

/** An Arabic imperfect carrying the future's س (سيرجع، ستغادر، وسنواصل), normalised. */
const ARABIC_FUTURE_VERB = /^[وف]?س[يتن].{2,5}$/;
/**
 * Words shaped like one that are not: nouns in ة, ات or ين (سيادة، سنوات، ستين), a ا or ي after the prefix (سياسي،
 * سيارة) and سيطر (control) with its forms. A few future verbs are missed so (سيأتي).
 */
const NOT_FUTURE = /^[وف]?س[يتن](?:[اي]|طر)|(?:ه|ات|ين)$/;
/** English and Russian words of the future (normalised): will, shall, будет, будут. */
const FUTURE_WORDS = new Set(['will', 'shall', 'будет', 'будут']);

/** Whether an analysed token is an Arabic verb in the future (ستغادر). */
export function isArabicFutureVerb(token: AnalyzedToken): boolean {
  return token.script === 'arabic' && ARABIC_FUTURE_VERB.test(token.normalized) && !NOT_FUTURE.test(token.normalized);
}

/** Whether an analysed token of a text tells of something to come: an Arabic verb in the future, "will", «будет». */
function isFutureWord(token: AnalyzedToken): boolean {
  return isArabicFutureVerb(token) || FUTURE_WORDS.has(token.normalized);
}

/** Whether a text's analysed tokens tell of something to come (see isFutureWord). */
export function tellsOfTheFuture(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some(isFutureWord);
}

/** Per token of a text: 1 where it tells of something to come (ستغادر، will, будет), else 0. */
export function futureMarks(tokens: readonly AnalyzedToken[]): Float32Array {
  return Float32Array.from(tokens, (t) => (isFutureWord(t) ? 1 : 0));
}

/** Words that make a question ask about the future (will, gonna, سوف، رح، راح، будет): its verbs may be the documents' future. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'll', 'gonna', 'going', 'سوف', 'رح', 'راح', 'حي', 'غادي', 'будет', 'будут']);

/** An Arabic verb carrying a dialect's future prefix: Egyptian and Levantine حـ/هـ (هتمشي), Moroccan غـ (غيمشيو). */
export function hasDialectFuturePrefix(token: AnalyzedToken): boolean {
  return token.script === 'arabic' && (stripFuturePrefix(token.normalized).length > 0 || stripMaghrebiFuture(token.normalized).length > 0);
}

/** Whether a question asks what is to come: a word of the future (will, سوف، رح), or a verb in it (ستغادر، هتعمل). */
export function asksOfTheFuture(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some((t) => FUTURE_MARKERS.has(t.normalized) || isArabicFutureVerb(t) || hasDialectFuturePrefix(t));
}

/**
 * An Arabic verb carrying a dialect's present prefix: بـ of Egypt, the Levant and the Gulf (بيرجعون, which the Gulf
 * also speaks of the future), Moroccan كـ/كا (كيرجعو): an imperfect as «يرجع» is (see isArabicImperfect).
 */
export function hasDialectPresentPrefix(token: AnalyzedToken): boolean {
  return token.script === 'arabic' && (stripProgressiveBa(token.normalized).length > 0 || stripMaghrebiPresent(token.normalized).length > 0);
}
