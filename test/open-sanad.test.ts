import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/documents/load-corpus.js';
import { loadCorpusInParallel } from '../src/documents/load-corpus-in-parallel.js';
import { listDocumentFiles } from '../src/documents/load-corpus.js';
import { openSanad, type StartupStage } from '../src/open-sanad.js';
import { loadSanad } from '../src/sanad.js';

const QUESTION = 'Which armed forces make up the peacekeeping contingent?';

function copyOfSeedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-corpus-'));
  cpSync('corpus', dir, { recursive: true });
  writeFileSync(join(dir, 'broken.txt'), '\n\n');
  return dir;
}

async function open(corpusDir: string, cacheDir: string): Promise<{ stages: StartupStage[]; answer: unknown }> {
  const stages: StartupStage[] = [];
  const sanad = await openSanad({ corpusDir, cacheDir, workers: 2, onStage: (s) => void stages.push(s) });
  const answer = sanad.ask(QUESTION);
  expect(await sanad.saved).toBeUndefined();
  return { stages, answer };
}

describe('openSanad', () => {
  it('reports each stage, and on restart reads the saved documents and index, with the same answers as loadSanad', async () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const first = await open(corpusDir, cacheDir);
    expect(first.stages.map((s) => s.stage)).toEqual(['documents', 'passages', 'index']);
    expect(first.stages[0]).toMatchObject({ documents: 5, from: 'files', skipped: [{ file: 'broken.txt', message: 'no text left after cleaning' }] });
    expect(first.stages[2]).toMatchObject({ origin: 'built' });
    const second = await open(corpusDir, cacheDir);
    expect(second.stages[0]).toMatchObject({ documents: 5, from: 'saved copy', skipped: [{ file: 'broken.txt' }] });
    expect(second.stages[2]).toMatchObject({ origin: 'cache' });
    expect(second.answer).toEqual(first.answer);
    expect(first.answer).toEqual(loadSanad({ corpusDir }).ask(QUESTION));
  });

  it('loads the files again when one changes', async () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    await open(corpusDir, cacheDir);
    writeFileSync(join(corpusDir, 'zz-new.txt'), 'Kazakh steppe\n\nThe steppe eagle nests on the open plains of central Kazakhstan every spring.\n');
    const after = await open(corpusDir, cacheDir);
    expect(after.stages[0]).toMatchObject({ documents: 6, from: 'files' });
    expect(after.stages[2]).toMatchObject({ origin: 'built' });
  });

  it('answers before its saved copies are written, and says when they are on disk', async () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const sanad = await openSanad({ corpusDir, cacheDir, workers: 2 });
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(sanad.ask(QUESTION).status).toBe('answered');
    expect(await sanad.saved).toBeUndefined();
    const files = readdirSync(cacheDir).sort();
    expect(files.map((f) => f.replace(/-[0-9a-f]+\./, '.'))).toEqual(['documents.jsonl', 'passages.idx']);
    // A restart from them writes nothing.
    const again = await openSanad({ corpusDir, cacheDir, workers: 2 });
    expect(again.indexOrigin).toBe('cache');
    expect(await again.saved).toBeUndefined();
    expect(readdirSync(cacheDir).sort()).toEqual(files);
  });

  it('settles its saved copies with a warning, the core answering, when the cache path is a file', async () => {
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'sanad-cache-')), 'not-a-folder');
    writeFileSync(cacheFile, 'x');
    const sanad = await openSanad({ corpusDir: copyOfSeedCorpus(), cacheDir: cacheFile, workers: 2 });
    expect(await sanad.saved).toMatch(/index not saved/);
    expect(sanad.ask(QUESTION).status).toBe('answered');
  });

  it('restarts from the saved index read in a worker, and still refuses a damaged one or picks the right one of several', async () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const first = await open(corpusDir, cacheDir);
    const index = readdirSync(cacheDir).find((f) => f.startsWith('passages-'))!;
    // A newer saved index of other passages: the worker reads it, but the restart loads its own.
    const stale = join(cacheDir, 'passages-0123456789abcdef01234567.idx');
    writeFileSync(stale, readFileSync(join(cacheDir, index)));
    utimesSync(stale, new Date(), new Date(Date.now() + 60_000));
    const again = await open(corpusDir, cacheDir);
    expect(again.stages[2]).toMatchObject({ origin: 'cache' });
    expect(again.answer).toEqual(first.answer);
    const bytes = readFileSync(join(cacheDir, index));
    bytes[bytes.length - 100]! ^= 0xff;
    writeFileSync(join(cacheDir, index), bytes);
    utimesSync(join(cacheDir, index), new Date(), new Date(Date.now() + 120_000));
    const damaged = await openSanad({ corpusDir, cacheDir, workers: 2 });
    expect(damaged.indexOrigin).toBe('built');
    expect(damaged.indexWarning).toMatch(/checksum mismatch/);
    expect(damaged.ask(QUESTION)).toEqual(first.answer);
  });

  it('rejects at once when aborted', async () => {
    await expect(openSanad({ corpusDir: 'corpus', signal: AbortSignal.abort(new Error('stopped')) })).rejects.toThrow('stopped');
  });
});

describe('loadCorpusInParallel', () => {
  it('loads in worker threads what loadCorpus loads, in file order', async () => {
    const dir = copyOfSeedCorpus();
    const parallel = await loadCorpusInParallel(dir, listDocumentFiles(dir), { workers: 2, bytes: 0, minBytes: 0 });
    expect(parallel).toEqual(loadCorpus(dir));
  });
});
