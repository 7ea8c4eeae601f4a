import { readFile } from 'node:fs/promises';
import type { Passage, SourceDocument } from '../documents/document.js';
import { splitPassages } from '../documents/split-passages.js';
import type { Bm25Index } from './bm25-index.js';
import { Bm25Segments } from './bm25-segments.js';
import { AnalysisThread } from './analysis-thread.js';
import { buildSegment, OFF_THREAD_MIN_PASSAGES } from './build-segment.js';
import { PARALLEL_INDEX_MIN_PASSAGES } from './build-index-in-parallel.js';
import type { Gazetteer } from './gazetteer.js';
import { savedIndexFile } from './load-or-build-index.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** One segment: consecutive passages indexed together, and which of its documents are no longer served. */
interface Segment {
  /** The corpus as opened (rebuilt when files are removed), or a few documents added since (merged now and then). */
  kind: 'base' | 'small';
  documents: readonly SourceDocument[];
  passages: readonly Passage[];
  bm25: Bm25Index;
  passageById: ReadonlyMap<string, Passage>;
  removed: ReadonlySet<string>;
  /** Local numbers of the removed documents' passages. */
  removedNumbers: ReadonlySet<number>;
}

/** The collection served at one moment: never changed once made; a change makes the next one. */
export interface LiveSnapshot {
  /** Counts the changes since opening. */
  readonly version: number;
  /** The documents served, the corpus's first. */
  readonly documents: readonly SourceDocument[];
  readonly index: PassageIndex;
  /** The passages served (computed on first use). */
  readonly passages: readonly Passage[];
  passage(id: string): Passage | undefined;
  document(id: string): SourceDocument | undefined;
  /** How many passages a served document has (0 when not served). */
  passageCount(docId: string): number;
}

/** Options of a LiveIndex. */
export interface LiveIndexOptions {
  gazetteer: Gazetteer;
  index?: PassageIndexOptions;
  /** Where merged segments are saved, under their passages' signature (as the corpus's index). Default: not saved. */
  cacheDir?: string;
  /** Worker threads for large segments. Default 1. */
  workers?: number;
  /**
   * Analyse added documents in a worker thread kept for it, so that questions are not held up (a small document is
   * otherwise analysed in this thread). Default true.
   */
  analysisThread?: boolean;
  /** Segments of added documents kept apart before they are merged into one. Default 4. */
  maxSmallSegments?: number;
  /** Told each new snapshot once it is served. */
  onSwap?: (snapshot: LiveSnapshot) => void;
  /** Told what went wrong in the background (a merge or a save failed; the served snapshot is unaffected). */
  onWarning?: (message: string) => void;
}

const segmentOf = (kind: Segment['kind'], documents: readonly SourceDocument[], passages: readonly Passage[], bm25: Bm25Index): Segment => ({
  kind, documents, passages, bm25, passageById: new Map(passages.map((p) => [p.id, p])), removed: new Set(), removedNumbers: new Set(),
});

/** A segment with more of its documents removed. */
function withRemoved(segment: Segment, ids: ReadonlySet<string>): Segment {
  const removed = new Set(segment.removed);
  for (const id of ids) removed.add(id);
  const removedNumbers = new Set(segment.removedNumbers);
  segment.passages.forEach((p, n) => removed.has(p.docId) && removedNumbers.add(n));
  return { ...segment, removed, removedNumbers };
}

/** The served snapshot of segments. */
function snapshotOf(
  segments: readonly Segment[], allPassages: readonly Passage[], version: number, gazetteer: Gazetteer, options: PassageIndexOptions,
  previous?: PassageIndex,
): LiveSnapshot {
  const searcher = new Bm25Segments(segments.map((s) => ({ index: s.bm25, removed: s.removedNumbers })));
  const documents = segments.flatMap((s) => s.documents.filter((d) => !s.removed.has(d.id)));
  const segmentOfDoc = new Map<string, Segment>();
  for (const s of segments) for (const d of s.documents) if (!s.removed.has(d.id)) segmentOfDoc.set(d.id, s);
  const docById = new Map(documents.map((d) => [d.id, d]));
  // Document numbers run over every segment's passages, removed ones included (they are never returned).
  const index = PassageIndex.fromSearcher(documents, allPassages, gazetteer, searcher, options, previous);
  let served: Passage[] | undefined;
  let counts: Map<string, number> | undefined;
  return {
    version, documents, index,
    get passages() {
      return (served ??= segments.flatMap((s) => (s.removed.size ? s.passages.filter((p) => !s.removed.has(p.docId)) : s.passages)));
    },
    passage: (id) => segmentOfDoc.get(id.slice(0, id.lastIndexOf('#')))?.passageById.get(id),
    document: (id) => docById.get(id),
    passageCount(docId) {
      if (!counts) {
        counts = new Map();
        for (const s of segments) for (const p of s.passages) if (!s.removed.has(p.docId)) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
      }
      return counts.get(docId) ?? 0;
    },
  };
}

/** The passages of documents, in order. */
export const passagesOf = (documents: readonly SourceDocument[]): Passage[] => documents.flatMap((d) => splitPassages(d));

/**
 * The index the bots answer from, changing without a restart: a document added becomes a small segment of its own
 * (analysed in this thread when small, in a worker when large) searched with the others under shared statistics
 * (Bm25Segments), so it is answerable as soon as add resolves; a removed one is left out of every search at once.
 * Each change makes a new snapshot, swapped in whole: a question in flight finishes on the one it started with.
 * Now and then, off the answer path, the small segments are merged into one (and a corpus segment with removed
 * files rebuilt), which also brings removed documents out of the statistics; a merged segment is saved under the
 * signature of its passages, so a restart serving the same documents loads it instead of analysing them again.
 * Changes are applied one at a time, in the order asked.
 */
export class LiveIndex {
  private segments: Segment[];
  /**
   * Every segment's passages one after the other (document numbers): appended to when a segment is added, so that
   * an add does not copy the corpus's passages; made anew when segments are merged. A snapshot reads only the part
   * its own segments span.
   */
  private allPassages: Passage[];
  private snapshot: LiveSnapshot;
  private queue: Promise<unknown> = Promise.resolve();
  private mergeTimer?: NodeJS.Timeout;
  private closed = false;
  private readonly analysis?: AnalysisThread;

  private constructor(segments: Segment[], private readonly options: LiveIndexOptions) {
    if (options.analysisThread ?? true) {
      this.analysis = new AnalysisThread(options.gazetteer, options.index);
      this.analysis.warmUp();
    }
    this.segments = segments;
    this.allPassages = segments.flatMap((s) => s.passages);
    this.snapshot = snapshotOf(segments, this.allPassages, 0, options.gazetteer, options.index ?? {});
  }

  /**
   * The live index of a corpus already indexed (`base`) and of documents added before (their segment loaded from
   * the cache folder when saved for exactly them, else built).
   */
  static async open(base: { documents: readonly SourceDocument[]; passages: readonly Passage[]; bm25: Bm25Index }, added: readonly SourceDocument[], options: LiveIndexOptions): Promise<LiveIndex> {
    const segments = [segmentOf('base', base.documents, base.passages, base.bm25)];
    if (added.length) {
      const passages = passagesOf(added);
      const bm25 = (await loadSegment(options, passages)) ?? (await buildSegment(added, passages, options.gazetteer, options.index, { workers: options.workers ?? 1 }));
      segments.push(segmentOf('small', added, passages, bm25));
      void saveSegment(options, passages, bm25);
    }
    return new LiveIndex(segments, options);
  }

  /** The snapshot served now. */
  get current(): LiveSnapshot {
    return this.snapshot;
  }

  /** Serves these documents too (one served under the same id is replaced); resolves once they are answerable. */
  add(documents: readonly SourceDocument[]): Promise<LiveSnapshot> {
    return this.change(async () => {
      const fresh = documents.filter((d) => d.paragraphs.length > 0);
      const passages = passagesOf(fresh);
      const bm25 = this.analysis && passages.length < OFF_THREAD_MIN_PASSAGES
        // A failed worker costs the analysis in this thread, not the add.
        ? await this.analysis.buildBm25(fresh, passages).catch(() => PassageIndex.buildBm25(fresh, passages, this.options.gazetteer, this.options.index))
        : await buildSegment(fresh, passages, this.options.gazetteer, this.options.index, { workers: this.options.workers ?? 1 });
      const replaced = new Set(fresh.map((d) => d.id));
      const segments = this.segments.map((s) => (s.documents.some((d) => replaced.has(d.id) && !s.removed.has(d.id)) ? withRemoved(s, replaced) : s));
      if (fresh.length) segments.push(segmentOf('small', fresh, passages, bm25));
      return segments;
    });
  }

  /** Stops serving these documents; resolves once no answer cites them. */
  remove(ids: readonly string[]): Promise<LiveSnapshot> {
    return this.change(async () => {
      const gone = new Set(ids);
      return this.segments.map((s) => (s.documents.some((d) => gone.has(d.id) && !s.removed.has(d.id)) ? withRemoved(s, gone) : s));
    });
  }

  /**
   * Merges the small segments into one and rebuilds a segment with removed documents, then saves what was
   * rebuilt. Runs on its own a moment after changes; call it to wait for it (tests, a restart check).
   */
  merge(): Promise<LiveSnapshot> {
    clearTimeout(this.mergeTimer);
    return this.change(async () => {
      const segments: Segment[] = [];
      const small = this.segments.filter((s) => s.kind === 'small');
      for (const s of this.segments.filter((x) => x.kind === 'base')) segments.push(s.removed.size ? await this.rebuild('base', [s]) : s);
      if (small.length > 1 || small.some((s) => s.removed.size)) segments.push(await this.rebuild('small', small));
      else segments.push(...small);
      return segments.filter((s) => s.kind === 'base' || s.documents.length > 0);
    }, false);
  }

  /** Waits for the changes asked so far. */
  async settled(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /** Stops merging in the background; waits for a change under way. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.mergeTimer);
    await this.settled();
    await this.analysis?.close();
  }

  private async rebuild(kind: Segment['kind'], from: readonly Segment[]): Promise<Segment> {
    const documents = from.flatMap((s) => s.documents.filter((d) => !s.removed.has(d.id)));
    const passages = from.flatMap((s) => (s.removed.size ? s.passages.filter((p) => !s.removed.has(p.docId)) : s.passages));
    const bm25 = (await loadSegment(this.options, passages))
      ?? (this.analysis && passages.length < PARALLEL_INDEX_MIN_PASSAGES
        ? await this.analysis.buildBm25(documents, passages)
        : await buildSegment(documents, passages, this.options.gazetteer, this.options.index, { workers: this.options.workers ?? 1, offThreadMinPassages: 1 }));
    await saveSegment(this.options, passages, bm25);
    return segmentOf(kind, documents, passages, bm25);
  }

  private change(make: () => Promise<Segment[]>, mergeLater = true): Promise<LiveSnapshot> {
    const run = this.queue.then(async () => {
      const before = this.segments;
      this.segments = await make();
      const appended = before.length <= this.segments.length && before.every((s, i) => this.segments[i]!.passages === s.passages);
      if (appended) for (const segment of this.segments.slice(before.length)) for (const p of segment.passages) this.allPassages.push(p);
      else this.allPassages = this.segments.flatMap((s) => s.passages);
      // Documents served before under an id now served again (a changed file, an add after a removal): new text.
      const readded = new Set(this.segments.slice(before.length).flatMap((seg) => seg.documents.map((d) => d.id)));
      if (readded.size) this.snapshot.index.forgetAnalyses(readded);
      this.snapshot = snapshotOf(this.segments, this.allPassages, this.snapshot.version + 1, this.options.gazetteer, this.options.index ?? {}, this.snapshot.index);
      this.options.onSwap?.(this.snapshot);
      if (mergeLater) this.scheduleMerge();
      return this.snapshot;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A merge a moment after the last change when there is something to merge; its failure is only a warning. */
  private scheduleMerge(): void {
    const small = this.segments.filter((s) => s.kind === 'small');
    const due = small.length > (this.options.maxSmallSegments ?? 4) || this.segments.some((s) => s.removed.size > 0);
    if (!due || this.closed) return;
    clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => {
      if (!this.closed) this.merge().catch((error: unknown) => this.options.onWarning?.(`live index: merging segments failed (${String(error)}); serving them unmerged`));
    }, MERGE_DELAY_MS);
    this.mergeTimer.unref();
  }
}

/** How long after the last change segments are merged: a burst of adds is merged once. */
export const MERGE_DELAY_MS = 2_000;

/** A segment saved for exactly these passages, if any. */
async function loadSegment(options: LiveIndexOptions, passages: readonly Passage[]): Promise<Bm25Index | undefined> {
  if (!options.cacheDir || passages.length === 0) return undefined;
  try {
    return PassageIndex.bm25FromBuffer(await readFile(savedIndexFile(options.cacheDir, passages, options.gazetteer, options.index)), passages, options.gazetteer, options.index);
  } catch {
    return undefined;
  }
}

/** Saves a segment under its passages' signature (write, then rename); a failure only costs a rebuild later. */
async function saveSegment(options: LiveIndexOptions, passages: readonly Passage[], bm25: Bm25Index): Promise<void> {
  if (!options.cacheDir || passages.length === 0) return;
  const file = savedIndexFile(options.cacheDir, passages, options.gazetteer, options.index);
  try {
    await writeFileAtomically(file, bm25.toBuffer());
  } catch (error) {
    options.onWarning?.(`live index: segment not saved under ${options.cacheDir} (${String(error)})`);
  }
}
