// Worker thread of loadAndIndexInParallel: loads its run of files as loadCorpus does and posts them back, then
// analyses their passages (splitPassages) into partial postings with each document's headline stems, as the index
// workers do (PassagePostingsBuilder), and posts those back, the typed arrays transferred.
import { parentPort, workerData } from 'node:worker_threads';
import { collectLoadedFiles, loadDocumentFile, type LoadedFile } from '../documents/load-corpus.js';
import { ReusingFileReader } from '../documents/reusing-file-reader.js';
import { splitPassages } from '../documents/split-passages.js';
import { DEFAULT_TERM_OPTIONS } from './analyzer-config.js';
import { transferablesOf } from './bm25-partial-postings.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { LoadAndIndexPartial, LoadAndIndexWorkerInput } from './load-and-index-in-parallel.js';
import { PassageIndex } from './passage-index.js';
import { PassagePostingsBuilder } from './passage-postings-builder.js';

/** Progress is posted after every this many passages. */
const PROGRESS_EVERY = 2000;

const input = workerData as LoadAndIndexWorkerInput;
const post = (partial: LoadAndIndexPartial) => parentPort!.postMessage({ partial });
const files: LoadedFile[] = [];
const reader = new ReusingFileReader();
for (const name of input.names) {
  files.push(loadDocumentFile(input.dir, name, input.maxBytes, reader));
  parentPort!.postMessage({ progress: 1 });
}
post({ files });

const { documents } = collectLoadedFiles(files);
const gazetteer = new Gazetteer(input.gazetteer as GazetteerEntry[]);
const termOptions = { ...DEFAULT_TERM_OPTIONS, ...input.terms };
const titles = PassageIndex.titleStems(documents, gazetteer, input.terms ? { terms: input.terms } : {});
const passages = documents.map((doc) => splitPassages(doc));
post({ passages: passages.reduce((sum, run) => sum + run.length, 0) });
const chars = passages.reduce((sum, run) => run.reduce((total, passage) => total + passage.text.length, sum), 0);
const builder = new PassagePostingsBuilder(gazetteer, termOptions, chars);
let sinceProgress = 0;
documents.forEach((doc, d) => {
  const title = titles.get(doc.id) ?? [];
  for (const passage of passages[d]!) {
    builder.add(passage.text, title);
    if (++sinceProgress === PROGRESS_EVERY) {
      post({ indexed: sinceProgress });
      sinceProgress = 0;
    }
  }
});
post({ indexed: sinceProgress });
const part = builder.finish();
parentPort!.postMessage({ result: part }, transferablesOf(part));
