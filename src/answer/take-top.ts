import type { Answer } from './answer.js';

/**
 * The first `top` passages of an answer, with its quote, citing only their sources (renumbered in order of first
 * citation). Equal to asking with that `top` (sources are numbered as passages are listed), so an adapter can ask
 * once with the most passages and show the first few, knowing whether more exist without asking twice.
 */
export function takeTop(answer: Answer, top: number): Answer {
  if (answer.passages.length <= top) return answer;
  const passages = answer.passages.slice(0, Math.max(top, 0));
  const cited: number[] = [];
  for (const ns of [...answer.quote.map((q) => q.citations), ...passages.map((p) => p.citations)]) {
    for (const n of ns) if (!cited.includes(n)) cited.push(n);
  }
  const order = [...cited].sort((a, b) => a - b);
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  const map = (ns: readonly number[]) => ns.map((n) => renumber.get(n)!);
  return {
    ...answer,
    quote: answer.quote.map((q) => ({ ...q, citations: map(q.citations) })),
    passages: passages.map((p) => ({ ...p, citations: map(p.citations) })),
    sources: answer.sources.filter((s) => renumber.has(s.n)).map((s) => ({ ...s, n: renumber.get(s.n)! })),
  };
}
