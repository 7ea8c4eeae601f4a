import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { newAnswer } from './answers.js';
import { sqliteBackend } from './backends.js';
import { describeChatSettingsContract } from './chat-settings-contract.js';
import { describeClaimsContract } from './claims-contract.js';
import { describeStoreContract } from './store-contract.js';
import { describeFollowUpFeedbackContract } from './follow-up-feedback-contract.js';
import { describeNotesContract } from './notes-contract.js';

describeStoreContract('SQLite store', sqliteBackend);
describeClaimsContract('SQLite store', sqliteBackend);
describeChatSettingsContract('SQLite store', sqliteBackend);
describeFollowUpFeedbackContract('SQLite store', sqliteBackend);
describeNotesContract('SQLite store', sqliteBackend);

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
      await expect(refusal).rejects.toThrow(/restore .* from a backup, or move it aside/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses an existing empty (0-byte) file instead of starting afresh, naming the file and the way out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sanad-store-'));
    const file = join(dataDir, SQLITE_FILE_NAME);
    try {
      writeFileSync(file, '');
      const refusal = openSqliteStore({ dataDir });
      await expect(refusal).rejects.toThrow(StoreError);
      await expect(refusal).rejects.toThrow(`SQLite store ${file}: the file is empty (0 bytes), not a database: restore ${file} from a backup`);
      expect(statSync(file).size).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a file with random bytes in the middle at open (quick_check), naming the file', async () => {
    const backend = await sqliteBackend();
    const file = join(backend.target.dataDir, SQLITE_FILE_NAME);
    try {
      const store = await backend.open();
      for (let n = 1; n <= 400; n++) await store.recordAnswer(newAnswer(n));
      await store.close();
      const size = statSync(file).size;
      expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
      // Overwrite whole pages in the middle (the header page stays intact, so the file still opens).
      const fd = openSync(file, 'r+');
      let seed = 7;
      const noise = Buffer.alloc(3 * 4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
      writeSync(fd, noise, 0, noise.length, Math.floor(size / 2 / 4096) * 4096);
      closeSync(fd);
      const refusal = backend.open();
      await expect(refusal).rejects.toThrow(StoreError);
      await expect(refusal).rejects.toThrow(new RegExp(`SQLite store ${file}: .*(damaged|malformed)`));
      await expect(refusal).rejects.toThrow(/from a backup, or move it aside/);
    } finally {
      await backend.dispose();
    }
  });
});
