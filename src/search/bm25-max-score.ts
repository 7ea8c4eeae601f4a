import { advanceTo, type FlatPostings } from './bm25-postings.js';
import { pushHeap, replaceHeapTop } from './top-k-heap.js';

// The search loop reads its two constants through these private bindings, not through the exported names below nor
// through an import: reading exported or imported bindings (which V8 keeps in module cells) measured about 10%
// slower at 100k passages. Each value is still written once; bm25-bounds and Bm25Index import the exported names.
const boundSlack = 1 + 1e-9;
const blockShift = 7;

/**
 * Upper bounds are inflated by this factor so that rounding (a bound is computed as w·(tf/(tf+n)), a score as
 * (w·tf)/(tf+n), and partial sums in another order than the final one) can never prune a document that belongs in
 * the top k. Documents within 1e-9 of the threshold are simply scored exactly.
 */
export const BOUND_SLACK = boundSlack;
/** Postings per block for block-max skipping: 2^BLOCK_SHIFT. Blocks are cut from the flat postings (bm25-bounds). */
export const BLOCK_SHIFT = blockShift;
/** Postings per block for block-max skipping. */
export const BLOCK_POSTINGS = 1 << blockShift;

/** A ranked document. */
export interface ScoredDoc {
  doc: number;
  score: number;
}

/**
 * The query's posting-list cursors as parallel arrays, one entry per usable query term, in query order (scores are
 * summed in that order, so results do not depend on how the search visits the terms). The first `count` entries of
 * each array are the cursors; any after them are left from an earlier search (the arrays are reused) and not read.
 */
export interface QueryCursors {
  count: number;
  /** Where each cursor stands in the flat postings; moved by the search. */
  positions: number[];
  /** Where each cursor's term's postings end. */
  ends: number[];
  /** w = weight · idf · (k1 + 1): the term score is w · tf / (tf + norm). */
  weights: number[];
  /** w times the term's largest tf / (tf + norm), times BOUND_SLACK. */
  bounds: number[];
  /** The length norms of the cursor's field, per document. */
  norms: Float64Array[];
}

/**
 * The search's work arrays, reused from one search to the next (every question's search made five afresh): `order`
 * holds n entries, `prefixBounds` n + 1 (all written before they are read), `contributions` n at 0 (each search leaves
 * them at 0 again), the heap `limit` (read only as far as it was filled).
 */
interface SearchScratch {
  order: number[];
  prefixBounds: Float64Array;
  contributions: Float64Array;
  heapDocs: Uint32Array;
  heapScores: Float64Array;
}

let scratch: SearchScratch = { order: [], prefixBounds: new Float64Array(1), contributions: new Float64Array(0), heapDocs: new Uint32Array(0), heapScores: new Float64Array(0) };

/** The work arrays for n cursors and a heap of `limit`, grown as needed (kept up to SCRATCH_KEPT); `order` empty. */
function scratchFor(n: number, limit: number): SearchScratch {
  if (n > SCRATCH_KEPT || limit > SCRATCH_KEPT) {
    return { order: [], prefixBounds: new Float64Array(n + 1), contributions: new Float64Array(n), heapDocs: new Uint32Array(limit), heapScores: new Float64Array(limit) };
  }
  if (scratch.contributions.length < n) scratch = { ...scratch, prefixBounds: new Float64Array(2 * n + 1), contributions: new Float64Array(2 * n) };
  if (scratch.heapDocs.length < limit) scratch = { ...scratch, heapDocs: new Uint32Array(limit), heapScores: new Float64Array(limit) };
  scratch.order.length = 0;
  return scratch;
}

/** The most cursors or results whose work arrays are kept between searches (larger ones are made for the search). */
const SCRATCH_KEPT = 4096;

/**
 * The `limit` best documents for the cursors, best first; ties go to the lower document number. Exact.
 *
 * Document-at-a-time MaxScore with a bounded heap: terms whose summed upper bounds cannot lift a document above the
 * current k-th score are only probed (galloping search) for documents the other terms bring, and once the heap is
 * full a cursor skips whole blocks whose block-max bound cannot pass the threshold; nothing is approximated.
 * `limit` must be a positive integer and `cursors` non-empty.
 */
export function searchMaxScore(
  { docs, tfs }: Pick<FlatPostings, 'docs' | 'tfs'>, blockMax: Float64Array, cursors: QueryCursors, limit: number,
  /** Raises every block maximum by this factor (≥ 1): an index scored with a larger collection's statistics. */
  blockMaxScale = 1,
): ScoredDoc[] {
  const { positions, ends, weights, bounds, norms } = cursors;
  const n = cursors.count;
  // Cursors by ascending upper bound; the first `firstEssential` of them are non-essential: together they cannot
  // reach the threshold, so a document only they contain is never scored.
  const { order, prefixBounds, contributions, heapDocs, heapScores } = scratchFor(n, limit);
  for (let j = 0; j < n; j++) order.push(j);
  order.sort((x, y) => bounds[x]! - bounds[y]! || x - y);
  prefixBounds[0] = 0;
  for (let j = 0; j < n; j++) prefixBounds[j + 1] = prefixBounds[j]! + bounds[order[j]!]!;
  let heapSize = 0;
  let threshold = 0;
  let firstEssential = 0;

  const total = prefixBounds[n]!;
  for (;;) {
    // The next candidate: the lowest document of an essential cursor. Once the heap is full, a cursor skips every
    // block whose best posting, with every other term at its best, still cannot pass the threshold.
    let doc = 0xffffffff;
    for (let j = firstEssential; j < n; j++) {
      const c = order[j]!;
      let pos = positions[c]!;
      const end = ends[c]!;
      if (heapSize === limit) {
        const others = total - bounds[c]!;
        const w = weights[c]! * boundSlack * blockMaxScale;
        while (pos < end && (w * blockMax[pos >>> blockShift]! + others) * boundSlack <= threshold) {
          pos = Math.min(((pos >>> blockShift) + 1) << blockShift, end);
        }
        positions[c] = pos;
      }
      if (pos < end) {
        const d = docs[pos]!;
        if (d < doc) doc = d;
      }
    }
    if (doc === 0xffffffff) break;
    if (heapSize === limit) {
      // The candidate's bound from its essential terms' block maxima and the non-essential terms' maxima.
      let bound = prefixBounds[firstEssential]!;
      for (let j = firstEssential; j < n; j++) {
        const c = order[j]!;
        const pos = positions[c]!;
        if (pos < ends[c]! && docs[pos] === doc) bound += weights[c]! * blockMaxScale * blockMax[pos >>> blockShift]! * boundSlack;
      }
      if (bound * boundSlack <= threshold) {
        for (let j = firstEssential; j < n; j++) {
          const c = order[j]!;
          const pos = positions[c]!;
          if (pos < ends[c]! && docs[pos] === doc) positions[c] = pos + 1;
        }
        continue;
      }
    }
    let partial = 0;
    for (let j = firstEssential; j < n; j++) {
      const c = order[j]!;
      const pos = positions[c]!;
      if (pos < ends[c]! && docs[pos] === doc) {
        const tf = tfs[pos]!;
        const value = (weights[c]! * tf) / (tf + norms[c]![doc]!);
        contributions[c] = value;
        partial += value;
        positions[c] = pos + 1;
      }
    }
    let pruned = false;
    for (let j = firstEssential - 1; j >= 0; j--) {
      if (heapSize === limit && (partial + prefixBounds[j + 1]!) * boundSlack <= threshold) {
        pruned = true;
        break;
      }
      const c = order[j]!;
      const pos = advanceTo(docs, positions[c]!, ends[c]!, doc);
      positions[c] = pos;
      if (pos < ends[c]! && docs[pos] === doc) {
        const tf = tfs[pos]!;
        const value = (weights[c]! * tf) / (tf + norms[c]![doc]!);
        contributions[c] = value;
        partial += value;
      }
    }
    // The score is summed in query order, whatever order the contributions came in, so that it is the same number
    // a plain term-by-term sum would give.
    let score = 0;
    for (let c = 0; c < n; c++) {
      score += contributions[c]!;
      contributions[c] = 0;
    }
    if (pruned || !(score > 0)) continue;
    if (heapSize < limit) {
      pushHeap(heapDocs, heapScores, heapSize++, doc, score);
    } else if (score > heapScores[0]!) {
      // Documents come in ascending order, so a newcomer that only ties the k-th score loses the tie.
      replaceHeapTop(heapDocs, heapScores, heapSize, doc, score);
    } else {
      continue;
    }
    if (heapSize === limit && heapScores[0]! !== threshold) {
      threshold = heapScores[0]!;
      while (firstEssential < n && prefixBounds[firstEssential + 1]! * boundSlack <= threshold) firstEssential++;
      if (firstEssential === n) break;
    }
  }
  return bestFirst(heapDocs, heapScores, heapSize);
}

/**
 * The heap's entries best first (higher score, then lower document), taken off it lowest first and reversed: the
 * heap's order is the results' (a total order, as no two entries share a document), with no sort and its work space.
 * Empties the heap.
 */
function bestFirst(heapDocs: Uint32Array, heapScores: Float64Array, heapSize: number): ScoredDoc[] {
  const results: ScoredDoc[] = [];
  for (let size = heapSize; size > 0; size--) {
    results.push({ doc: heapDocs[0]!, score: heapScores[0]! });
    if (size > 1) replaceHeapTop(heapDocs, heapScores, size - 1, heapDocs[size - 1]!, heapScores[size - 1]!);
  }
  return results.reverse();
}
