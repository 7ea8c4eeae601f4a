/**
 * A bounded min-heap of (document, score) entries for keeping the k best documents of a search.
 *
 * The heap lives in two parallel typed arrays owned by the caller (documents, scores) rather than in an array of
 * objects: a search pushes and replaces thousands of entries, and this keeps them free of allocation. The root
 * (index 0) is the entry that ranks lowest, so a newcomer only has to beat it to get in.
 */

/** Whether heap entry (docA, scoreA) ranks below (docB, scoreB): lower score, or the same score and a higher doc. */
function ranksBelow(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}

/** Adds (doc, score) to a heap of `size` entries; the arrays must have room for one more. */
export function pushHeap(docs: Uint32Array, scores: Float64Array, size: number, doc: number, score: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!ranksBelow(score, doc, scores[parent]!, docs[parent]!)) break;
    docs[i] = docs[parent]!;
    scores[i] = scores[parent]!;
    i = parent;
  }
  docs[i] = doc;
  scores[i] = score;
}

/** Replaces the lowest-ranked entry (the root) of a heap of `size` entries with (doc, score). */
export function replaceHeapTop(docs: Uint32Array, scores: Float64Array, size: number, doc: number, score: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && ranksBelow(scores[child + 1]!, docs[child + 1]!, scores[child]!, docs[child]!)) child++;
    if (!ranksBelow(scores[child]!, docs[child]!, score, doc)) break;
    docs[i] = docs[child]!;
    scores[i] = scores[child]!;
    i = child;
  }
  docs[i] = doc;
  scores[i] = score;
}
