import { collectLoadedFiles, type LoadedCorpus, type LoadedFile } from '../documents/load-corpus.js';
import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import type { TermOptions } from './analyzer-config.js';
import { mergePartialPostings, type PartialPostings } from './bm25-partial-postings.js';
import type { FlatPostings } from './bm25-postings.js';
import type { Gazetteer } from './gazetteer.js';

/** What one worker of loadAndIndexInParallel is given: its run of files, and what cleaning and analysis need. */
export interface LoadAndIndexWorkerInput {
  dir: string;
  names: string[];
  maxBytes?: number;
  /** The gazetteer's entries (it is rebuilt in the worker). */
  gazetteer: unknown[];
  terms?: Partial<TermOptions>;
}

/** What a worker posts before its postings: its files as loaded, its passage count, then passages analysed since. */
export type LoadAndIndexPartial = { files: LoadedFile[] } | { passages: number } | { indexed: number };

/** Options of loadAndIndexInParallel. */
export interface LoadAndIndexInParallelOptions {
  /** Worker threads (at least 2; fewer files, fewer workers). */
  workers: number;
  /** Each file's size in bytes (corpusFingerprint's sizes), to give every worker about as many bytes. */
  sizes: readonly number[];
  maxBytes?: number;
  terms?: Partial<TermOptions>;
  /** Aborting it stops the workers; both promises then reject with its reason. */
  signal?: AbortSignal;
  onProgress?: (progress: { stage: 'documents' | 'index'; done: number; total: number }) => void;
}

/** The corpus as soon as every file is cleaned, and the postings of its passages once they are analysed. */
export interface LoadingAndIndexing {
  corpus: Promise<LoadedCorpus>;
  /**
   * The postings of the corpus's passages (splitPassages of each document, in order), as buildFlatPostings lays
   * them out over passageFields(termsOfText(…)) with each document's headline stems. Valid only when no two
   * documents share an id (each worker knows only its own documents' headlines); check before using them.
   */
  postings: Promise<FlatPostings>;
}

/**
 * The first start's cleaning and indexing in the same worker threads: each worker loads a consecutive run of the
 * files (about as many bytes each), posts the documents back, then splits and analyses their passages into partial
 * postings, merged here in order. Nothing crosses threads twice, and a worker starts analysing as soon as its own
 * files are clean. The corpus is loadCorpus's; the postings are PassageIndex.build's.
 */
export function loadAndIndexInParallel(dir: string, names: readonly string[], gazetteer: Gazetteer, options: LoadAndIndexInParallelOptions): LoadingAndIndexing {
  const runs = consecutiveRuns(options.sizes, Math.min(options.workers, names.length));
  const inputs: LoadAndIndexWorkerInput[] = runs.map(([from, to]) => ({
    dir, names: names.slice(from, to), gazetteer: [...gazetteer.entries],
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }), ...(options.terms ? { terms: options.terms } : {}),
  }));
  const files: Array<LoadedFile[] | undefined> = inputs.map(() => undefined);
  let filesDone = 0;
  let indexed = 0;
  let passages = 0;
  let resolveCorpus!: (corpus: LoadedCorpus) => void;
  const corpus = new Promise<LoadedCorpus>((resolve) => (resolveCorpus = resolve));
  const parts = runWorkers<LoadAndIndexWorkerInput, PartialPostings>(siblingScript(import.meta.url, 'load-and-index-worker'), inputs, {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (n) => options.onProgress?.({ stage: 'documents', done: (filesDone += n), total: names.length }),
    onPartial: (worker, partial) => {
      const message = partial as LoadAndIndexPartial;
      if ('passages' in message) passages += message.passages;
      else if ('indexed' in message) options.onProgress?.({ stage: 'index', done: (indexed += message.indexed), total: passages });
      else {
        files[worker] = message.files;
        if (files.every(Boolean)) resolveCorpus(collectLoadedFiles(files.flat() as LoadedFile[]));
      }
    },
  });
  return {
    // A worker that fails before posting its files rejects the corpus too.
    corpus: Promise.race([corpus, parts.then(() => corpus)]),
    postings: parts.then((p) => mergePartialPostings(p)),
  };
}

/** Cuts files of these sizes into `count` consecutive runs of about equal bytes, as [from, to) ranges. */
export function consecutiveRuns(sizes: readonly number[], count: number): Array<[number, number]> {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const runs: Array<[number, number]> = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < count; r++) {
    let to = from;
    // Take files until this run reaches its share of the bytes, leaving at least one file per later run.
    const goal = (total * (r + 1)) / count;
    while (to < sizes.length - (count - r - 1) && (to === from || bytes + sizes[to]! / 2 <= goal || r === count - 1)) bytes += sizes[to++]!;
    runs.push([from, to]);
    from = to;
  }
  return runs;
}
