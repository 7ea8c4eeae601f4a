/** BM25 parameters. */
export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation, 0 (none) to 1 (full). Default 0.75. */
  b?: number;
}

/** Default BM25 parameters (Lucene's). */
export const DEFAULT_BM25_OPTIONS: Required<Bm25Options> = { k1: 1.2, b: 0.75 };

/** The terms of one document, per field. */
export type FieldTerms = Record<string, readonly string[]>;

/** A query term: which field, which term, how much it counts. */
export interface WeightedTerm {
  field: string;
  term: string;
  weight: number;
}

/** A ranked document. */
export interface ScoredDoc {
  doc: number;
  score: number;
}

/** The format version of serialised indexes; bump it whenever the layout changes. */
export const BM25_FORMAT_VERSION = 1;

/** A saved index does not match this code (other format version or analyzer). */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
  /** idf × saturated, length-normalised tf: the whole BM25 term score but the query weight. */
  impacts: Float32Array;
}

/** The serialised form of a Bm25Index. */
export interface SerializedBm25Index {
  format: number;
  signature: string;
  k1: number;
  b: number;
  docCount: number;
  fields: string[];
  fieldLengths: string[];
  terms: string[];
  docs: string[];
  tfs: string[];
}

const SEP = '\u0001';

function toBase64(array: Int32Array | Uint16Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}
function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

/**
 * An exact BM25 index over several fields. Each field has its own length normalisation and its own document
 * frequencies; a query term names its field and weight, and a document's score is the weighted sum of its BM25
 * term scores. Build once with Bm25Index.build, search many times; serialise with toJSON / fromJSON.
 */
export class Bm25Index {
  private readonly termIds: Map<string, number>;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  private constructor(
    readonly docCount: number,
    readonly options: Required<Bm25Options>,
    readonly signature: string,
    private readonly fields: string[],
    private readonly fieldLengths: Uint16Array[],
    private readonly termKeys: string[],
    private readonly postings: Postings[],
  ) {
    this.termIds = new Map(termKeys.map((key, id) => [key, id]));
    this.scores = new Float64Array(docCount);
    this.touched = new Int32Array(docCount);
  }

  /** Indexes documents (their position is their number). `signature` names the analyzer that made the terms. */
  static build(documents: readonly FieldTerms[], options: Bm25Options = {}, signature = ''): Bm25Index {
    const params = { ...DEFAULT_BM25_OPTIONS, ...options };
    const fields = [...new Set(documents.flatMap((d) => Object.keys(d)))].sort();
    const fieldLengths = fields.map(() => new Uint16Array(documents.length));
    const byTerm = new Map<string, { docs: number[]; tfs: number[] }>();
    documents.forEach((doc, docNo) => {
      fields.forEach((field, f) => {
        const terms = doc[field] ?? [];
        fieldLengths[f]![docNo] = Math.min(terms.length, 0xffff);
        const counts = new Map<string, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, tf] of counts) {
          const key = field + SEP + term;
          let entry = byTerm.get(key);
          if (!entry) byTerm.set(key, (entry = { docs: [], tfs: [] }));
          entry.docs.push(docNo);
          entry.tfs.push(Math.min(tf, 0xffff));
        }
      });
    });
    const termKeys = [...byTerm.keys()].sort();
    const raw = termKeys.map((key) => {
      const entry = byTerm.get(key)!;
      return { docs: Int32Array.from(entry.docs), tfs: Uint16Array.from(entry.tfs) };
    });
    return Bm25Index.assemble(documents.length, params, signature, fields, fieldLengths, termKeys, raw);
  }

  /** Loads a serialised index, refusing one of another format or made by another analyzer. */
  static fromJSON(data: SerializedBm25Index, expectedSignature?: string): Bm25Index {
    if (data?.format !== BM25_FORMAT_VERSION) {
      throw new IndexFormatError(`index format ${String(data?.format)} is not ${BM25_FORMAT_VERSION}`);
    }
    if (expectedSignature !== undefined && data.signature !== expectedSignature) {
      throw new IndexFormatError('index was built by another analyzer');
    }
    const fieldLengths = data.fieldLengths.map((s) => fromBase64(s, (b) => new Uint16Array(b)));
    const raw = data.terms.map((_, i) => ({
      docs: fromBase64(data.docs[i]!, (b) => new Int32Array(b)),
      tfs: fromBase64(data.tfs[i]!, (b) => new Uint16Array(b)),
    }));
    return Bm25Index.assemble(data.docCount, { k1: data.k1, b: data.b }, data.signature, data.fields, fieldLengths, data.terms, raw);
  }

  private static assemble(
    docCount: number, params: Required<Bm25Options>, signature: string, fields: string[], fieldLengths: Uint16Array[],
    termKeys: string[], raw: Array<{ docs: Int32Array; tfs: Uint16Array }>,
  ): Bm25Index {
    const { k1, b } = params;
    const fieldIndex = new Map(fields.map((f, i) => [f, i]));
    const averages = fieldLengths.map((lengths) => lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, docCount) || 1);
    const postings = raw.map(({ docs, tfs }, t) => {
      const f = fieldIndex.get(termKeys[t]!.slice(0, termKeys[t]!.indexOf(SEP)))!;
      const lengths = fieldLengths[f]!;
      const avg = averages[f]!;
      const idf = Math.log(1 + (docCount - docs.length + 0.5) / (docs.length + 0.5));
      const impacts = new Float32Array(docs.length);
      for (let i = 0; i < docs.length; i++) {
        const tf = tfs[i]!;
        impacts[i] = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[docs[i]!]!) / avg));
      }
      return { docs, tfs, impacts };
    });
    return new Bm25Index(docCount, params, signature, fields, fieldLengths, termKeys, postings);
  }

  /** How many documents contain the term in the field (0 when unknown). */
  documentFrequency(field: string, term: string): number {
    const id = this.termIds.get(field + SEP + term);
    return id === undefined ? 0 : this.postings[id]!.docs.length;
  }

  /** The inverse document frequency BM25 gives a term (as for a term in no document when unknown). */
  idf(field: string, term: string): number {
    const df = this.documentFrequency(field, term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** The k best documents for the weighted terms, best first; ties go to the lower document number. Exact. */
  search(query: readonly WeightedTerm[], k: number): ScoredDoc[] {
    const { scores, touched } = this;
    let touchedCount = 0;
    for (const { field, term, weight } of query) {
      const id = this.termIds.get(field + SEP + term);
      if (id === undefined || !(weight > 0)) continue;
      const { docs, impacts } = this.postings[id]!;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc]! += weight * impacts[i]!;
      }
    }
    const results: ScoredDoc[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const score = scores[doc]!;
      scores[doc] = 0;
      if (score > 0) results.push({ doc, score });
    }
    results.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return results.slice(0, Math.max(0, k));
  }

  /** The serialisable form: typed arrays as base64, impacts recomputed on load. */
  toJSON(): SerializedBm25Index {
    return {
      format: BM25_FORMAT_VERSION,
      signature: this.signature,
      k1: this.options.k1,
      b: this.options.b,
      docCount: this.docCount,
      fields: this.fields,
      fieldLengths: this.fieldLengths.map(toBase64),
      terms: this.termKeys,
      docs: this.postings.map((p) => toBase64(p.docs)),
      tfs: this.postings.map((p) => toBase64(p.tfs)),
    };
  }
}
