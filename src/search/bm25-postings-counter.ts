/** Appends to a Uint32Array or Uint16Array, doubling it when full. */
class GrowingArray<T extends Uint32Array | Uint16Array> {
  length = 0;
  constructor(private array: T, private readonly make: (n: number) => T) {}

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = this.make(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }

  /**
   * The values pushed: a view over the array's own memory, not a copy (the counted postings are merged or sent to
   * another thread, whole memory transferred, then dropped; copying 19 million pairs cost the workers' last second).
   */
  take(): T {
    return this.array.subarray(0, this.length) as T;
  }
}

/** One field's postings as documents are added. */
interface FieldCounts {
  lengths: GrowingArray<Uint32Array>;
  starts: GrowingArray<Uint32Array>;
  pairTerms: GrowingArray<Uint32Array>;
  pairTfs: GrowingArray<Uint16Array>;
  /** Per term id: the documents that have it. */
  docCounts: Uint32Array<ArrayBuffer>;
}

/** What a PostingsCounter has counted: a PartialPostings' arrays, per field (see PartialPostings). */
export interface CountedPostings {
  docCount: number;
  fieldLengths: Uint32Array[];
  pairStarts: Uint32Array[];
  pairTerms: Uint32Array[];
  pairTfs: Uint16Array[];
  /** Per field, per term id: the documents that have it. */
  termDocCounts: Uint32Array[];
}

/**
 * Counts documents' term ids into (document, term, frequency) pairs, field by field, document by document: the
 * numeric half of a PartialPostings, for whoever numbers the terms (PartialPostingsBuilder from strings, the index
 * workers from each distinct word's ids). A document's pairs keep the order of its terms' first occurrence.
 */
export class PostingsCounter {
  private readonly fields: FieldCounts[] = [];
  private docCount = 0;
  private counts: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private readonly seen: number[] = [];

  constructor(fieldCount: number) {
    for (let f = 0; f < fieldCount; f++) {
      const starts = new GrowingArray(new Uint32Array(1024), (n) => new Uint32Array(n));
      starts.push(0);
      this.fields.push({
        lengths: new GrowingArray(new Uint32Array(1024), (n) => new Uint32Array(n)), starts,
        pairTerms: new GrowingArray(new Uint32Array(4096), (n) => new Uint32Array(n)), pairTfs: new GrowingArray(new Uint16Array(4096), (n) => new Uint16Array(n)),
        docCounts: new Uint32Array(1024),
      });
    }
  }

  /** Adds the next document: per field, the ids of its terms, the first `lengths[f]` of `ids[f]`. */
  add(ids: readonly ArrayLike<number>[], lengths: ArrayLike<number>): void {
    const { seen } = this;
    for (let f = 0; f < this.fields.length; f++) {
      const field = this.fields[f]!;
      const terms = ids[f]!;
      const length = lengths[f]!;
      field.lengths.push(length);
      seen.length = 0;
      for (let i = 0; i < length; i++) {
        const id = terms[i]!;
        if (id >= this.counts.length) this.growCounts(id);
        if (this.counts[id] === 0) seen.push(id);
        this.counts[id]!++;
      }
      for (const id of seen) {
        if (id >= field.docCounts.length) field.docCounts = grown(field.docCounts, this.counts.length);
        field.docCounts[id]!++;
        field.pairTerms.push(id);
        field.pairTfs.push(Math.min(this.counts[id]!, 0xffff));
        this.counts[id] = 0;
      }
      field.starts.push(field.pairTerms.length);
    }
    this.docCount++;
  }

  private growCounts(id: number): void {
    let size = this.counts.length * 2;
    while (size <= id) size *= 2;
    this.counts = grown(this.counts, size);
  }

  /** The pairs of every document added; `termCounts`: per field, how many term ids were given (all of them occur). */
  finish(termCounts: readonly number[]): CountedPostings {
    return {
      docCount: this.docCount,
      termDocCounts: this.fields.map((b, f) => grown(b.docCounts, termCounts[f]!).slice(0, termCounts[f])),
      fieldLengths: this.fields.map((b) => b.lengths.take()),
      pairStarts: this.fields.map((b) => b.starts.take()),
      pairTerms: this.fields.map((b) => b.pairTerms.take()),
      pairTfs: this.fields.map((b) => b.pairTfs.take()),
    };
  }
}

/** The array copied into one of `size` (at least its own size). */
function grown(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const copy = new Uint32Array(size);
  copy.set(array);
  return copy;
}
