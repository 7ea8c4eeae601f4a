import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import type { corpusFingerprint } from './corpus-snapshot.js';

/** What the worker of corpusFingerprintInWorker is given. */
export interface CorpusFingerprintInput {
  dir: string;
  names: readonly string[];
  maxBytes?: number;
}

/**
 * corpusFingerprint taken in a worker thread (reading and hashing every file), so that a restart reads its saved
 * documents meanwhile. Rejects when aborted.
 */
export async function corpusFingerprintInWorker(dir: string, names: readonly string[], maxBytes?: number, signal?: AbortSignal): Promise<ReturnType<typeof corpusFingerprint>> {
  const input: CorpusFingerprintInput = { dir, names, ...(maxBytes === undefined ? {} : { maxBytes }) };
  const [result] = await runWorkers<CorpusFingerprintInput, ReturnType<typeof corpusFingerprint>>(siblingScript(import.meta.url, 'corpus-fingerprint-worker'), [input], signal ? { signal } : {});
  return result!;
}
