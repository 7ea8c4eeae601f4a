// Worker thread of loadCorpusInParallel: loads its share of a corpus folder's files and posts them back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocumentFile, type LoadedFile } from './load-corpus.js';
import { ReusingFileReader } from './reusing-file-reader.js';

const { dir, names, maxBytes } = workerData as { dir: string; names: string[]; maxBytes?: number };
const loaded: LoadedFile[] = [];
const reader = new ReusingFileReader();
for (const name of names) {
  loaded.push(loadDocumentFile(dir, name, maxBytes, reader));
  parentPort!.postMessage({ progress: 1 });
}
parentPort!.postMessage({ result: loaded });
