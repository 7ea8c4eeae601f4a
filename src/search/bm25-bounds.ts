import { BLOCK_POSTINGS, BLOCK_SHIFT } from './bm25-max-score.js';
import type { FlatPostings } from './bm25-postings.js';

/**
 * Upper bounds on term scores, which let the top-k search skip documents and blocks of postings that cannot make
 * the top k. A term's score in a document is w · tf / (tf + norm(d)) with w = weight · idf · (k1 + 1); the bounds
 * store the largest fraction tf / (tf + norm) so that they hold for any query weight.
 */

/** How many blocks `postingCount` postings make (the last one may be partial). */
export function blockCount(postingCount: number): number {
  return Math.ceil(postingCount / BLOCK_POSTINGS);
}

/** Per term: the largest tf / (tf + norm) over its postings, the term's upper bound but the weight and idf. */
export function maxFractionsPerTerm(
  { offsets, docs, tfs }: Pick<FlatPostings, 'offsets' | 'docs' | 'tfs'>, termField: Uint32Array, norms: readonly Float64Array[],
): Float64Array {
  const termCount = termField.length;
  const fractions = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const norm = norms[termField[t]!]!;
    let best = 0;
    for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
      const tf = tfs[i]!;
      const fraction = tf / (tf + norm[docs[i]!]!);
      if (fraction > best) best = fraction;
    }
    fractions[t] = best;
  }
  return fractions;
}

/**
 * Per block of BLOCK_POSTINGS postings of the flat arrays: the largest tf / (tf + norm). Blocks are cut from the flat
 * arrays whatever terms they span, not per term: one array indexed by position >>> BLOCK_SHIFT, no per-term table,
 * and a block shared by two terms only makes its bound looser, never wrong.
 */
export function maxFractionsPerBlock(
  { offsets, docs, tfs }: Pick<FlatPostings, 'offsets' | 'docs' | 'tfs'>, termField: Uint32Array, norms: readonly Float64Array[],
): Float64Array {
  const termCount = termField.length;
  const blocks = new Float64Array(blockCount(docs.length));
  for (let t = 0; t < termCount; t++) {
    const norm = norms[termField[t]!]!;
    for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
      const tf = tfs[i]!;
      const fraction = tf / (tf + norm[docs[i]!]!);
      const block = i >>> BLOCK_SHIFT;
      if (fraction > blocks[block]!) blocks[block] = fraction;
    }
  }
  return blocks;
}
