import { siblingScript, runWorkers } from '../parallel/run-workers.js';
import { collectLoadedFiles, loadDocumentFile, type LoadedCorpus, type LoadedFile } from './load-corpus.js';

/** Below this many bytes of documents, starting workers costs more than cleaning in this thread. */
export const PARALLEL_LOAD_MIN_BYTES = 4 * 1024 * 1024;

/** Options of loadCorpusInParallel. */
export interface LoadCorpusInParallelOptions {
  /** Worker threads at most; 0 or 1 loads in this thread. */
  workers: number;
  /** Larger files are skipped with a warning. Default DEFAULT_MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
  /** The files' total size (from corpusFingerprint), to decide whether workers pay. */
  bytes: number;
  /** Fewest bytes worth the workers. Default PARALLEL_LOAD_MIN_BYTES. */
  minBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { stage: 'documents'; done: number; total: number }) => void;
}

/**
 * loadCorpus for large folders: the files (`names`, as listDocumentFiles gives them) are shared out among worker
 * threads by size, round-robin in name order, and cleaned at the same time; the result is the same as loadCorpus's,
 * in file-name order. Small folders are loaded in this thread.
 */
export async function loadCorpusInParallel(dir: string, names: readonly string[], options: LoadCorpusInParallelOptions): Promise<LoadedCorpus> {
  const workers = Math.min(options.workers, names.length);
  if (workers < 2 || options.bytes < (options.minBytes ?? PARALLEL_LOAD_MIN_BYTES)) return collectLoadedFiles(names.map((name) => loadDocumentFile(dir, name, options.maxBytes)));
  // Round-robin keeps each worker's share mixed (files sorted by name are often sorted by date, hence by size).
  const shares = Array.from({ length: workers }, (_, w) => names.filter((_, i) => i % workers === w));
  let done = 0;
  const results = await runWorkers<{ dir: string; names: string[]; maxBytes?: number }, LoadedFile[]>(
    siblingScript(import.meta.url, 'load-corpus-worker'),
    shares.map((share) => ({ dir, names: share, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) })),
    { ...(options.signal ? { signal: options.signal } : {}), onProgress: (n) => options.onProgress?.({ stage: 'documents', done: (done += n), total: names.length }) },
  );
  const ordered: LoadedFile[] = names.map((_, i) => results[i % workers]![Math.floor(i / workers)]!);
  return collectLoadedFiles(ordered);
}
