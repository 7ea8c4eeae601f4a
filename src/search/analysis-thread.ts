import type { Worker } from 'node:worker_threads';
import type { Passage, SourceDocument } from '../documents/document.js';
import { siblingScript, startWorker } from '../parallel/run-workers.js';
import type { Bm25Index } from './bm25-index.js';
import { mergePartialPostings, type PartialPostings } from './bm25-partial-postings.js';
import type { AnalysisJob } from './analysis-worker.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

/**
 * One worker thread kept for the live index's adds: the passages of an added document are analysed there, so the
 * main thread (answering questions) only lays out the few postings that come back. Started on first use; does not
 * keep the process alive; a worker that fails is replaced on the next job.
 */
export class AnalysisThread {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (part: PartialPostings) => void; reject: (error: Error) => void }>();

  constructor(private readonly gazetteer: Gazetteer, private readonly options: PassageIndexOptions = {}) {}

  /** The BM25 index of these passages, analysed in the worker: the same as PassageIndex.buildBm25's. */
  async buildBm25(documents: readonly SourceDocument[], passages: readonly Passage[]): Promise<Bm25Index> {
    const worker = this.start();
    const id = this.nextId++;
    const job: AnalysisJob = {
      id, texts: passages.map((p) => p.text), docIds: passages.map((p) => p.docId),
      titleStems: [...PassageIndex.titleStems(documents, this.gazetteer, this.options)],
    };
    // Referenced while a job is pending, so that the process waits for it.
    if (this.pending.size === 0) worker.ref();
    const part = await new Promise<PartialPostings>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(job);
    }).finally(() => {
      if (this.pending.size === 0) worker.unref();
    });
    return PassageIndex.bm25FromPostings(passages, this.gazetteer, mergePartialPostings([part]), this.options);
  }

  /** Starts the worker now, so that the first add does not wait for it to start. */
  warmUp(): void {
    this.start();
  }

  /** Ends the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(siblingScript(import.meta.url, 'analysis-worker'), { gazetteer: [...this.gazetteer.entries], ...(this.options.terms ? { terms: this.options.terms } : {}) });
    worker.unref();
    worker.on('message', (message: { id: number; part?: PartialPostings; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.part) waiting?.resolve(message.part);
      else waiting?.reject(new Error(`analysis worker: ${message.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
