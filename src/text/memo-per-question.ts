import type { AnalyzedToken } from './analyze.js';

/**
 * `read` remembered per analysed question (its array of tokens): building the query, reranking its passages and
 * weighing the answer ask the same reading of the same question many times. Kept in a WeakMap, so a question's value
 * goes with the question; the last question's value is also kept at hand, as nearly every call asks about the
 * question being answered (one reference, so memory stays bounded). `read` must depend on the tokens alone, and return
 * no undefined.
 */
export function memoPerQuestion<V>(read: (tokens: readonly AnalyzedToken[]) => V): (tokens: readonly AnalyzedToken[]) => V {
  const known = new WeakMap<readonly AnalyzedToken[], V>();
  let lastTokens: readonly AnalyzedToken[] | undefined;
  let lastValue: V | undefined;
  return (tokens) => {
    if (tokens === lastTokens) return lastValue as V;
    let value = known.get(tokens);
    if (value === undefined) known.set(tokens, (value = read(tokens)));
    lastTokens = tokens;
    lastValue = value;
    return value;
  };
}
