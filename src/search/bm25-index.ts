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

/** The format version of serialised indexes; bump it whenever the layout changes. 2: one binary buffer. */
export const BM25_FORMAT_VERSION = 2;

/** A saved index does not match this code (other format version or analyzer). */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** The JSON form of a Bm25Index: the binary form (see toBuffer) as base64, with its version and signature readable. */
export interface SerializedBm25Index {
  format: number;
  signature: string;
  /** toBuffer() as base64. */
  data: string;
}

/** First bytes of a binary index: "SANADBM" and a zero. */
const MAGIC = Buffer.from('SANADBM\0', 'latin1');
/**
 * Upper bounds are inflated by this factor so that rounding (a bound is computed as w·(tf/(tf+n)), a score as
 * (w·tf)/(tf+n), and partial sums in another order than the final one) can never prune a document that belongs in
 * the top k. Documents within 1e-9 of the threshold are simply scored exactly.
 */
const BOUND_SLACK = 1 + 1e-9;
/** Postings per block for block-max skipping: 2^BLOCK_SHIFT. */
const BLOCK_SHIFT = 7;
const BLOCK_POSTINGS = 1 << BLOCK_SHIFT;

/** Header of the binary form; the arrays follow it, 8-byte aligned. */
interface BinaryHeader {
  signature: string;
  k1: number;
  b: number;
  docCount: number;
  fields: string[];
  /** Terms of each field, in term-id order (term ids run over the fields one after the other). */
  terms: string[][];
  postingCount: number;
}

/** The array itself when long enough, else a copy at least twice as long. */
function growUint32(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const grown = new Uint32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

/** The first position in docs[pos, end) whose document is ≥ target (end if none): galloping, then binary search. */
function advanceTo(docs: Uint32Array, pos: number, end: number, target: number): number {
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

/**
 * An exact BM25 index over several fields. Each field has its own length normalisation and its own document
 * frequencies; a query term names its field and weight, and a document's score is the weighted sum of its BM25
 * term scores, added in query order:
 *
 *   score(d) = Σ_q  w_q · idf(t_q) · (k1 + 1) · tf / (tf + k1 · (1 − b + b · len_f(d) / avglen_f))
 *   idf(t)   = ln(1 + (N − df + 0.5) / (df + 0.5))
 *
 * Postings live in two flat typed arrays (documents ascending, term frequencies), one slice per term. Search is
 * document-at-a-time MaxScore with a bounded heap: terms whose summed upper bounds cannot lift a document above the
 * current k-th score are only probed (galloping search) for documents the other terms bring; nothing is approximated.
 * Build once with Bm25Index.build, search many times; save with toBuffer / fromBuffer (or toJSON / fromJSON).
 */
export class Bm25Index {
  private readonly fieldIds: Map<string, number>;
  private readonly termIds: Array<Map<string, number>>;
  private readonly termField: Uint32Array;
  /** Per field, per document: k1 · (1 − b + b · len / avglen). */
  private readonly norms: Float64Array[];

  private constructor(
    readonly docCount: number,
    readonly options: Required<Bm25Options>,
    readonly signature: string,
    private readonly fields: string[],
    private readonly terms: string[][],
    private readonly fieldLengths: Uint32Array[],
    /** Term t's postings are [offsets[t], offsets[t + 1]). */
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly tfs: Uint16Array,
    /** Per term: the largest tf / (tf + norm) over its postings, the term's upper bound but the weight and idf. */
    private maxFractions: Float64Array | undefined,
    /** Per block of BLOCK_POSTINGS postings of the flat arrays (whatever terms it spans): the largest tf / (tf + norm). */
    private blockMaxFractions: Float64Array | undefined,
  ) {
    this.fieldIds = new Map(fields.map((f, i) => [f, i]));
    this.termIds = [];
    let base = 0;
    const termCount = terms.reduce((sum, list) => sum + list.length, 0);
    this.termField = new Uint32Array(termCount);
    for (let f = 0; f < terms.length; f++) {
      const map = new Map<string, number>();
      const list = terms[f]!;
      for (let i = 0; i < list.length; i++) map.set(list[i]!, base + i);
      this.termField.fill(f, base, base + list.length);
      this.termIds.push(map);
      base += list.length;
    }
    const { k1, b } = options;
    this.norms = fieldLengths.map((lengths) => {
      let sum = 0;
      for (let d = 0; d < lengths.length; d++) sum += lengths[d]!;
      const avg = sum / Math.max(1, docCount) || 1;
      const norm = new Float64Array(docCount);
      for (let d = 0; d < docCount; d++) norm[d] = k1 * (1 - b + (b * lengths[d]!) / avg);
      return norm;
    });
    if (!this.maxFractions) {
      const fractions = new Float64Array(termCount);
      for (let t = 0; t < termCount; t++) {
        const norm = this.norms[this.termField[t]!]!;
        let best = 0;
        for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
          const tf = tfs[i]!;
          const fraction = tf / (tf + norm[docs[i]!]!);
          if (fraction > best) best = fraction;
        }
        fractions[t] = best;
      }
      this.maxFractions = fractions;
    }
    if (!this.blockMaxFractions) {
      const blocks = new Float64Array(Math.ceil(docs.length / BLOCK_POSTINGS));
      for (let t = 0; t < termCount; t++) {
        const norm = this.norms[this.termField[t]!]!;
        for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
          const tf = tfs[i]!;
          const fraction = tf / (tf + norm[docs[i]!]!);
          const block = i >>> BLOCK_SHIFT;
          if (fraction > blocks[block]!) blocks[block] = fraction;
        }
      }
      this.blockMaxFractions = blocks;
    }
  }

  /**
   * Indexes documents (their position is their number). `signature` names the analyzer that made the terms.
   * A term frequency above 65,535 in one document counts as 65,535.
   */
  static build(documents: readonly FieldTerms[], options: Bm25Options = {}, signature = ''): Bm25Index {
    const params = { ...DEFAULT_BM25_OPTIONS, ...options };
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
      pairTerms[f] = new Uint32Array(0);
      pairTfs[f] = new Uint16Array(0);
      base += terms[f]!.length;
    }
    return new Bm25Index(docCount, params, signature, fields, terms, fieldLengths, offsets, docs, tfs, undefined, undefined);
  }

  /** Loads an index saved with toBuffer, refusing one of another format or made by another analyzer. */
  static fromBuffer(buffer: Uint8Array, expectedSignature?: string): Bm25Index {
    const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (bytes.length < 16 || !bytes.subarray(0, 8).equals(MAGIC)) throw new IndexFormatError('not a sanad BM25 index');
    const format = bytes.readUInt32LE(8);
    if (format !== BM25_FORMAT_VERSION) throw new IndexFormatError(`index format ${format} is not ${BM25_FORMAT_VERSION}`);
    const headerLength = bytes.readUInt32LE(12);
    let header: BinaryHeader;
    try {
      header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength)) as BinaryHeader;
    } catch (cause) {
      throw new IndexFormatError('index header is damaged', { cause });
    }
    if (expectedSignature !== undefined && header.signature !== expectedSignature) {
      throw new IndexFormatError('index was built by another analyzer');
    }
    // Typed-array views need aligned offsets; a misaligned input is copied once.
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
    const termCount = header.terms.reduce((sum, list) => sum + list.length, 0);
    let at = align8(16 + headerLength);
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
      if (at + length * width > aligned.length) throw new IndexFormatError('index is truncated');
      const view = make(aligned.buffer as ArrayBuffer, aligned.byteOffset + at, length);
      at = align8(at + length * width);
      return view;
    };
    const maxFractions = take((b, o, n) => new Float64Array(b, o, n), termCount, 8);
    const blockMaxFractions = take((b, o, n) => new Float64Array(b, o, n), Math.ceil(header.postingCount / BLOCK_POSTINGS), 8);
    const fieldLengths = header.fields.map(() => take((b, o, n) => new Uint32Array(b, o, n), header.docCount, 4));
    const offsets = take((b, o, n) => new Uint32Array(b, o, n), termCount + 1, 4);
    const docs = take((b, o, n) => new Uint32Array(b, o, n), header.postingCount, 4);
    const tfs = take((b, o, n) => new Uint16Array(b, o, n), header.postingCount, 2);
    const params = { k1: header.k1, b: header.b };
    return new Bm25Index(header.docCount, params, header.signature, header.fields, header.terms, fieldLengths, offsets, docs, tfs, maxFractions, blockMaxFractions);
  }

  /** Loads an index saved with toJSON, refusing one of another format or made by another analyzer. */
  static fromJSON(data: SerializedBm25Index, expectedSignature?: string): Bm25Index {
    if (data?.format !== BM25_FORMAT_VERSION) {
      throw new IndexFormatError(`index format ${String(data?.format)} is not ${BM25_FORMAT_VERSION}`);
    }
    if (expectedSignature !== undefined && data.signature !== expectedSignature) {
      throw new IndexFormatError('index was built by another analyzer');
    }
    return Bm25Index.fromBuffer(Buffer.from(data.data, 'base64'), expectedSignature);
  }

  /** How many documents contain the term in the field (0 when unknown). */
  documentFrequency(field: string, term: string): number {
    const id = this.termId(field, term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** The inverse document frequency BM25 gives a term (as for a term in no document when unknown). */
  idf(field: string, term: string): number {
    const df = this.documentFrequency(field, term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** The k best documents for the weighted terms, best first; ties go to the lower document number. Exact. */
  search(query: readonly WeightedTerm[], k: number): ScoredDoc[] {
    const limit = Math.floor(k);
    if (!(limit > 0) || this.docCount === 0) return [];
    const { docs, tfs, offsets } = this;
    const k1 = this.options.k1;
    // One cursor per usable query term, in query order (scores are summed in that order).
    const positions: number[] = [];
    const ends: number[] = [];
    const weights: number[] = [];
    const bounds: number[] = [];
    const norms: Float64Array[] = [];
    for (const { field, term, weight } of query) {
      if (!(weight > 0)) continue;
      const id = this.termId(field, term);
      if (id === undefined) continue;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      const df = end - start;
      const idf = Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
      const w = weight * idf * (k1 + 1);
      positions.push(start);
      ends.push(end);
      weights.push(w);
      bounds.push(w * this.maxFractions![id]! * BOUND_SLACK);
      norms.push(this.norms[this.termField[id]!]!);
    }
    const n = positions.length;
    if (n === 0) return [];
    // Cursors by ascending upper bound; the first `essential` of them are non-essential: together they cannot
    // reach the threshold, so a document only they contain is never scored.
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => bounds[x]! - bounds[y]! || x - y);
    const prefixBounds = new Float64Array(n + 1);
    for (let j = 0; j < n; j++) prefixBounds[j + 1] = prefixBounds[j]! + bounds[order[j]!]!;
    const contributions = new Float64Array(n);
    const heapDocs = new Uint32Array(limit);
    const heapScores = new Float64Array(limit);
    let heapSize = 0;
    let threshold = 0;
    let firstEssential = 0;

    const blockMax = this.blockMaxFractions!;
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
          const w = weights[c]! * BOUND_SLACK;
          while (pos < end && (w * blockMax[pos >>> BLOCK_SHIFT]! + others) * BOUND_SLACK <= threshold) {
            pos = Math.min(((pos >>> BLOCK_SHIFT) + 1) << BLOCK_SHIFT, end);
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
          if (pos < ends[c]! && docs[pos] === doc) bound += weights[c]! * blockMax[pos >>> BLOCK_SHIFT]! * BOUND_SLACK;
        }
        if (bound * BOUND_SLACK <= threshold) {
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
        if (heapSize === limit && (partial + prefixBounds[j + 1]!) * BOUND_SLACK <= threshold) {
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
      let score = 0;
      for (let c = 0; c < n; c++) {
        score += contributions[c]!;
        contributions[c] = 0;
      }
      if (pruned || !(score > 0)) continue;
      if (heapSize < limit) {
        heapPush(heapDocs, heapScores, heapSize++, doc, score);
      } else if (score > heapScores[0]!) {
        // Documents come in ascending order, so a newcomer that only ties the k-th score loses the tie.
        heapReplaceTop(heapDocs, heapScores, heapSize, doc, score);
      } else {
        continue;
      }
      if (heapSize === limit && heapScores[0]! !== threshold) {
        threshold = heapScores[0]!;
        while (firstEssential < n && prefixBounds[firstEssential + 1]! * BOUND_SLACK <= threshold) firstEssential++;
        if (firstEssential === n) break;
      }
    }
    const results: ScoredDoc[] = [];
    for (let i = 0; i < heapSize; i++) results.push({ doc: heapDocs[i]!, score: heapScores[i]! });
    return results.sort((x, y) => y.score - x.score || x.doc - y.doc);
  }

  /**
   * The binary form: "SANADBM\0", the format version and header length (uint32 LE), a JSON header (signature,
   * parameters, fields, terms), then 8-byte-aligned arrays: per-term and per-block bounds (float64), per-field lengths,
   * posting offsets and documents (uint32), term frequencies (uint16). Loading it takes no tokenising and no sorting.
   */
  toBuffer(): Buffer {
    const header: BinaryHeader = {
      signature: this.signature, k1: this.options.k1, b: this.options.b, docCount: this.docCount,
      fields: this.fields, terms: this.terms, postingCount: this.docs.length,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const arrays: ArrayBufferView[] = [this.maxFractions!, this.blockMaxFractions!, ...this.fieldLengths, this.offsets, this.docs, this.tfs];
    let size = align8(16 + headerBytes.length);
    for (const array of arrays) size = align8(size + array.byteLength);
    const out = Buffer.alloc(size);
    MAGIC.copy(out, 0);
    out.writeUInt32LE(BM25_FORMAT_VERSION, 8);
    out.writeUInt32LE(headerBytes.length, 12);
    headerBytes.copy(out, 16);
    let at = align8(16 + headerBytes.length);
    for (const array of arrays) {
      out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
      at = align8(at + array.byteLength);
    }
    return out;
  }

  /** The JSON form: the binary form as base64 (prefer toBuffer for large indexes: no base64, no string limit). */
  toJSON(): SerializedBm25Index {
    return { format: BM25_FORMAT_VERSION, signature: this.signature, data: this.toBuffer().toString('base64') };
  }

  private termId(field: string, term: string): number | undefined {
    const f = this.fieldIds.get(field);
    return f === undefined ? undefined : this.termIds[f]!.get(term);
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Whether heap entry (docA, scoreA) ranks below (docB, scoreB): lower score, or the same score and a higher doc. */
function ranksBelow(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}

function heapPush(docs: Uint32Array, scores: Float64Array, size: number, doc: number, score: number): void {
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

function heapReplaceTop(docs: Uint32Array, scores: Float64Array, size: number, doc: number, score: number): void {
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
