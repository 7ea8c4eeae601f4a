import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, type StoreLogger } from '../../src/store/open-store.js';
import { SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { newAnswer } from './answers.js';
import { postgresBackend, sqliteBackend } from './backends.js';
import { freePort } from './throwaway-postgres.js';

const PASSWORD = 'open-store-pg-secret';

/** A logger that keeps what it was told, as one JSON text per call. */
function recordingLogger(): StoreLogger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(JSON.stringify(args, (_key, value: unknown) => (value instanceof Error ? `${value.message} ${value.stack}` : value)));
  return { lines, info: keep, warn: keep };
}

describe('openStore', () => {
  it('opens SQLite under the data folder when no database URL is set', async () => {
    const backend = await sqliteBackend();
    const logger = recordingLogger();
    try {
      const store = await openStore({ dataDir: backend.target.dataDir, logger });
      const id = await store.recordAnswer(newAnswer(1));
      await store.close();
      expect(existsSync(join(backend.target.dataDir, SQLITE_FILE_NAME))).toBe(true);
      expect(await backend.query('SELECT id FROM answers')).toEqual([{ id }]);
      expect(logger.lines).toHaveLength(1);
      expect(JSON.parse(logger.lines[0]!)).toEqual([{ store: 'sqlite', file: join(backend.target.dataDir, SQLITE_FILE_NAME), migrated: MIGRATIONS.map((m) => m.version) }, 'store opened']);
    } finally {
      await backend.dispose();
    }
  });

  it('opens PostgreSQL when a database URL is set, logging where without the password', async () => {
    const backend = await postgresBackend();
    const logger = recordingLogger();
    // The test server trusts local connections, so any password is accepted: enough to see it is never shown.
    const url = new URL(backend.target.databaseUrl!);
    url.username = 'postgres';
    url.password = PASSWORD;
    try {
      const store = await openStore({ dataDir: backend.target.dataDir, databaseUrl: url.toString(), logger });
      const id = await store.recordAnswer(newAnswer(1));
      await store.close();
      expect(existsSync(backend.target.dataDir)).toBe(false);
      expect((await backend.query<{ id: string }>('SELECT id FROM answers')).map((r) => Number(r.id))).toEqual([id]);
      expect(logger.lines.join('\n')).toContain(`"database":"postgres@${url.hostname}:${url.port}/postgres"`);
      expect(logger.lines.join('\n')).not.toContain(PASSWORD);
    } finally {
      await backend.dispose();
    }
  });

  it('rejects with a StoreError naming the server, never the password, when PostgreSQL is unreachable', async () => {
    const port = await freePort();
    const logger = recordingLogger();
    const refusal = await openStore({ dataDir: 'unused', databaseUrl: `postgres://sanad:${PASSWORD}@127.0.0.1:${port}/sanad`, logger }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as Error).message).toContain(`sanad@127.0.0.1:${port}/sanad`);
    expect(`${(refusal as Error).message} ${(refusal as Error).stack} ${logger.lines.join('\n')}`).not.toContain(PASSWORD);
  });
});
