import { mergePartialPostings, PartialPostingsBuilder } from './bm25-partial-postings.js';
import type { TermTableData } from './bm25-term-table.js';

/** The terms of one document, per field. */
export type FieldTerms = Record<string, readonly string[]>;

/**
 * An inverted index as flat typed arrays. Term ids run over the fields one after the other (field 0's terms, then
 * field 1's, …), and term t's postings are the slice [offsets[t], offsets[t + 1]) of `docs` and `tfs`, documents
 * ascending. Two flat arrays instead of one array per term: no per-term objects for the garbage collector, and the
 * whole index saves and loads as a handful of buffers.
 */
export interface FlatPostings {
  /** Field names, sorted; a field's position is its id. */
  fields: string[];
  /** Terms of each field, in term-id order, as the index's term table (fields one after the other). */
  termTable: TermTableData;
  /** Per field, per document: the number of terms (tokens, not distinct terms). */
  fieldLengths: Uint32Array[];
  /** Per term, where its postings start; one more entry than there are terms, the last being the posting count. */
  offsets: Uint32Array;
  /** Per posting: the document. */
  docs: Uint32Array;
  /** Per posting: the term's frequency in the document, at most 65,535. */
  tfs: Uint16Array;
}

/**
 * Builds the flat postings of documents (their position is their number): the one-run case of the worker threads'
 * PartialPostingsBuilder and mergePartialPostings, so both ways lay the index out by the same code.
 * A term frequency above 65,535 in one document counts as 65,535.
 */
export function buildFlatPostings(documents: readonly FieldTerms[]): FlatPostings {
  const builder = new PartialPostingsBuilder([...new Set(documents.flatMap((doc) => Object.keys(doc)))]);
  for (const doc of documents) builder.add(doc);
  return mergePartialPostings([builder.finish()]);
}

/**
 * The first position in docs[pos, end) whose document is ≥ target (end if none): galloping, then binary search.
 * Galloping because the target is usually a few postings ahead: the cost grows with the log of the distance
 * skipped, not of the slice.
 */
export function advanceTo(docs: Uint32Array, pos: number, end: number, target: number): number {
  if (pos >= end || docs[pos]! >= target) return pos;
  let low = pos; // docs[low] < target
  let step = 1;
  let high = pos + 1;
  while (high < end && docs[high]! < target) {
    low = high;
    step *= 2;
    high = pos + step;
  }
  if (high > end) high = end;
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (docs[mid]! < target) low = mid;
    else high = mid;
  }
  return high;
}
