import { maxFractions } from './bm25-bounds.js';
import {
  BM25_FORMAT_VERSION, decodeBm25Index, encodeBm25Index, unwrapSerializedBm25Index, type Bm25IndexData,
  type SerializedBm25Index,
} from './bm25-format.js';
import { BOUND_SLACK, searchMaxScore, type QueryCursors, type ScoredDoc } from './bm25-max-score.js';
import { buildFlatPostings, type FieldTerms, type FlatPostings } from './bm25-postings.js';
import { bm25Idf, lengthNorms } from './bm25-statistics.js';
import { TermTable } from './bm25-term-table.js';

// The index's public names, importable from here whichever module defines them.
export { BM25_FORMAT_VERSION, IndexFormatError, IndexVersionError, type SerializedBm25Index } from './bm25-format.js';
export type { ScoredDoc } from './bm25-max-score.js';
export type { FieldTerms } from './bm25-postings.js';

/** BM25 parameters. */
export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation, 0 (none) to 1 (full). Default 0.75. */
  b?: number;
}

/** Default BM25 parameters (Lucene's). */
export const DEFAULT_BM25_OPTIONS: Required<Bm25Options> = { k1: 1.2, b: 0.75 };

/**
 * Collection statistics shared by several indexes searched together (the segments of a live index): the document
 * count, each term's document frequency and each field's average length over all of them, so that a document's
 * score is the same whichever segment holds it.
 */
export interface Bm25Collection {
  docCount: number;
  documentFrequency(field: string, term: string): number;
  /** Per field name: the average length over the collection. */
  averageLengths: ReadonlyMap<string, number>;
}

/** What answers and reranking read of an index: a Bm25Index, or several searched as one (Bm25Segments). */
export interface Bm25Searcher {
  readonly docCount: number;
  readonly options: Required<Bm25Options>;
  documentFrequency(field: string, term: string): number;
  idf(field: string, term: string): number;
  search(query: readonly WeightedTerm[], k: number): ScoredDoc[];
}

/** A query term: which field, which term, how much it counts. */
export interface WeightedTerm {
  field: string;
  term: string;
  weight: number;
}

/** Terms whose ids an index remembers per field (see termId): past that, it starts afresh. */
const TERM_ID_MEMO_SIZE = 50_000;

/**
 * An exact BM25 index over several fields. Each field has its own length normalisation and its own document
 * frequencies; a query term names its field and weight, and a document's score is the weighted sum of its BM25
 * term scores, added in query order:
 *
 *   score(d) = Σ_q  w_q · idf(t_q) · (k1 + 1) · tf / (tf + k1 · (1 − b + b · len_f(d) / avglen_f))
 *   idf(t)   = ln(1 + (N − df + 0.5) / (df + 0.5))
 *
 * Postings live in two flat typed arrays (bm25-postings); search is exact document-at-a-time MaxScore with
 * block-max skipping (bm25-max-score), pruning with upper bounds (bm25-bounds); nothing is approximated.
 * Build once with Bm25Index.build, search many times; save with toBuffer / fromBuffer (or toJSON / fromJSON),
 * whose layout is in bm25-format.
 */
export class Bm25Index implements Bm25Searcher {
  private readonly fieldIds: Map<string, number>;
  /** Term ids by field and term. */
  private readonly termTable: TermTable;
  /** Per term id: its field id. */
  private readonly termField: Uint32Array;
  /** Per field, per document: k1 · (1 − b + b · len / avglen). */
  private readonly norms: Float64Array[];
  /** Per term: the largest tf / (tf + norm) over its postings, the term's upper bound but the weight and idf. */
  private readonly maxFractions: Float64Array;
  /** Per block of postings of the flat arrays (whatever terms it spans): the largest tf / (tf + norm). */
  private readonly blockMaxFractions: Float64Array;

  /** `bounds` come with a loaded index; a built one computes them here, once. */
  private constructor(
    readonly docCount: number,
    readonly options: Required<Bm25Options>,
    readonly signature: string,
    private readonly postings: Omit<FlatPostings, 'termTable'>,
    termTable: TermTable,
    bounds?: Pick<Bm25IndexData, 'maxFractions' | 'blockMaxFractions'>,
    /** Set on a view made by inCollection: statistics come from there. */
    private readonly collection?: Bm25Collection,
    termField?: Uint32Array,
    normsInto?: readonly Float64Array[],
  ) {
    const { fields } = postings;
    this.fieldIds = new Map(fields.map((f, i) => [f, i]));
    this.termTable = termTable;
    const { fieldStarts } = termTable.data;
    if (termField) this.termField = termField;
    else {
      this.termField = new Uint32Array(termTable.size);
      for (let f = 0; f < fields.length; f++) this.termField.fill(f, fieldStarts[f]!, fieldStarts[f + 1]!);
    }
    const averages = collection ? fields.map((f) => collection.averageLengths.get(f) ?? 0) : undefined;
    this.norms = lengthNorms(postings.fieldLengths, docCount, options, averages, normsInto);
    const computed = bounds ? undefined : maxFractions(postings, this.termField, this.norms);
    this.maxFractions = bounds?.maxFractions ?? computed!.perTerm;
    this.blockMaxFractions = bounds?.blockMaxFractions ?? computed!.perBlock;
  }

  /** Per field name: the sum of the documents' lengths (for a collection's average lengths). */
  fieldLengthSums(): Map<string, number> {
    return (this.lengthSums ??= new Map(this.postings.fields.map((f, i) => {
      const lengths = this.postings.fieldLengths[i]!;
      let sum = 0;
      for (let d = 0; d < lengths.length; d++) sum += lengths[d]!;
      return [f, sum];
    })));
  }

  private lengthSums?: Map<string, number>;
  /** Raises the pruning bounds of a view (inCollection): ≥ 1. */
  private boundScale = 1;

  /** How many documents contain the term in the field, in this index alone (a view's own postings). */
  ownDocumentFrequency(field: string, term: string): number {
    const id = this.termId(field, term);
    const { offsets } = this.postings;
    return id === undefined ? 0 : offsets[id + 1]! - offsets[id]!;
  }

  /**
   * This index's postings scored with a collection's statistics (idf from its document count and frequencies, length
   * norms from its average lengths): a segment of a larger index. Shares every array but the norms. The pruning
   * bounds were computed at this index's own averages; a longer collection average makes every norm smaller by at
   * most the ratio of the averages, so the bounds are raised by that ratio (when searched, not copied) and stay upper
   * bounds: search stays exact. `normsInto` (one array per field, docCount long) receives the norms instead of new
   * arrays: a large segment's views reuse their memory rather than make garbage each time.
   */
  inCollection(collection: Bm25Collection, normsInto?: readonly Float64Array[]): Bm25Index {
    const own = this.fieldLengthSums();
    let scale = 1;
    for (const [field, sum] of own) {
      const average = sum / Math.max(1, this.docCount);
      const wider = collection.averageLengths.get(field) ?? 0;
      if (average > 0 && wider > average) scale = Math.max(scale, wider / average);
    }
    const view = new Bm25Index(
      this.docCount, this.options, this.signature, this.postings, this.termTable,
      { maxFractions: this.maxFractions, blockMaxFractions: this.blockMaxFractions }, collection, this.termField, normsInto,
    );
    view.boundScale = scale;
    return view;
  }

  /**
   * Indexes documents (their position is their number). `signature` names the analyzer that made the terms.
   * A term frequency above 65,535 in one document counts as 65,535.
   */
  static build(documents: readonly FieldTerms[], options: Bm25Options = {}, signature = ''): Bm25Index {
    return Bm25Index.fromPostings(buildFlatPostings(documents), documents.length, options, signature);
  }

  /** Wraps postings already laid out (by buildFlatPostings, or merged from parts built in worker threads). */
  static fromPostings(postings: FlatPostings, docCount: number, options: Bm25Options = {}, signature = ''): Bm25Index {
    const { termTable, ...rest } = postings;
    return new Bm25Index(docCount, { ...DEFAULT_BM25_OPTIONS, ...options }, signature, rest, new TermTable(termTable));
  }

  /** Loads an index saved with toBuffer, refusing one of another format or made by another analyzer. */
  static fromBuffer(buffer: Uint8Array, expectedSignature?: string): Bm25Index {
    const { docCount, k1, b, signature, postings, termTable, maxFractions, blockMaxFractions } = decodeBm25Index(buffer, expectedSignature);
    return new Bm25Index(docCount, { k1, b }, signature, postings, new TermTable(termTable), { maxFractions, blockMaxFractions });
  }

  /** Loads an index saved with toJSON, refusing one of another format or made by another analyzer. */
  static fromJSON(data: SerializedBm25Index, expectedSignature?: string): Bm25Index {
    return Bm25Index.fromBuffer(unwrapSerializedBm25Index(data, expectedSignature), expectedSignature);
  }

  /** How many documents contain the term in the field (0 when unknown); a view's: in its whole collection. */
  documentFrequency(field: string, term: string): number {
    return this.collection ? this.collection.documentFrequency(field, term) : this.ownDocumentFrequency(field, term);
  }

  /** The inverse document frequency BM25 gives a term (as for a term in no document when unknown). */
  idf(field: string, term: string): number {
    return bm25Idf(this.collection?.docCount ?? this.docCount, this.documentFrequency(field, term));
  }

  /** The k best documents for the weighted terms, best first; ties go to the lower document number. Exact. */
  search(query: readonly WeightedTerm[], k: number): ScoredDoc[] {
    const limit = Math.floor(k);
    if (!(limit > 0) || this.docCount === 0) return [];
    const { offsets } = this.postings;
    const k1 = this.options.k1;
    // One cursor per usable query term, in query order (scores are summed in that order).
    const cursors = this.cursors;
    let n = 0;
    for (let q = 0; q < query.length; q++) {
      const { field, term, weight } = query[q]!;
      if (!(weight > 0)) continue;
      const id = this.termId(field, term);
      if (id === undefined) continue;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      const idf = this.collection ? bm25Idf(this.collection.docCount, this.collection.documentFrequency(field, term)) : bm25Idf(this.docCount, end - start);
      const w = weight * idf * (k1 + 1);
      cursors.positions[n] = start;
      cursors.ends[n] = end;
      cursors.weights[n] = w;
      cursors.bounds[n] = w * this.maxFractions[id]! * this.boundScale * BOUND_SLACK;
      cursors.norms[n] = this.norms[this.termField[id]!]!;
      n++;
    }
    if (n === 0) return [];
    cursors.count = n;
    return searchMaxScore(this.postings, this.blockMaxFractions, cursors, limit, this.boundScale);
  }

  /** The binary form (layout in bm25-format). Loading it takes no tokenising and no sorting. */
  toBuffer(): Buffer {
    return encodeBm25Index({
      signature: this.signature, k1: this.options.k1, b: this.options.b, docCount: this.docCount,
      postings: this.postings, termTable: this.termTable.data, maxFractions: this.maxFractions, blockMaxFractions: this.blockMaxFractions,
    });
  }

  /** The JSON form: the binary form as base64 (prefer toBuffer for large indexes: no base64, no string limit). */
  toJSON(): SerializedBm25Index {
    return { format: BM25_FORMAT_VERSION, signature: this.signature, data: this.toBuffer().toString('base64') };
  }

  private termId(field: string, term: string): number | undefined {
    const f = this.fieldIds.get(field);
    if (f === undefined) return undefined;
    // Questions look up the same words again and again (a question's analysis asks several times per word): a lookup
    // in the flat table encodes and hashes the term's bytes, a remembered one is a map look-up.
    let memo = this.termIds[f];
    if (!memo || memo.size >= TERM_ID_MEMO_SIZE) memo = this.termIds[f] = new Map();
    const known = memo.get(term);
    if (known !== undefined) return known < 0 ? undefined : known;
    const id = this.termTable.id(f, term);
    memo.set(term, id ?? -1);
    return id;
  }

  /**
   * The search's cursor arrays, written afresh by each search (its first `count` entries) and kept for the next: a
   * search had grown five arrays of its own by pushing. Its norms are this index's own arrays, so it holds nothing
   * the index does not.
   */
  private readonly cursors: QueryCursors = { count: 0, positions: [], ends: [], weights: [], bounds: [], norms: [] };

  /** Per field number: term ids remembered by term (-1 for none), at most TERM_ID_MEMO_SIZE each. */
  private readonly termIds: Array<Map<string, number> | undefined> = [];
}
