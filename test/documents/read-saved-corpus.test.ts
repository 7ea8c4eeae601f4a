import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFingerprint, readCorpusSnapshot, snapshotFile, writeCorpusSnapshot } from '../../src/documents/corpus-snapshot.js';
import { listDocumentFiles, loadCorpus } from '../../src/documents/load-corpus.js';
import { readSavedCorpus } from '../../src/documents/read-saved-corpus.js';

const root = mkdtempSync(join(tmpdir(), 'sanad-saved-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = (n: number) => `عنوان الخبر رقم ${n}\n\nقال وزير الخارجية إن المحادثات بين الجانبين ستستمر الأسبوع المقبل في العاصمة.\n`;

/** A corpus folder of three articles and an empty cache folder. */
function setUp(name: string) {
  const dir = join(root, name, 'corpus');
  const cache = join(root, name, 'cache');
  mkdirSync(dir, { recursive: true });
  for (const n of [1, 2, 3]) {
    writeFileSync(join(dir, `a${n}.txt`), ARTICLE(n));
  }
  return { dir, cache, names: listDocumentFiles(dir) };
}

/** Sets a file's times `seconds` from now. */
function touch(file: string, seconds: number) {
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(file, at, at);
}

describe('readSavedCorpus', () => {
  it('finds the saved copy of unchanged files, with their fingerprint', async () => {
    const { dir, cache, names } = setUp('unchanged');
    const { fingerprint } = corpusFingerprint(dir, names);
    await writeCorpusSnapshot(cache, fingerprint, loadCorpus(dir));
    const saved = await readSavedCorpus(cache, dir, names);
    expect(saved.fingerprinted.fingerprint).toBe(fingerprint);
    expect(saved.corpus).toEqual(loadCorpus(dir));
    expect(saved.corpus!.documents).toHaveLength(3);
  });

  it('finds no copy once a file is removed', async () => {
    const { dir, cache, names } = setUp('removed');
    await writeCorpusSnapshot(cache, corpusFingerprint(dir, names).fingerprint, loadCorpus(dir));
    rmSync(join(dir, 'a3.txt'));
    const saved = await readSavedCorpus(cache, dir, names.slice(0, 2));
    expect(saved.corpus).toBeUndefined();
    expect(saved.fingerprinted.fingerprint).toBe(corpusFingerprint(dir, names.slice(0, 2)).fingerprint);
  });

  it('finds the right copy when the newest is another corpus\'s', async () => {
    const { dir, cache, names } = setUp('other');
    const { fingerprint } = corpusFingerprint(dir, names);
    await writeCorpusSnapshot(cache, fingerprint, loadCorpus(dir));
    const other = 'f'.repeat(64);
    await writeCorpusSnapshot(cache, other, { documents: [], warnings: [] });
    touch(snapshotFile(cache, other), 60);
    expect((await readSavedCorpus(cache, dir, names)).corpus).toEqual(loadCorpus(dir));
  });

  it('finds no copy once a file changed, even one whose time says it is older than the copy', async () => {
    const { dir, cache, names } = setUp('changed');
    const { fingerprint } = corpusFingerprint(dir, names);
    await writeCorpusSnapshot(cache, fingerprint, loadCorpus(dir));
    writeFileSync(join(dir, 'a2.txt'), ARTICLE(22));
    for (const changedAgo of [-3600, 3600]) {
      touch(join(dir, 'a2.txt'), changedAgo);
      const saved = await readSavedCorpus(cache, dir, names);
      expect(saved.corpus).toBeUndefined();
      expect(saved.fingerprinted.fingerprint).toBe(corpusFingerprint(dir, names).fingerprint);
      expect(saved.fingerprinted.fingerprint).not.toBe(fingerprint);
    }
  });

  it('saves and reads back documents whatever their paragraphs hold (line breaks, lone surrogates, none, hostile text)', async () => {
    const cache = join(root, 'odd', 'cache');
    const documents = [
      { id: 'a', title: 'عنوان', paragraphs: ['فقرة أولى', '', 'فقرة 🙂 ثالثة'], date: '2024-01-02' },
      { id: 'b', title: 'lines', paragraphs: ['one\ntwo', 'three\r'] },
      { id: 'c', title: 'surrogate', paragraphs: ['lone \ud800 high', 'lone \udc00 low'] },
      { id: 'd', title: 'none', paragraphs: [] },
      { id: 'e', title: 'x'.repeat(70), paragraphs: ['{"id":"z","paragraphs":2}', '\u2028\u2029 "quoted" \\ back'], url: 'https://example.com/' },
    ];
    const corpus = { documents, warnings: [{ file: 'x.txt', message: 'binary file' }] };
    await writeCorpusSnapshot(cache, 'e'.repeat(64), corpus);
    expect(readCorpusSnapshot(cache, 'e'.repeat(64))).toEqual(corpus);
    expect(readCorpusSnapshot(cache, 'd'.repeat(64))).toBeUndefined();
  });

  it('refuses a snapshot cut short', async () => {
    const cache = join(root, 'cut', 'cache');
    await writeCorpusSnapshot(cache, 'c'.repeat(64), { documents: [{ id: 'a', title: 't', paragraphs: ['p1', 'p2'] }], warnings: [] });
    const file = snapshotFile(cache, 'c'.repeat(64));
    const text = readFileSync(file, 'utf8');
    for (const cut of [text.length - 1, text.length - 3, text.indexOf('\n') + 1]) {
      writeFileSync(file, text.slice(0, cut));
      expect(readCorpusSnapshot(cache, 'c'.repeat(64))).toBeUndefined();
    }
  });
});
