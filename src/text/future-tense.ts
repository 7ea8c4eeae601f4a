import type { AnalyzedToken } from './analyze.js';

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

/** Whether a text's analysed tokens tell of something to come: an Arabic verb in the future, "will", «будет». */
export function tellsOfTheFuture(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some((t) => isArabicFutureVerb(t) || FUTURE_WORDS.has(t.normalized));
}
