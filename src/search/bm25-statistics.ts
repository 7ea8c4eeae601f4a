/**
 * BM25's collection statistics: the inverse document frequency of a term, and each document's length
 * normalisation per field. See Bm25Index for the whole formula.
 */

/** idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)): Lucene's form, which never goes negative for common terms. */
export function bm25Idf(docCount: number, documentFrequency: number): number {
  return Math.log(1 + (docCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * Per field, per document: k1 · (1 − b + b · len / avglen), the part of a term score's denominator that does not
 * depend on the term. Computed once at load so a search does one lookup per posting instead of the arithmetic.
 */
export function lengthNorms(
  fieldLengths: readonly Uint32Array[], docCount: number, { k1, b }: { readonly k1: number; readonly b: number },
  /** Per field: the average length to normalise by (a larger collection's); default: these documents' own. */
  averages?: readonly number[],
  /** Arrays to write the norms into (one per field, docCount long) instead of new ones. */
  into?: readonly Float64Array[],
): Float64Array[] {
  return fieldLengths.map((lengths, f) => {
    let sum = 0;
    if (!averages) for (let d = 0; d < lengths.length; d++) sum += lengths[d]!;
    // An empty collection or a field that is empty everywhere would divide by zero; any average will do there.
    const avg = (averages ? averages[f]! : sum / Math.max(1, docCount)) || 1;
    const norm = into?.[f] ?? new Float64Array(docCount);
    for (let d = 0; d < docCount; d++) norm[d] = k1 * (1 - b + (b * lengths[d]!) / avg);
    return norm;
  });
}
