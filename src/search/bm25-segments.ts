import type { Bm25Collection, Bm25Index, Bm25Options, Bm25Searcher, ScoredDoc, WeightedTerm } from './bm25-index.js';
import { DEFAULT_BM25_OPTIONS } from './bm25-index.js';
import { bm25Idf } from './bm25-statistics.js';

/** One segment of a live index: an index of consecutive passages, some of which may be removed since it was built. */
export interface Bm25Segment {
  index: Bm25Index;
  /** Its document numbers (local) no longer served: never returned by a search. */
  removed?: ReadonlySet<number>;
}

/** Segments this large get their views' norms written into reused arrays (see normBuffersOf). */
const REUSED_NORMS_MIN_DOCS = 10_000;

/** Per large segment: two sets of norm arrays, used in turn by its successive views. */
const normBuffers = new WeakMap<Bm25Index, { sets: Float64Array[][]; next: number }>();

/**
 * The arrays a new view of a large segment writes its norms into: two sets used in turn, so that a change to the
 * collection allocates nothing for the corpus's segment (its norms are megabytes; new ones each time made the
 * garbage collector pause the thread). The view before the current one keeps its norms; one older than that is
 * never searched again (a search runs within one turn of the event loop, on the snapshot served then).
 */
function normBuffersOf(index: Bm25Index): Float64Array[] | undefined {
  if (index.docCount < REUSED_NORMS_MIN_DOCS) return undefined;
  let buffers = normBuffers.get(index);
  if (!buffers) {
    const fields = index.fieldLengthSums().size;
    const make = () => Array.from({ length: fields }, () => new Float64Array(index.docCount));
    normBuffers.set(index, (buffers = { sets: [make(), make()], next: 0 }));
  }
  const set = buffers.sets[buffers.next]!;
  buffers.next = 1 - buffers.next;
  return set;
}

/** Document frequencies kept per snapshot: question terms repeat, and each costs a lookup in every segment. */
const FREQUENCY_CACHE_SIZE = 50_000;

/**
 * Several indexes searched as one (Lucene's segments): the collection statistics (document count, document
 * frequencies, average field lengths) are summed over every segment, each segment is scored with them, and the best
 * of each are merged. A document scores exactly as it would in one index of all the segments' documents, so a new
 * segment of a few added passages changes no score but through the statistics. Document numbers run over the
 * segments one after the other. Removed documents are left out of results but still counted in the statistics until
 * their segment is rebuilt (as Lucene's deletions are until a merge).
 */
export class Bm25Segments implements Bm25Searcher {
  readonly docCount: number;
  readonly options: Required<Bm25Options>;
  private readonly views: Bm25Index[];
  private readonly starts: number[] = [];
  private readonly removed: (ReadonlySet<number> | undefined)[];
  private readonly frequencies = new Map<string, number>();

  constructor(segments: readonly Bm25Segment[]) {
    this.options = segments[0]?.index.options ?? DEFAULT_BM25_OPTIONS;
    let docCount = 0;
    const sums = new Map<string, number>();
    for (const { index } of segments) {
      this.starts.push(docCount);
      docCount += index.docCount;
      for (const [field, sum] of index.fieldLengthSums()) sums.set(field, (sums.get(field) ?? 0) + sum);
    }
    this.docCount = docCount;
    const averageLengths = new Map([...sums].map(([field, sum]) => [field, sum / Math.max(1, docCount)]));
    const collection: Bm25Collection = { docCount, averageLengths, documentFrequency: (field, term) => this.documentFrequency(field, term) };
    this.views = segments.map((s) => (segments.length === 1 ? s.index : s.index.inCollection(collection, normBuffersOf(s.index))));
    this.removed = segments.map((s) => (s.removed?.size ? s.removed : undefined));
    this.segments = segments;
  }

  private readonly segments: readonly Bm25Segment[];

  /** How many documents contain the term in the field, over every segment. */
  documentFrequency(field: string, term: string): number {
    const key = `${field}\u0000${term}`;
    let df = this.frequencies.get(key);
    if (df !== undefined) return df;
    df = 0;
    for (const { index } of this.segments) df += index.ownDocumentFrequency(field, term);
    if (this.frequencies.size >= FREQUENCY_CACHE_SIZE) this.frequencies.clear();
    this.frequencies.set(key, df);
    return df;
  }

  idf(field: string, term: string): number {
    return bm25Idf(this.docCount, this.documentFrequency(field, term));
  }

  /** The k best documents over every segment, best first; ties go to the lower document number. Exact. */
  search(query: readonly WeightedTerm[], k: number): ScoredDoc[] {
    const limit = Math.floor(k);
    if (!(limit > 0)) return [];
    const found: ScoredDoc[] = [];
    this.views.forEach((view, s) => {
      const removed = this.removed[s];
      const start = this.starts[s]!;
      for (const hit of view.search(query, limit + (removed?.size ?? 0))) {
        if (!removed?.has(hit.doc)) found.push({ doc: start + hit.doc, score: hit.score });
      }
    });
    return found.sort((x, y) => y.score - x.score || x.doc - y.doc).slice(0, limit);
  }
}
