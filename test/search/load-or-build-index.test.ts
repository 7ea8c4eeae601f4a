import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
