// Worker thread of loadCorpusInParallel: loads its share of a corpus folder's files and posts them back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocumentFile, type LoadedFile } from './load-corpus.js';

const { dir, names } = workerData as { dir: string; names: string[] };
const loaded: LoadedFile[] = [];
for (const name of names) {
  loaded.push(loadDocumentFile(dir, name));
  parentPort!.postMessage({ progress: 1 });
}
parentPort!.postMessage({ result: loaded });
