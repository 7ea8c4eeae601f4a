// Worker thread of prefetchSavedIndex: reads a saved index and checks its checksum, then transfers the bytes.
import { parentPort, workerData } from 'node:worker_threads';
import { checksumMatches } from './bm25-format.js';
import { readWholeFile } from './read-whole-file.js';

const bytes = readWholeFile((workerData as { file: string }).file);
parentPort!.postMessage({ result: { memory: bytes.buffer, checksumOk: checksumMatches(bytes) } }, [bytes.buffer as ArrayBuffer]);
