import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFingerprint } from '../../src/documents/corpus-snapshot.js';
import { listDocumentFiles, loadCorpus } from '../../src/documents/load-corpus.js';
import { splitPassages } from '../../src/documents/split-passages.js';
import { consecutiveRuns, loadAndIndexInParallel } from '../../src/search/load-and-index-in-parallel.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { openSanad, type StartupStage } from '../../src/open-sanad.js';
import { loadSanad, readCorpusExtras } from '../../src/sanad.js';

/** A folder of the seed documents written ten times over (each copy's paragraphs numbered), and a broken file. */
function largerCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-large-'));
  cpSync('corpus', dir, { recursive: true });
  const seeds = listDocumentFiles('corpus').map((name) => readFileSync(join('corpus', name), 'utf8'));
  for (let copy = 0; copy < 10; copy++) {
    const text = seeds.map((seed, s) => seed.split('\n\n').map((p, i) => (i === 0 ? p : `${p} (${copy}.${s}.${i})`)).join('\n\n')).join('\n\n');
    writeFileSync(join(dir, `copy-${String(copy).padStart(3, '0')}.txt`), text);
  }
  writeFileSync(join(dir, 'broken.txt'), '\n\n');
  return dir;
}

const QUESTION = 'Which armed forces make up the peacekeeping contingent?';

describe('consecutiveRuns', () => {
  it('cuts files into consecutive non-empty runs of about equal bytes', () => {
    expect(consecutiveRuns([10, 10, 10, 10], 2)).toEqual([[0, 2], [2, 4]]);
    expect(consecutiveRuns([30, 5, 5, 5, 5], 2)).toEqual([[0, 1], [1, 5]]);
    expect(consecutiveRuns([1, 1, 100], 3)).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(consecutiveRuns([0, 0, 0, 0, 0], 2)).toEqual([[0, 4], [4, 5]]);
  });
});

describe('loadAndIndexInParallel', () => {
  it('loads what loadCorpus loads and makes the postings of PassageIndex.build, reporting progress', async () => {
    const dir = largerCorpus();
    const names = listDocumentFiles(dir);
    const { gazetteer } = readCorpusExtras(dir);
    const stages = new Set<string>();
    const run = loadAndIndexInParallel(dir, names, gazetteer, { workers: 3, sizes: corpusFingerprint(dir, names).sizes, onProgress: (p) => void stages.add(p.stage) });
    const corpus = await run.corpus;
    expect(corpus).toEqual(loadCorpus(dir));
    const passages = corpus.documents.flatMap((d) => splitPassages(d));
    const index = PassageIndex.fromPostings(corpus.documents, passages, gazetteer, await run.postings);
    expect(index.toBuffer().equals(PassageIndex.build(corpus.documents, passages, gazetteer).toBuffer())).toBe(true);
    expect([...stages].sort()).toEqual(['documents', 'index']);
  });

  it('rejects both when aborted', async () => {
    const dir = largerCorpus();
    const names = listDocumentFiles(dir);
    const controller = new AbortController();
    const run = loadAndIndexInParallel(dir, names, readCorpusExtras(dir).gazetteer, { workers: 2, sizes: corpusFingerprint(dir, names).sizes, signal: controller.signal });
    controller.abort(new Error('stopped'));
    await expect(run.corpus).rejects.toThrow('stopped');
    await expect(run.postings).rejects.toThrow('stopped');
  });
});

/** Each start spawns worker threads (booted through tsx from the sources): on a loaded machine several starts take a while. */
const STARTS_TIMEOUT_MS = 60_000;

describe('openSanad with workers that clean and index', () => {
  it('answers as loadSanad does, then restarts from the saved copies', async () => {
    const dir = largerCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const stages: StartupStage[] = [];
    const sanad = await openSanad({ corpusDir: dir, cacheDir, workers: 2, minParallelBytes: 0, onStage: (s) => void stages.push(s) });
    const expected = loadSanad({ corpusDir: dir });
    expect(sanad.documents).toEqual(expected.documents);
    expect(sanad.index.toBuffer().equals(expected.index.toBuffer())).toBe(true);
    expect(stages[2]).toMatchObject({ stage: 'index', origin: 'built', workers: 2 });
    expect(await sanad.saved).toBeUndefined();
    const restart: StartupStage[] = [];
    const again = await openSanad({ corpusDir: dir, cacheDir, workers: 2, minParallelBytes: 0, onStage: (s) => void restart.push(s) });
    expect(restart[0]).toMatchObject({ stage: 'documents', from: 'saved copy', documents: sanad.documents.length });
    expect(again.indexOrigin).toBe('cache');
    expect(again.ask(QUESTION)).toEqual(sanad.ask(QUESTION));
  }, STARTS_TIMEOUT_MS);

  it('uses a saved index that fits when only the documents\' snapshot is missing, and indexes as loadSanad when two files share an id', async () => {
    const dir = largerCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    await (await openSanad({ corpusDir: dir, cacheDir, workers: 2, minParallelBytes: 0 })).saved;
    for (const name of readdirSync(cacheDir)) if (name.startsWith('documents-')) rmSync(join(cacheDir, name));
    expect((await openSanad({ corpusDir: dir, cacheDir, workers: 2, minParallelBytes: 0 })).indexOrigin).toBe('cache');

    writeFileSync(join(dir, 'copy-000.md'), '# Another headline\n\nA document of the same id as copy-000.txt, with a sentence of its own here.\n');
    const shared = await openSanad({ corpusDir: dir, workers: 2, minParallelBytes: 0 });
    expect(shared.index.toBuffer().equals(loadSanad({ corpusDir: dir }).index.toBuffer())).toBe(true);
  }, STARTS_TIMEOUT_MS);
});
