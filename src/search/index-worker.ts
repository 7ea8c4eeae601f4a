// Worker thread of buildIndexInParallel: analyses its run of passages into the postings PassageIndex.build's
// analysis (termsOfText, passageFields) gives, by each distinct word's term ids (PassagePostingsBuilder), and posts
// back their partial postings, the typed arrays transferred.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_TERM_OPTIONS } from './analyzer-config.js';
import { transferablesOf } from './bm25-partial-postings.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { IndexWorkerInput } from './build-index-in-parallel.js';
import { PassagePostingsBuilder } from './passage-postings-builder.js';

/** Progress is posted after every this many passages. */
const PROGRESS_EVERY = 2000;

const input = workerData as IndexWorkerInput;
const gazetteer = new Gazetteer(input.gazetteer as GazetteerEntry[]);
const termOptions = { ...DEFAULT_TERM_OPTIONS, ...input.terms };
const titles = new Map(input.titleStems);
const builder = new PassagePostingsBuilder(gazetteer, termOptions, input.texts.reduce((sum, text) => sum + text.length, 0));
const noTitle: string[] = [];
for (let i = 0; i < input.texts.length; i++) {
  builder.add(input.texts[i]!, titles.get(input.docIds[i]!) ?? noTitle);
  if ((i + 1) % PROGRESS_EVERY === 0) parentPort!.postMessage({ progress: PROGRESS_EVERY });
}
parentPort!.postMessage({ progress: input.texts.length % PROGRESS_EVERY });
const part = builder.finish();
parentPort!.postMessage({ result: part }, transferablesOf(part));
