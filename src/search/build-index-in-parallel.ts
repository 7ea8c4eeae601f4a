import type { Passage, SourceDocument } from '../documents/document.js';
import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import type { TermOptions } from './analyzer-config.js';
import { mergePartialPostings, type PartialPostings } from './bm25-partial-postings.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

/** Below this many passages, starting workers costs more than analysing in this thread. */
export const PARALLEL_INDEX_MIN_PASSAGES = 5000;

/** What one index worker is given: its run of passages, and what the analysis needs. */
export interface IndexWorkerInput {
  texts: string[];
  docIds: string[];
  titleStems: Array<[string, string[]]>;
  /** The gazetteer's entries (it is rebuilt in the worker). */
  gazetteer: unknown[];
  terms?: Partial<TermOptions>;
}

/** Options of buildIndexInParallel. */
export interface BuildIndexInParallelOptions {
  /** Worker threads at most; 0 or 1 builds in this thread. */
  workers: number;
  /** Fewest passages worth the workers. Default PARALLEL_INDEX_MIN_PASSAGES. */
  minPassages?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { stage: 'index'; done: number; total: number }) => void;
}

/**
 * PassageIndex.build across worker threads: the passages are cut into as many consecutive runs as workers, each
 * worker analyses its run and builds its postings, and this thread merges them in order. The index is the same,
 * array for array, as PassageIndex.build's. Fewer than PARALLEL_INDEX_MIN_PASSAGES passages are indexed here.
 */
export async function buildIndexInParallel(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  { workers, minPassages = PARALLEL_INDEX_MIN_PASSAGES, signal, onProgress }: BuildIndexInParallelOptions = { workers: 0 },
): Promise<{ index: PassageIndex; workers: number }> {
  const count = Math.min(workers, passages.length);
  if (count < 2 || passages.length < minPassages) {
    return { index: PassageIndex.build(documents, passages, gazetteer, options), workers: 0 };
  }
  const titleStems = [...PassageIndex.titleStems(documents, gazetteer, options)];
  const size = Math.ceil(passages.length / count);
  const inputs: IndexWorkerInput[] = Array.from({ length: count }, (_, w) => {
    const run = passages.slice(w * size, (w + 1) * size);
    return { texts: run.map((p) => p.text), docIds: run.map((p) => p.docId), titleStems, gazetteer: [...gazetteer.entries], ...(options.terms ? { terms: options.terms } : {}) };
  });
  let done = 0;
  const parts = await runWorkers<IndexWorkerInput, PartialPostings>(siblingScript(import.meta.url, 'index-worker'), inputs, {
    ...(signal ? { signal } : {}), onProgress: (n) => onProgress?.({ stage: 'index', done: (done += n), total: passages.length }),
  });
  signal?.throwIfAborted();
  return { index: PassageIndex.fromPostings(documents, passages, gazetteer, mergePartialPostings(parts), options), workers: count };
}
