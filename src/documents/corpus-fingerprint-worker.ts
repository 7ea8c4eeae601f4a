// Worker thread of corpusFingerprintInWorker: fingerprints the corpus folder's files and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { corpusFingerprint } from './corpus-snapshot.js';
import type { CorpusFingerprintInput } from './corpus-fingerprint-in-worker.js';

const { dir, names, maxBytes } = workerData as CorpusFingerprintInput;
parentPort!.postMessage({ result: corpusFingerprint(dir, names, maxBytes) });
