// Worker thread of buildIndexInParallel: analyses its run of passages exactly as PassageIndex.build does
// (termsOfText, passageFields) and posts back their partial postings, the typed arrays transferred.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_TERM_OPTIONS } from './analyzer-config.js';
import { PartialPostingsBuilder, transferablesOf } from './bm25-partial-postings.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { IndexWorkerInput } from './build-index-in-parallel.js';
import { passageFields } from './passage-index.js';
import { termsOfText } from './passage-terms.js';

/** Progress is posted after every this many passages. */
const PROGRESS_EVERY = 2000;

const input = workerData as IndexWorkerInput;
const gazetteer = new Gazetteer(input.gazetteer as GazetteerEntry[]);
const termOptions = { ...DEFAULT_TERM_OPTIONS, ...input.terms };
const titles = new Map(input.titleStems);
const builder = new PartialPostingsBuilder();
for (let i = 0; i < input.texts.length; i++) {
  builder.add(passageFields(termsOfText(input.texts[i]!, gazetteer, termOptions), titles.get(input.docIds[i]!) ?? []));
  if ((i + 1) % PROGRESS_EVERY === 0) parentPort!.postMessage({ progress: PROGRESS_EVERY });
}
parentPort!.postMessage({ progress: input.texts.length % PROGRESS_EVERY });
const part = builder.finish();
parentPort!.postMessage({ result: part }, transferablesOf(part));
