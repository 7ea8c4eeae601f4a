import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/documents/load-corpus.js';
import { splitPassages } from '../../src/documents/split-passages.js';
import { buildIndexInParallel } from '../../src/search/build-index-in-parallel.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { readCorpusExtras } from '../../src/sanad.js';

const { documents } = loadCorpus('corpus');
const passages = documents.flatMap((d) => splitPassages(d));
const { gazetteer } = readCorpusExtras('corpus');

describe('buildIndexInParallel', () => {
  it('builds in worker threads the very index PassageIndex.build makes, array for array, reporting progress', async () => {
    let last = { done: 0, total: 0 };
    const { index, workers } = await buildIndexInParallel(documents, passages, gazetteer, {}, { workers: 3, minPassages: 0, onProgress: (p) => void (last = p) });
    expect(workers).toBe(3);
    expect(last).toEqual({ stage: 'index', done: passages.length, total: passages.length });
    expect(index.toBuffer().equals(PassageIndex.build(documents, passages, gazetteer).toBuffer())).toBe(true);
    const question = 'Which armed forces make up the peacekeeping contingent?';
    expect(index.search(question, 5).hits.map((h) => h.passage.id)).toEqual(PassageIndex.build(documents, passages, gazetteer).search(question, 5).hits.map((h) => h.passage.id));
  });

  it('builds in this thread below the threshold', async () => {
    expect((await buildIndexInParallel(documents, passages, gazetteer, {}, { workers: 2 })).workers).toBe(0);
  });

  it('stops its workers and rejects when aborted', async () => {
    const controller = new AbortController();
    const building = buildIndexInParallel(documents, passages, gazetteer, {}, { workers: 2, minPassages: 0, signal: controller.signal });
    controller.abort(new Error('stopped by SIGTERM'));
    await expect(building).rejects.toThrow('stopped by SIGTERM');
  });
});
