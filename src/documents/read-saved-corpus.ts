import { statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFingerprintInWorker } from './corpus-fingerprint-in-worker.js';
import { corpusFingerprint, newestCorpusSnapshot, readCorpusSnapshot, readCorpusSnapshotFile, snapshotFile } from './corpus-snapshot.js';
import type { LoadedCorpus } from './load-corpus.js';

/** What readSavedCorpus found: the files' fingerprint, and the saved copy of their documents when there is one. */
export interface SavedCorpus {
  fingerprinted: ReturnType<typeof corpusFingerprint>;
  corpus?: LoadedCorpus;
}

/**
 * A restart's documents: the saved copy of the corpus the files make now, if the cache folder has it. When the
 * newest saved copy was written after the folder and every file last changed, it is read while a worker thread
 * fingerprints the files (an unchanged corpus has that copy; reading it took 1.3 s at 100k passages, fingerprinting
 * 0.07 to 0.3 s); otherwise the fingerprint comes first and names the copy to read.
 */
export async function readSavedCorpus(cacheDir: string, dir: string, names: readonly string[], maxBytes?: number, signal?: AbortSignal): Promise<SavedCorpus> {
  const newest = newestCorpusSnapshot(cacheDir);
  if (!newest || newest.mtimeMs < lastChanged(dir, names)) {
    const fingerprinted = corpusFingerprint(dir, names, maxBytes);
    return withCorpus(fingerprinted, readCorpusSnapshot(cacheDir, fingerprinted.fingerprint));
  }
  const fingerprinting = corpusFingerprintInWorker(dir, names, maxBytes, signal);
  const saved = readCorpusSnapshotFile(newest.file);
  const fingerprinted = await fingerprinting;
  if (saved?.fingerprint === fingerprinted.fingerprint) return { fingerprinted, corpus: saved.corpus };
  const named = snapshotFile(cacheDir, fingerprinted.fingerprint);
  return withCorpus(fingerprinted, named === newest.file ? undefined : readCorpusSnapshot(cacheDir, fingerprinted.fingerprint));
}

function withCorpus(fingerprinted: SavedCorpus['fingerprinted'], corpus: LoadedCorpus | undefined): SavedCorpus {
  return corpus ? { fingerprinted, corpus } : { fingerprinted };
}

/**
 * When the last of the files changed, or the folder (a file added, removed or renamed), in ms since the epoch;
 * Infinity when one cannot be looked at.
 */
function lastChanged(dir: string, names: readonly string[]): number {
  try {
    return names.reduce((last, name) => Math.max(last, statSync(join(dir, name)).mtimeMs), statSync(dir).mtimeMs);
  } catch {
    return Infinity;
  }
}
