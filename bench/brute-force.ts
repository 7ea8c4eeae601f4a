// Reference BM25 for the exactness check: every passage scored from its tokens, no index, no pruning. It uses the
// same formula and the same order of additions as Bm25Index, so the top-k must match it score for score.
import type { ScoredDoc } from '../src/search/bm25-index.js';

/** The k best passages for each query (distinct stems, weight 1), best first, ties to the lower number. */
export function bruteForceTop(passages: readonly string[][], queries: readonly string[][], k: number, k1 = 1.2, b = 0.75): ScoredDoc[][] {
  const ids = new Map<string, number>();
  const lengths = new Uint32Array(passages.length);
  let tokenCount = 0;
  for (const p of passages) tokenCount += p.length;
  const tokens = new Uint32Array(tokenCount);
  const starts = new Uint32Array(passages.length + 1);
  let at = 0;
  passages.forEach((p, d) => {
    lengths[d] = p.length;
    for (const term of p) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      tokens[at++] = id;
    }
    starts[d + 1] = at;
  });
  const n = passages.length;
  const avg = tokenCount / Math.max(1, n) || 1;
  const slot = new Int32Array(ids.size).fill(-1);
  return queries.map((query) => {
    const termIds = query.map((t) => ids.get(t) ?? -1);
    termIds.forEach((id, i) => {
      if (id >= 0 && slot[id] === -1) slot[id] = i;
    });
    const tf = new Uint32Array(n * query.length);
    for (let d = 0; d < n; d++) {
      for (let i = starts[d]!; i < starts[d + 1]!; i++) {
        const s = slot[tokens[i]!]!;
        if (s >= 0) tf[d * query.length + s]!++;
      }
    }
    const df = query.map((_, s) => {
      let count = 0;
      for (let d = 0; d < n; d++) if (tf[d * query.length + s]! > 0) count++;
      return count;
    });
    termIds.forEach((id) => {
      if (id >= 0) slot[id] = -1;
    });
    const scored: ScoredDoc[] = [];
    for (let d = 0; d < n; d++) {
      let score = 0;
      for (let s = 0; s < query.length; s++) {
        const f = tf[d * query.length + s]!;
        if (f === 0) continue;
        const idf = Math.log(1 + (n - df[s]! + 0.5) / (df[s]! + 0.5));
        score += (1 * idf * (k1 + 1) * f) / (f + k1 * (1 - b + (b * lengths[d]!) / avg));
      }
      if (score > 0) scored.push({ doc: d, score });
    }
    return scored.sort((x, y) => y.score - x.score || x.doc - y.doc).slice(0, k);
  });
}
