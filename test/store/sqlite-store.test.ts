import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { newAnswer } from './answers.js';
import { sqliteBackend } from './backends.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('SQLite store', sqliteBackend);

describe('openSqliteStore', () => {
  it('creates the data folder and sanad.sqlite on first start, in WAL mode', async () => {
    const backend = await sqliteBackend();
    try {
      expect(existsSync(backend.target.dataDir)).toBe(false);
      const store = await backend.open();
      await store.recordAnswer(newAnswer(1));
      expect(existsSync(join(backend.target.dataDir, SQLITE_FILE_NAME))).toBe(true);
      expect(await backend.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      await store.close();
    } finally {
      await backend.dispose();
    }
  });

  it('refuses a file that is not a database, naming the file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sanad-store-'));
    try {
      writeFileSync(join(dataDir, SQLITE_FILE_NAME), 'x'.repeat(4096));
      const refusal = openSqliteStore({ dataDir });
      await expect(refusal).rejects.toThrow(StoreError);
      await expect(refusal).rejects.toThrow(`SQLite store ${join(dataDir, SQLITE_FILE_NAME)}: file is not a database`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
