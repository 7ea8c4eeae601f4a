import type { FieldTerms, FlatPostings } from './bm25-postings.js';

/**
 * Postings of a run of consecutive documents, built where their terms were made (a worker thread) and merged in
 * order into the whole index's FlatPostings by mergePartialPostings, which lays them out exactly as
 * buildFlatPostings would over all the documents: terms numbered in order of first occurrence, documents ascending.
 * Only each distinct term's string crosses threads; the (document, term, frequency) pairs travel as typed arrays.
 */
export interface PartialPostings {
  docCount: number;
  /** Field names, sorted. */
  fields: string[];
  /** Per field: the run's distinct terms, in order of first occurrence (their local ids). */
  terms: string[][];
  /** Per field, per document of the run: its number of terms. */
  fieldLengths: Uint32Array[];
  /** Per field: document d's pairs are [pairStarts[d], pairStarts[d + 1]) of pairTerms and pairTfs. */
  pairStarts: Uint32Array[];
  /** Per field, per pair: the local term id. */
  pairTerms: Uint32Array[];
  /** Per field, per pair: the term's frequency in the document, at most 65,535. */
  pairTfs: Uint16Array[];
}

/** The postings of consecutive documents (see PartialPostings). */
export function buildPartialPostings(documents: readonly FieldTerms[]): PartialPostings {
  const fieldSet = new Set<string>();
  for (const doc of documents) for (const field of Object.keys(doc)) fieldSet.add(field);
  const fields = [...fieldSet].sort();
  const docCount = documents.length;
  const out: PartialPostings = { docCount, fields, terms: [], fieldLengths: [], pairStarts: [], pairTerms: [], pairTfs: [] };
  let counts = new Uint32Array(1024);
  const seen: number[] = [];
  for (const field of fields) {
    const ids = new Map<string, number>();
    const lengths = new Uint32Array(docCount);
    const starts = new Uint32Array(docCount + 1);
    const tokenCount = documents.reduce((sum, doc) => sum + (doc[field]?.length ?? 0), 0);
    const pairTerms = new Uint32Array(tokenCount);
    const pairTfs = new Uint16Array(tokenCount);
    let n = 0;
    for (let d = 0; d < docCount; d++) {
      const terms = documents[d]![field] ?? [];
      lengths[d] = terms.length;
      seen.length = 0;
      for (const term of terms) {
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
          if (id >= counts.length) {
            const grown = new Uint32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        if (counts[id] === 0) seen.push(id);
        counts[id]!++;
      }
      for (const id of seen) {
        pairTerms[n] = id;
        pairTfs[n++] = Math.min(counts[id]!, 0xffff);
        counts[id] = 0;
      }
      starts[d + 1] = n;
    }
    out.terms.push([...ids.keys()]);
    out.fieldLengths.push(lengths);
    out.pairStarts.push(starts);
    out.pairTerms.push(pairTerms.slice(0, n));
    out.pairTfs.push(pairTfs.slice(0, n));
  }
  return out;
}

/** The typed arrays of a PartialPostings, to transfer to another thread without copying. */
export function transferablesOf(part: PartialPostings): ArrayBuffer[] {
  return [...part.fieldLengths, ...part.pairStarts, ...part.pairTerms, ...part.pairTfs].map((a) => a.buffer as ArrayBuffer);
}

/** The FlatPostings of all the runs' documents, the runs given in document order (see PartialPostings). */
export function mergePartialPostings(parts: readonly PartialPostings[]): FlatPostings {
  const fields = [...new Set(parts.flatMap((p) => p.fields))].sort();
  const docCount = parts.reduce((sum, p) => sum + p.docCount, 0);
  const fieldOf = parts.map((p) => new Map(p.fields.map((f, i) => [f, i])));
  // Global term ids per field, in order of first occurrence across the runs; each run's local ids mapped to them.
  const terms: string[][] = [];
  const toGlobal: Uint32Array[][] = parts.map(() => []);
  for (const field of fields) {
    const ids = new Map<string, number>();
    const list: string[] = [];
    parts.forEach((part, p) => {
      const local = fieldOf[p]!.get(field);
      const localTerms = local === undefined ? [] : part.terms[local]!;
      const map = new Uint32Array(localTerms.length);
      for (let i = 0; i < localTerms.length; i++) {
        const term = localTerms[i]!;
        let id = ids.get(term);
        if (id === undefined) {
          id = list.length;
          ids.set(term, id);
          list.push(term);
        }
        map[i] = id;
      }
      toGlobal[p]!.push(map);
    });
    terms.push(list);
  }
  const termCount = terms.reduce((sum, list) => sum + list.length, 0);
  const offsets = new Uint32Array(termCount + 1);
  const fieldBases: number[] = [];
  let base = 0;
  for (let f = 0; f < fields.length; f++) {
    fieldBases.push(base);
    const df = new Uint32Array(terms[f]!.length);
    parts.forEach((part, p) => {
      const local = fieldOf[p]!.get(fields[f]!);
      if (local === undefined) return;
      const map = toGlobal[p]![f]!;
      for (const id of part.pairTerms[local]!) df[map[id]!]!++;
    });
    for (let i = 0; i < df.length; i++) offsets[base + i + 1] = offsets[base + i]! + df[i]!;
    base += df.length;
  }
  const postingCount = offsets[termCount]!;
  const docs = new Uint32Array(postingCount);
  const tfs = new Uint16Array(postingCount);
  const cursor = offsets.slice(0, termCount);
  const fieldLengths = fields.map(() => new Uint32Array(docCount));
  for (let f = 0; f < fields.length; f++) {
    let firstDoc = 0;
    parts.forEach((part, p) => {
      const local = fieldOf[p]!.get(fields[f]!);
      if (local !== undefined) {
        fieldLengths[f]!.set(part.fieldLengths[local]!, firstDoc);
        const map = toGlobal[p]![f]!;
        const starts = part.pairStarts[local]!;
        const pt = part.pairTerms[local]!;
        const pf = part.pairTfs[local]!;
        const fieldBase = fieldBases[f]!;
        for (let d = 0; d < part.docCount; d++) {
          for (let i = starts[d]!, end = starts[d + 1]!; i < end; i++) {
            const at = cursor[fieldBase + map[pt[i]!]!]!++;
            docs[at] = firstDoc + d;
            tfs[at] = pf[i]!;
          }
        }
      }
      firstDoc += part.docCount;
    });
  }
  return { fields, terms, fieldLengths, offsets, docs, tfs };
}
