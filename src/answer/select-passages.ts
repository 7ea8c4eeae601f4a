import type { Answer, AnswerPassage } from './answer.js';

/**
 * An answer made of some of another's passages: ranks from 1, only the sources they cite, renumbered from [1] in the
 * order the passages first cite them (the first passage shown cites [1], as in any answer), citations rewritten to
 * match; no quote.
 */
export function selectPassages(answer: Answer, passages: readonly AnswerPassage[]): Answer {
  const cited = [...new Set(passages.flatMap((p) => [...p.citations].sort((a, b) => a - b)))];
  const renumber = new Map(cited.map((n, i) => [n, i + 1]));
  const map = (ns: readonly number[]) => ns.map((n) => renumber.get(n)!).filter((n) => n !== undefined);
  return {
    ...answer,
    quote: [],
    passages: passages.map((p, i) => ({ ...p, rank: i + 1, citations: map(p.citations) })),
    sources: answer.sources.filter((s) => renumber.has(s.n)).map((s) => ({ ...s, n: renumber.get(s.n)! })).sort((a, b) => a.n - b.n),
  };
}
