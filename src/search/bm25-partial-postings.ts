import type { FieldTerms, FlatPostings } from './bm25-postings.js';
import { PostingsCounter } from './bm25-postings-counter.js';
import { TermTable, type PairedTerms } from './bm25-term-table.js';
import { IdPairNumbering } from './id-pair-numbering.js';

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
  /**
   * Fields whose terms are pairs of another field's terms (each "a b", two terms without spaces, so one string per
   * pair and one pair per string): term i of `field` pairs the terms ids[2i] and ids[2i + 1] of field `of` (local
   * ids). Such a field's `terms` may be left empty (the strings follow from the ids; a million of them crossing
   * threads cost the main thread about a second). When every run gives them, the merge numbers these fields by the
   * ids, hashing no string.
   */
  termPairs?: Array<{
    field: string; of: string; ids: Uint32Array;
    /**
     * The IdPairNumbering table (its table()) that numbered these pairs by their local ids: the first run's local
     * ids are the global ones, so the merge looks the other runs' pairs up in it rather than number the first's again.
     */
    table?: Int32Array;
  }>;
  /** Per field, per local term: the number of the run's documents that have it (counted while they were added). */
  termDocCounts?: Uint32Array[];
}

/** Numbers a field's distinct terms in order of first occurrence. */
export class TermNumbering {
  private readonly ids = new Map<string, number>();
  /** The terms numbered so far; a term's id is its position. */
  readonly terms: string[] = [];

  /** The term's id, numbering it next when new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/**
 * Builds a PartialPostings document by document, so that each document's terms can be dropped once added (a worker
 * analysing half a million passages never holds all their terms at once). The fields are those given, or else the
 * first document's; a document may lack some (no terms there), never have others.
 */
export class PartialPostingsBuilder {
  private fields: string[] | undefined;
  private numberings: TermNumbering[] = [];
  private counter: PostingsCounter | undefined;
  private ids: number[][] = [];
  private lengths: number[] = [];

  constructor(fields?: readonly string[]) {
    if (fields) this.startFields([...fields].sort());
  }

  private startFields(fields: string[]): void {
    this.fields = fields;
    this.numberings = fields.map(() => new TermNumbering());
    this.counter = new PostingsCounter(fields.length);
    this.ids = fields.map(() => []);
    this.lengths = fields.map(() => 0);
  }

  /** Adds the next document. */
  add(doc: FieldTerms): void {
    if (!this.fields) this.startFields(Object.keys(doc).sort());
    const fields = this.fields!;
    for (const field in doc) if (!fields.includes(field)) throw new Error(`a document has the field ${field}, not one of ${fields.join(', ')}`);
    for (let f = 0; f < fields.length; f++) {
      const terms = doc[fields[f]!] ?? [];
      const numbering = this.numberings[f]!;
      const ids = this.ids[f]!;
      for (let i = 0; i < terms.length; i++) ids[i] = numbering.idOf(terms[i]!);
      this.lengths[f] = terms.length;
    }
    this.counter!.add(this.ids, this.lengths);
  }

  /** The postings of every document added. */
  finish(): PartialPostings {
    const terms = this.numberings.map((n) => n.terms);
    const counted = this.counter?.finish(terms.map((t) => t.length)) ?? { docCount: 0, fieldLengths: [], pairStarts: [], pairTerms: [], pairTfs: [], termDocCounts: [] };
    return { ...counted, fields: this.fields ?? [], terms };
  }
}

/** The typed arrays of a PartialPostings, to transfer to another thread without copying. */
export function transferablesOf(part: PartialPostings): ArrayBuffer[] {
  const pairs = (part.termPairs ?? []).flatMap((t) => (t.table ? [t.ids, t.table] : [t.ids]));
  return [...part.fieldLengths, ...part.pairStarts, ...part.pairTerms, ...part.pairTfs, ...pairs, ...(part.termDocCounts ?? [])].map((a) => a.buffer as ArrayBuffer);
}

/** The FlatPostings of all the runs' documents, the runs given in document order (see PartialPostings). */
export function mergePartialPostings(parts: readonly PartialPostings[]): FlatPostings {
  const fields = [...new Set(parts.flatMap((p) => p.fields))].sort();
  const docCount = parts.reduce((sum, p) => sum + p.docCount, 0);
  const fieldOf = parts.map((p) => new Map(p.fields.map((f, i) => [f, i])));
  // Global term ids per field, in order of first occurrence across the runs; each run's local ids mapped to them.
  // A field of pairs given by ids in every run stays pairs of global ids (no strings; the term table encodes them).
  const terms: Array<string[] | PairedTerms> = [];
  const toGlobal: Array<Array<Uint32Array | undefined>> = parts.map(() => []);
  const sharedPairs = (parts[0]!.termPairs ?? []).filter((t) => parts.every((p) => p.termPairs?.some((u) => u.field === t.field && u.of === t.of)));
  const pairedOf = new Map(sharedPairs.map((t) => [t.field, t.of]));
  // Fields of pairs last: their numbering reads the global ids of the field whose terms they pair.
  const order = fields.map((_, f) => f).sort((a, b) => Number(pairedOf.has(fields[a]!)) - Number(pairedOf.has(fields[b]!)));
  for (const f of order) {
    const field = fields[f]!;
    const of = pairedOf.get(field);
    const ofField = of === undefined ? -1 : fields.indexOf(of);
    if (parts.length === 1) {
      // One run: its local ids are the global ones (undefined: the identity).
      const local = fieldOf[0]!.get(field);
      terms[f] = of !== undefined ? { of: ofField, ids: parts[0]!.termPairs!.find((t) => t.field === field)!.ids } : local === undefined ? [] : termsOf(parts[0]!, local);
      continue;
    }
    const numbered = of === undefined ? numberTerms(parts, fieldOf, field) : numberTermPairs(parts, field, toGlobal.map((maps) => maps[ofField]), ofField);
    terms[f] = numbered.terms;
    numbered.toGlobal.forEach((map, p) => (toGlobal[p]![f] = map));
  }
  const termCounts = terms.map((list) => ('ids' in list ? list.ids.length / 2 : list.length));
  const termCount = termCounts.reduce((sum, n) => sum + n, 0);
  const offsets = new Uint32Array(termCount + 1);
  const fieldBases: number[] = [];
  let base = 0;
  for (let f = 0; f < fields.length; f++) {
    fieldBases.push(base);
    const df = new Uint32Array(termCounts[f]!);
    parts.forEach((part, p) => {
      const local = fieldOf[p]!.get(fields[f]!);
      if (local === undefined) return;
      const map = toGlobal[p]![f];
      const counted = part.termDocCounts?.[local];
      if (!map) {
        if (counted) for (let id = 0; id < counted.length; id++) df[id]! += counted[id]!;
        else for (const id of part.pairTerms[local]!) df[id]!++;
      } else if (counted?.length === map.length) for (let id = 0; id < counted.length; id++) df[map[id]!]! += counted[id]!;
      else for (const id of part.pairTerms[local]!) df[map[id]!]!++;
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
        placePostings(part, local, toGlobal[p]![f], cursor, fieldBases[f]!, firstDoc, docs, tfs);
      }
      firstDoc += part.docCount;
    });
  }
  return { fields, termTable: TermTable.build(terms).data, fieldLengths, offsets, docs, tfs };
}

/**
 * Writes a run's postings of one field at the cursors of their global terms (advanced past them): term ids mapped by
 * `map` (undefined: the run's ids are the global ones), documents numbered from `firstDoc`.
 */
function placePostings(
  part: PartialPostings, local: number, map: Uint32Array | undefined, cursor: Uint32Array, fieldBase: number, firstDoc: number, docs: Uint32Array, tfs: Uint16Array,
): void {
  const starts = part.pairStarts[local]!;
  const pt = part.pairTerms[local]!;
  const pf = part.pairTfs[local]!;
  for (let d = 0; d < part.docCount; d++) {
    for (let i = starts[d]!, end = starts[d + 1]!; i < end; i++) {
      const at = cursor[fieldBase + (map ? map[pt[i]!]! : pt[i]!)]!++;
      docs[at] = firstDoc + d;
      tfs[at] = pf[i]!;
    }
  }
}

/**
 * A field's global terms across the runs, in order of first occurrence, and each run's local ids mapped to them
 * (undefined: the same ids).
 */
function numberTerms(parts: readonly PartialPostings[], fieldOf: ReadonlyArray<ReadonlyMap<string, number>>, field: string): { terms: string[]; toGlobal: Array<Uint32Array | undefined> } {
  const ids = new Map<string, number>();
  const list: string[] = [];
  const toGlobal = parts.map((part, p) => {
    const local = fieldOf[p]!.get(field);
    const localTerms = local === undefined ? [] : termsOf(part, local);
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
    // The first run's terms are all new, numbered in its order: its ids are the global ones.
    return p === 0 ? undefined : map;
  });
  return { terms: list, toGlobal };
}

/**
 * numberTerms for a field whose terms are pairs of another field's terms (see PartialPostings.termPairs): a pair is
 * known by the global ids of its two terms, so no string is hashed, nor made (at 100k passages, 1.7 million pairs of
 * stems); the global pairs are given as the ids of their terms in field `of`.
 */
function numberTermPairs(parts: readonly PartialPostings[], field: string, ofToGlobal: ReadonlyArray<Uint32Array | undefined>, of: number): { terms: PairedTerms; toGlobal: Array<Uint32Array | undefined> } {
  const termPairsOf = parts.map((part) => part.termPairs!.find((t) => t.field === field)!);
  const most = termPairsOf.reduce((sum, t) => sum + t.ids.length / 2, 0);
  const pairs = new Uint32Array(2 * most);
  // The first run's table, when sent, already numbers its pairs by global ids (its local ones): only looked up.
  const first = ofToGlobal[0] ? undefined : termPairsOf[0]!.table;
  // Numbering goes on in it only for runs between the first and the last, in a copy (the runs are left as given).
  const numbering = first ? IdPairNumbering.over(parts.length > 2 ? first.slice() : first, termPairsOf[0]!.ids.length / 2) : new IdPairNumbering(most);
  if (first) pairs.set(termPairsOf[0]!.ids);
  let count = numbering.size;
  const toGlobal = parts.map((_, p) => {
    if (p === 0 && first) return undefined;
    const pairIds = termPairsOf[p]!.ids;
    const ofMap = ofToGlobal[p];
    // The last run's new pairs are numbered without entering the table: nothing looks them up afterwards.
    const last = p === parts.length - 1;
    const map = new Uint32Array(pairIds.length / 2);
    for (let i = 0; i < map.length; i++) {
      const a = ofMap ? ofMap[pairIds[2 * i]!]! : pairIds[2 * i]!;
      const b = ofMap ? ofMap[pairIds[2 * i + 1]!]! : pairIds[2 * i + 1]!;
      let id = numbering.get(a, b);
      if (id < 0) {
        id = last ? count++ : numbering.add(a, b);
        if (!last) count++;
        pairs[2 * id] = a;
        pairs[2 * id + 1] = b;
      }
      map[i] = id;
    }
    return map;
  });
  return { terms: { of, ids: pairs.subarray(0, 2 * count) }, toGlobal };
}

/** A run's terms of field `local`, made from the paired field's when left out (see PartialPostings.termPairs). */
function termsOf(part: PartialPostings, local: number): string[] {
  const terms = part.terms[local]!;
  const paired = part.termPairs?.find((t) => t.field === part.fields[local]);
  if (!paired || terms.length === paired.ids.length / 2) return terms;
  const of = part.terms[part.fields.indexOf(paired.of)]!;
  return Array.from({ length: paired.ids.length / 2 }, (_, i) => `${of[paired.ids[2 * i]!]} ${of[paired.ids[2 * i + 1]!]}`);
}
