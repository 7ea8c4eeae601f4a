import type { Passage, SourceDocument } from '../documents/document.js';
import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import type { Bm25Index } from './bm25-index.js';
import { mergePartialPostings, type PartialPostings } from './bm25-partial-postings.js';
import { PARALLEL_INDEX_MIN_PASSAGES, type IndexWorkerInput } from './build-index-in-parallel.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

/**
 * Fewer passages than this are analysed in this thread: an article of a few dozen passages takes milliseconds, less
 * than starting a worker. More (a batch of articles, a segment being merged) go to a worker thread so that questions
 * are not held up meanwhile.
 */
export const OFF_THREAD_MIN_PASSAGES = 200;

/** Options of buildSegment. */
export interface BuildSegmentOptions {
  /** Worker threads for a large segment (as buildIndexInParallel). Default 1. */
  workers?: number;
  /** Fewest passages analysed in a worker thread. Default OFF_THREAD_MIN_PASSAGES. */
  offThreadMinPassages?: number;
}

/**
 * The BM25 index of one segment of a live index: exactly PassageIndex.build's for these passages, made in this
 * thread when small and in worker threads when large (only merging their postings is done here).
 */
export async function buildSegment(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  { workers = 1, offThreadMinPassages = OFF_THREAD_MIN_PASSAGES }: BuildSegmentOptions = {},
): Promise<Bm25Index> {
  if (passages.length < offThreadMinPassages || workers < 1) return PassageIndex.buildBm25(documents, passages, gazetteer, options);
  // As buildIndexInParallel: consecutive runs, one per worker, merged in order (one worker for a small segment).
  const count = passages.length >= PARALLEL_INDEX_MIN_PASSAGES ? Math.max(1, workers) : 1;
  const titleStems = [...PassageIndex.titleStems(documents, gazetteer, options)];
  const size = Math.ceil(passages.length / count);
  const inputs: IndexWorkerInput[] = Array.from({ length: count }, (_, w) => {
    const run = passages.slice(w * size, (w + 1) * size);
    return { texts: run.map((p) => p.text), docIds: run.map((p) => p.docId), titleStems, gazetteer: [...gazetteer.entries], ...(options.terms ? { terms: options.terms } : {}) };
  });
  const parts = await runWorkers<IndexWorkerInput, PartialPostings>(siblingScript(import.meta.url, 'index-worker'), inputs);
  return PassageIndex.bm25FromPostings(passages, gazetteer, mergePartialPostings(parts), options);
}
