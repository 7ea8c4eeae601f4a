import { availableParallelism } from 'node:os';
import { corpusFingerprint, hasCorpusSnapshots, writeCorpusSnapshot } from './documents/corpus-snapshot.js';
import { readSavedCorpus } from './documents/read-saved-corpus.js';
import { documentFileSizes, listDocumentFiles, type CorpusWarning, type LoadedCorpus } from './documents/load-corpus.js';
import { loadCorpusInParallel, PARALLEL_LOAD_MIN_BYTES } from './documents/load-corpus-in-parallel.js';
import { splitPassages } from './documents/split-passages.js';
import { buildIndexInParallel } from './search/build-index-in-parallel.js';
import { loadAndIndexInParallel, type LoadingAndIndexing } from './search/load-and-index-in-parallel.js';
import { prefetchSavedIndex } from './search/prefetch-saved-index.js';
import { cacheWarning, loadSavedIndex, saveIndexInBackground, savedIndexFile, type IndexOrigin } from './search/load-or-build-index.js';
import { createSanad, readCorpusExtras, warmQuestionAnalysis, type Sanad, type SanadOptions } from './sanad.js';
import { storedToSource } from './documents/added-document.js';
import { LiveDocumentLibrary } from './documents/live-document-library.js';
import { liveSanad } from './live-sanad.js';
import { Bm25Index } from './search/bm25-index.js';
import { LiveIndex } from './search/live-index.js';
import { PassageIndex, type PassageIndexOptions } from './search/passage-index.js';
import type { DocumentStore } from './store/document-store.js';
import type { UiLanguage } from './text/detect-ui-language.js';

/** One stage of start-up, as the operator is told it: what it did, with counts and milliseconds. */
export type StartupStage =
  | { stage: 'documents'; documents: number; skipped: CorpusWarning[]; bytes: number; from: 'files' | 'saved copy'; ms: number }
  | { stage: 'passages'; passages: number; ms: number }
  | { stage: 'index'; origin: IndexOrigin; passages: number; workers: number; ms: number };

/** How far a long stage has come (for a progress line on a terminal). */
export interface StartupProgress {
  stage: 'documents' | 'index';
  done: number;
  total: number;
}

/** Options of openSanad. */
export interface OpenSanadOptions extends SanadOptions {
  /**
   * Worker threads that clean documents and analyse passages when there are enough of them to gain from it; 0 does
   * everything in this thread. Default: one per core (os.availableParallelism()).
   */
  workers?: number;
  /** Fewest bytes of document files worth the worker threads. Default PARALLEL_LOAD_MIN_BYTES. */
  minParallelBytes?: number;
  /** Aborting it (a signal during start-up) stops the work at the next step, terminating the workers; rejects with its reason. */
  signal?: AbortSignal;
  onStage?: (stage: StartupStage) => void;
  onProgress?: (progress: StartupProgress) => void;
}

/** The core openSanad opens, and the saved copies it is writing. */
export interface OpenedSanad extends Sanad {
  /**
   * Settles once the saved copies made at this start (the cleaned documents, the index) are on disk, or were not
   * written: with a warning saying why, else undefined. Never rejects. They are written after openSanad resolves,
   * so that the bot answers meanwhile; a process stopped before then leaves no half file under their names.
   */
  readonly saved: Promise<string | undefined>;
}

/**
 * Opens the core for the bots: the same result as loadSanad, for large corpora. With a cache folder, a restart whose
 * document files and loading code are unchanged reads the saved copy of the cleaned documents instead of cleaning
 * them again, and the saved index instead of building it; the files are still read and hashed to know they are
 * unchanged. Cleaning and analysis run in worker threads across the cores. Each stage is reported once done; the
 * saved copies are written afterwards (see OpenedSanad.saved).
 */
export async function openSanad(options: OpenSanadOptions = {}): Promise<OpenedSanad> {
  const corpusDir = options.corpusDir ?? 'corpus';
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const { signal, cacheDir } = options;
  const report = options.onStage ?? (() => undefined);
  signal?.throwIfAborted();

  const saves: Array<(problems: string[]) => Promise<void>> = [];
  let started = performance.now();
  const names = listDocumentFiles(corpusDir);
  const { gazetteer, examples } = readCorpusExtras(corpusDir);
  // With no saved copy of any documents to look up, the fingerprint only names the copy to write: it is taken while
  // the workers clean (below); the workers' shares need only the files' sizes.
  const nothingSaved = !cacheDir || !hasCorpusSnapshots(cacheDir);
  // A restart's saved index is read and checked in a worker meanwhile (stopped below if it is not the one needed).
  let prefetched = cacheDir && !nothingSaved ? prefetchSavedIndex(cacheDir, signal) : undefined;
  const reading = cacheDir && !nothingSaved ? readSavedCorpus(cacheDir, corpusDir, names, options.maxDocumentBytes, signal) : undefined;
  // What questions are analysed with is read on this thread while worker threads read the documents.
  if (reading) warmQuestionAnalysis();
  const saved = await reading;
  let fingerprinted = saved?.fingerprinted;
  const sizes = fingerprinted?.sizes ?? documentFileSizes(corpusDir, names, options.maxDocumentBytes);
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  let corpus: LoadedCorpus | undefined = saved?.corpus;
  const from = corpus ? 'saved copy' : 'files';
  if (!corpus) {
    prefetched?.stop();
    prefetched = undefined;
  }
  const maxBytes = options.maxDocumentBytes === undefined ? {} : { maxBytes: options.maxDocumentBytes };
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  // A first start of a large folder cleans and analyses in the same workers (stopped if a saved index turns up).
  const stopIndexing = new AbortController();
  let indexing: LoadingAndIndexing | undefined;
  const minBytes = options.minParallelBytes ?? PARALLEL_LOAD_MIN_BYTES;
  if (!corpus && workers >= 2 && names.length >= 2 && bytes >= minBytes) {
    indexing = loadAndIndexInParallel(corpusDir, names, gazetteer, {
      workers, sizes, ...maxBytes, ...(options.index?.terms ? { terms: options.index.terms } : {}), ...progress,
      signal: signal ? AbortSignal.any([signal, stopIndexing.signal]) : stopIndexing.signal,
    });
    // Its postings may be abandoned unread: their rejection (the workers stopped) is nobody's error then.
    indexing.postings.catch(() => undefined);
    if (cacheDir) fingerprinted ??= corpusFingerprint(corpusDir, names, options.maxDocumentBytes);
    warmQuestionAnalysis();
    corpus = await indexing.corpus;
  } else if (!corpus) {
    const loading = loadCorpusInParallel(corpusDir, names, { workers, bytes, minBytes, ...maxBytes, ...(signal ? { signal } : {}), ...progress });
    warmQuestionAnalysis();
    corpus = await loading;
  }
  if (from === 'files' && cacheDir) {
    const loaded = corpus;
    const { fingerprint } = fingerprinted ?? corpusFingerprint(corpusDir, names, options.maxDocumentBytes);
    saves.push(() => writeCorpusSnapshot(cacheDir, fingerprint, loaded));
  }
  const { documents, warnings } = corpus;
  report({ stage: 'documents', documents: documents.length, skipped: warnings, bytes, from, ms: performance.now() - started });
  signal?.throwIfAborted();

  started = performance.now();
  const passages = documents.flatMap((doc) => splitPassages(doc));
  report({ stage: 'passages', passages: passages.length, ms: performance.now() - started });
  signal?.throwIfAborted();

  // With the workers above, the index's time is from here to their postings merged: their analysis began earlier.
  started = performance.now();
  const file = cacheDir ? savedIndexFile(cacheDir, passages, gazetteer, options.index) : undefined;
  const problems: string[] = [];
  if (prefetched && prefetched.file !== file) prefetched.stop();
  const savedBytes = prefetched && prefetched.file === file ? await prefetched.bytes : undefined;
  let index = file ? loadSavedIndex(file, documents, passages, gazetteer, options.index, problems, savedBytes) : undefined;
  const origin: IndexOrigin = index ? 'cache' : 'built';
  let used = 0;
  // Each worker knew only its own documents' headlines: two documents of one id (a.txt, a.md) need the whole list.
  if (index || (indexing && new Set(documents.map((d) => d.id)).size !== documents.length)) {
    stopIndexing.abort();
    indexing = undefined;
  }
  if (!index) {
    if (indexing) {
      index = PassageIndex.fromPostings(documents, passages, gazetteer, await indexing.postings, options.index);
      used = Math.min(workers, names.length);
    } else {
      const parallel = await buildIndexInParallel(documents, passages, gazetteer, options.index, { workers, ...(signal ? { signal } : {}), ...progress });
      index = parallel.index;
      used = parallel.workers;
    }
    signal?.throwIfAborted();
    const built = index;
    if (file) saves.push((saveProblems) => saveIndexInBackground(file, built, saveProblems));
  }
  report({ stage: 'index', origin, passages: passages.length, workers: used, ms: performance.now() - started });
  const sanad = createSanad(documents, passages, warnings, index, examples, options, origin);
  const warning = cacheWarning(problems);
  return { ...sanad, ...(warning === undefined ? {} : { indexWarning: warning }), saved: saveAfterReady(saves) };
}

/**
 * Runs the saves one after the other once the caller has its core (after the current turn of the event loop), and
 * settles with a warning for what could not be saved.
 */
async function saveAfterReady(saves: ReadonlyArray<(problems: string[]) => Promise<void>>): Promise<string | undefined> {
  if (saves.length === 0) return undefined;
  await new Promise((resolve) => setImmediate(resolve));
  const problems: string[] = [];
  for (const save of saves) await save(problems);
  return problems.length ? problems.join('; ') : undefined;
}

/** Options of openLiveSanad. */
export interface OpenLiveSanadOptions {
  /** The documents part of the store (openDocumentStore): the documents added from a chat, and their changes. */
  documentStore: DocumentStore;
  /** The corpus folder to watch for files dropped in or removed; default: not watched. */
  corpusDir?: string;
  /** Where merged segments of the live index are saved (the same folder as the corpus's saved index). */
  cacheDir?: string;
  /** Worker threads for large segments. Default 1. */
  workers?: number;
  maxDocumentBytes?: number;
  /** How often the corpus folder is looked at besides its file events. Default 30 s. */
  corpusRescanMs?: number;
  examples?: Partial<Record<UiLanguage, string[]>>;
  minCoverage?: number;
  index?: PassageIndexOptions;
  now?: () => number;
  /** Told what went wrong in the background (the bot runs on). */
  onWarning?: (message: string, error?: unknown) => void;
  onCorpusWarning?: (warning: CorpusWarning) => void;
}

/** The core of a bot whose documents change while it runs. */
export interface LiveCore {
  /** Serves the current collection; the conversation uses it as any Sanad. */
  sanad: Sanad;
  library: LiveDocumentLibrary;
  live: LiveIndex;
  /** Stops following the store and the corpus folder (the document store itself is closed by its opener). */
  close(): Promise<void>;
}

/**
 * Makes a Sanad opened from the corpus (openSanad) live: the documents added from a chat are read from the store
 * and served too (their index loaded from the cache folder when saved for exactly them), and from then on every
 * add and removal, by this instance or another sharing the store, and every file dropped into or removed from the
 * corpus folder, changes what is served without a restart.
 */
export async function openLiveSanad(base: Sanad, options: OpenLiveSanadOptions): Promise<LiveCore> {
  const bm25 = base.index.bm25;
  if (!(bm25 instanceof Bm25Index)) throw new Error('openLiveSanad takes a Sanad opened from the corpus (openSanad or loadSanad)');
  const rows = await options.documentStore.documentChangesSince(0);
  const added = rows.filter((row) => row.removedAt === undefined).map(storedToSource);
  const live = await LiveIndex.open({ documents: base.documents, passages: base.passages, bm25 }, added, {
    gazetteer: base.index.gazetteer, ...(options.index ? { index: options.index } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    workers: options.workers ?? 1, ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  const sanad = liveSanad(live, {
    warnings: base.warnings, examples: options.examples ?? {}, indexOrigin: base.indexOrigin,
    ...(options.minCoverage === undefined ? {} : { options: { minCoverage: options.minCoverage } }),
    ...(base.indexWarning === undefined ? {} : { indexWarning: base.indexWarning }),
  });
  const library = LiveDocumentLibrary.open({
    live, store: options.documentStore,
    ...(options.corpusDir ? { corpusDir: options.corpusDir } : {}),
    ...(options.maxDocumentBytes === undefined ? {} : { maxDocumentBytes: options.maxDocumentBytes }),
    ...(options.corpusRescanMs === undefined ? {} : { corpusRescanMs: options.corpusRescanMs }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    ...(options.onCorpusWarning ? { onCorpusWarning: options.onCorpusWarning } : {}),
  }, rows);
  return {
    sanad, library, live,
    async close() {
      await library.close();
      await live.close();
    },
  };
}
