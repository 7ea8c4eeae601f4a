import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSanad } from '../../src/sanad.js';

function copyOfSeedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-corpus-'));
  cpSync('corpus', dir, { recursive: true });
  return dir;
}

const QUESTION = 'Which armed forces make up the peacekeeping contingent?';

describe('loadOrBuildIndex', () => {
  it('saves the index on first start and loads it on the next, with the same answers', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const first = loadSanad({ corpusDir, cacheDir });
    expect(first.indexOrigin).toBe('built');
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.idx'))).toHaveLength(1);
    const second = loadSanad({ corpusDir, cacheDir });
    expect(second.indexOrigin).toBe('cache');
    expect(second.ask(QUESTION)).toEqual(first.ask(QUESTION));
  });

  it('rebuilds when a document is added', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    loadSanad({ corpusDir, cacheDir });
    writeFileSync(join(corpusDir, 'zz-new.txt'), 'Kazakh steppe\n\nThe steppe eagle nests on the open plains of central Kazakhstan every spring.\n');
    const after = loadSanad({ corpusDir, cacheDir });
    expect(after.indexOrigin).toBe('built');
    expect(after.ask('Where does the steppe eagle nest?').passages[0]?.text).toContain('steppe eagle');
  });

  it('rebuilds over a damaged cache file instead of failing', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    loadSanad({ corpusDir, cacheDir });
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file!), 'not an index');
    const again = loadSanad({ corpusDir, cacheDir });
    expect(again.indexOrigin).toBe('built');
    expect(again.ask(QUESTION).status).toBe('answered');
  });
});

describe('loadOrBuildIndex: damage and unusable cache paths', () => {
  it('rebuilds an index saved by another version of sanad without a warning (an upgrade, not damage)', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    loadSanad({ corpusDir, cacheDir });
    const [name] = readdirSync(cacheDir);
    const bytes = readFileSync(join(cacheDir, name!));
    bytes.writeUInt32LE(bytes.readUInt32LE(8) - 1, 8); // the format version of the previous release
    writeFileSync(join(cacheDir, name!), bytes);
    const again = loadSanad({ corpusDir, cacheDir });
    expect(again.indexOrigin).toBe('built');
    expect(again.indexWarning).toBeUndefined();
    expect(loadSanad({ corpusDir, cacheDir }).indexOrigin).toBe('cache');
  });

  it('rebuilds, with a warning, when 400 random bytes land in the saved postings (checksum)', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    const first = loadSanad({ corpusDir, cacheDir });
    const [name] = readdirSync(cacheDir);
    const file = join(cacheDir, name!);
    const bytes = readFileSync(file);
    let seed = 11;
    for (let i = 0; i < 400; i++) bytes[bytes.length - 2000 + i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    writeFileSync(file, bytes);
    const again = loadSanad({ corpusDir, cacheDir });
    expect(again.indexOrigin).toBe('built');
    expect(again.indexWarning).toMatch(/checksum mismatch/);
    expect(again.ask(QUESTION)).toEqual(first.ask(QUESTION));
    // The damaged file was replaced: the next start loads it again.
    expect(loadSanad({ corpusDir, cacheDir }).indexOrigin).toBe('cache');
  });

  it('builds, with a warning and no crash, when the cache path is a file', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'sanad-cache-')), 'not-a-folder');
    writeFileSync(cacheFile, 'x');
    const sanad = loadSanad({ corpusDir, cacheDir: cacheFile });
    expect(sanad.indexOrigin).toBe('built');
    expect(sanad.indexWarning).toMatch(/not saved/);
    expect(sanad.ask(QUESTION).status).toBe('answered');
  });

  it('builds, with a warning and no crash, when a folder stands where the index file goes', () => {
    const corpusDir = copyOfSeedCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), 'sanad-cache-'));
    loadSanad({ corpusDir, cacheDir });
    const [name] = readdirSync(cacheDir);
    rmSync(join(cacheDir, name!));
    mkdirSync(join(cacheDir, name!));
    const sanad = loadSanad({ corpusDir, cacheDir });
    expect(sanad.indexOrigin).toBe('built');
    expect(sanad.indexWarning).toMatch(/EISDIR/);
    expect(sanad.ask(QUESTION).status).toBe('answered');
  });
});
