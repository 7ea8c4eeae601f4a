import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import { markChecksumVerified } from './bm25-format.js';

/** A saved index being read, and its checksum checked, in a worker thread. */
export interface PrefetchedIndex {
  file: string;
  /** The file's bytes, or undefined when it could not be read (the caller reads it itself, and learns why). */
  bytes: Promise<Buffer | undefined>;
  /** Stops the worker (the file is not the one needed). */
  stop(): void;
}

/**
 * Starts reading the newest saved index of a cache folder in a worker thread, checksum included, while the restart
 * reads its documents: the index's name depends on the passages, known only later, but an unchanged corpus (a
 * saved copy of its documents) almost always has the newest index. Undefined when the folder has no saved index.
 */
export function prefetchSavedIndex(cacheDir: string, signal?: AbortSignal): PrefetchedIndex | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  try {
    for (const name of readdirSync(cacheDir)) {
      if (!/^passages-[0-9a-f]+\.idx$/.test(name)) continue;
      const file = join(cacheDir, name);
      const { mtimeMs } = statSync(file);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  } catch {
    return undefined;
  }
  if (!newest) return undefined;
  const stopped = new AbortController();
  const read = runWorkers<{ file: string }, { memory: ArrayBuffer; checksumOk: boolean }>(siblingScript(import.meta.url, 'read-saved-index-worker'), [{ file: newest.file }], {
    signal: signal ? AbortSignal.any([signal, stopped.signal]) : stopped.signal,
  });
  return {
    file: newest.file,
    bytes: read.then((results) => {
      const { memory, checksumOk } = results[0]!;
      if (checksumOk) markChecksumVerified(memory);
      return Buffer.from(memory);
    }, () => undefined),
    stop: () => stopped.abort(),
  };
}
