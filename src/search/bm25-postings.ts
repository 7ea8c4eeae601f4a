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
  /** Terms of each field, in term-id order. */
  terms: string[][];
  /** Per field, per document: the number of terms (tokens, not distinct terms). */
  fieldLengths: Uint32Array[];
  /** Per term, where its postings start; one more entry than there are terms, the last being the posting count. */
  offsets: Uint32Array;
  /** Per posting: the document. */
  docs: Uint32Array;
  /** Per posting: the term's frequency in the document, at most 65,535. */
  tfs: Uint16Array;
}

/** The array itself when long enough, else a copy at least twice as long. */
function growUint32(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * Builds the flat postings of documents (their position is their number).
 * A term frequency above 65,535 in one document counts as 65,535.
 */
export function buildFlatPostings(documents: readonly FieldTerms[]): FlatPostings {
  const fieldSet = new Set<string>();
  for (const doc of documents) for (const field of Object.keys(doc)) fieldSet.add(field);
  const fields = [...fieldSet].sort();
  const docCount = documents.length;
  const fieldLengths = fields.map(() => new Uint32Array(docCount));
  const fieldMaps = fields.map(() => new Map<string, number>());
  // Pass 1: each document's distinct (field-local term id, tf), and each term's document frequency.
  // A field's token count bounds its (document, term) pairs, so the pair arrays are allocated once.
  const tokenCounts = fields.map((field) => documents.reduce((sum, doc) => sum + (doc[field]?.length ?? 0), 0));
  const pairStarts = fields.map(() => new Uint32Array(docCount + 1));
  const pairTerms = tokenCounts.map((n) => new Uint32Array(n));
  const pairTfs = tokenCounts.map((n) => new Uint16Array(n));
  const pairCounts = fields.map(() => 0);
  const dfs: Array<Uint32Array<ArrayBuffer>> = fields.map(() => new Uint32Array(1024));
  let counts: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  const seen: number[] = [];
  for (let d = 0; d < docCount; d++) {
    const doc = documents[d]!;
    for (let f = 0; f < fields.length; f++) {
      const terms = doc[fields[f]!] ?? [];
      const map = fieldMaps[f]!;
      fieldLengths[f]![d] = terms.length;
      seen.length = 0;
      for (const term of terms) {
        let id = map.get(term);
        if (id === undefined) {
          id = map.size;
          map.set(term, id);
          if (id >= counts.length) counts = growUint32(counts, id + 1);
        }
        if (counts[id] === 0) seen.push(id);
        counts[id]!++;
      }
      let n = pairCounts[f]!;
      dfs[f] = growUint32(dfs[f]!, map.size);
      const pt = pairTerms[f]!;
      const pf = pairTfs[f]!;
      const df = dfs[f]!;
      for (const id of seen) {
        pt[n] = id;
        pf[n++] = Math.min(counts[id]!, 0xffff);
        df[id]!++;
        counts[id] = 0;
      }
      pairCounts[f] = n;
      pairStarts[f]![d + 1] = n;
    }
  }
  // Pass 2: lay the postings out term by term (fields one after the other); documents come out ascending.
  const terms = fieldMaps.map((map) => [...map.keys()]);
  const termCount = terms.reduce((sum, list) => sum + list.length, 0);
  const postingCount = pairCounts.reduce((sum, n) => sum + n, 0);
  const offsets = new Uint32Array(termCount + 1);
  let base = 0;
  for (let f = 0; f < fields.length; f++) {
    const df = dfs[f]!;
    for (let i = 0; i < terms[f]!.length; i++) offsets[base + i + 1] = offsets[base + i]! + df[i]!;
    base += terms[f]!.length;
  }
  const docs = new Uint32Array(postingCount);
  const tfs = new Uint16Array(postingCount);
  const cursor = offsets.slice(0, termCount);
  base = 0;
  for (let f = 0; f < fields.length; f++) {
    const starts = pairStarts[f]!;
    const pt = pairTerms[f]!;
    const pf = pairTfs[f]!;
    for (let d = 0; d < docCount; d++) {
      for (let i = starts[d]!, end = starts[d + 1]!; i < end; i++) {
        const at = cursor[base + pt[i]!]!++;
        docs[at] = d;
        tfs[at] = pf[i]!;
      }
    }
    // Drop this field's pair arrays now: the next field's layout then runs with less memory held.
    pairTerms[f] = new Uint32Array(0);
    pairTfs[f] = new Uint16Array(0);
    base += terms[f]!.length;
  }
  return { fields, terms, fieldLengths, offsets, docs, tfs };
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
