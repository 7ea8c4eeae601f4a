// A long-lived worker thread of the live index: analyses the passages of documents added while the bot runs, as
// index-worker does for start-up, and posts back their partial postings (typed arrays transferred). Started once,
// so that an add costs no thread start; each message is one job, answered in order.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_TERM_OPTIONS, type TermOptions } from './analyzer-config.js';
import { PartialPostingsBuilder, transferablesOf } from './bm25-partial-postings.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { passageFields } from './passage-index.js';
import { termsOfText } from './passage-terms.js';

/** One job: the passages' texts, their documents, and the documents' headline stems. */
export interface AnalysisJob {
  id: number;
  texts: string[];
  docIds: string[];
  titleStems: Array<[string, string[]]>;
}

const setup = workerData as { gazetteer: GazetteerEntry[]; terms?: Partial<TermOptions> };
const gazetteer = new Gazetteer(setup.gazetteer);
const termOptions = { ...DEFAULT_TERM_OPTIONS, ...setup.terms };
parentPort!.on('message', (job: AnalysisJob) => {
  try {
    const titles = new Map(job.titleStems);
    const builder = new PartialPostingsBuilder();
    for (let i = 0; i < job.texts.length; i++) builder.add(passageFields(termsOfText(job.texts[i]!, gazetteer, termOptions), titles.get(job.docIds[i]!) ?? []));
    const part = builder.finish();
    parentPort!.postMessage({ id: job.id, part }, transferablesOf(part));
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
