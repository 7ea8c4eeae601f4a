import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Migration } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import type { SqlValue } from '../../src/store/sql-database.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Store } from '../../src/store/store.js';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { createTestSchema } from './postgres-schema.js';

/** Options a test may give when it opens a store. */
export interface TestOpenOptions {
  now?: () => number;
  migrations?: readonly Migration[];
}

/** One test's own database on one back end. */
export interface StoreBackend {
  /** Opens a store on this database (again after a close: the same data). */
  open(options?: TestOpenOptions): Promise<SqlStore>;
  /** Runs SQL beside the store, `?` placeholders: to look at rows, or plant ones the store would never write. */
  query<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** What openStore needs to reach this database. */
  target: { dataDir: string; databaseUrl?: string };
  /** Deletes the database. */
  dispose(): Promise<void>;
}

/** A SQLite store in a new temporary folder (the data folder itself does not exist yet). */
export async function sqliteBackend(): Promise<StoreBackend> {
  const root = mkdtempSync(join(tmpdir(), 'sanad-store-'));
  const dataDir = join(root, 'data');
  let raw: Database.Database | undefined;
  return {
    open: (options) => openSqliteStore({ dataDir, ...options }),
    async query<Row>(sql: string, params: SqlValue[] = []) {
      raw ??= new Database(join(dataDir, SQLITE_FILE_NAME), { timeout: 5_000 });
      const statement = raw.prepare<SqlValue[]>(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    },
    target: { dataDir },
    async dispose() {
      raw?.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL store in a new schema of the run's server. */
export async function postgresBackend(): Promise<StoreBackend> {
  const schema = await createTestSchema();
  const pool = new pg.Pool({ connectionString: schema.url, max: 2 });
  return {
    open: (options) => openPostgresStore({ databaseUrl: schema.url, ...options }),
    async query<Row>(sql: string, params: SqlValue[] = []) {
      let n = 0;
      return (await pool.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as Row[];
    },
    target: { dataDir: join(tmpdir(), 'sanad-unused-data-dir'), databaseUrl: schema.url },
    async dispose() {
      await pool.end();
      await schema.drop();
    },
  };
}

/** A back end and a store on it, fresh for each test of the describe block it is called in (closed after each). */
export interface FreshStore {
  readonly backend: StoreBackend;
  readonly store: Store;
  /** Closes the store and opens it again on the same back end (what a restart sees). */
  reopen(): Promise<Store>;
}

export function useFreshStore(createBackend: () => Promise<StoreBackend>): FreshStore {
  let backend: StoreBackend;
  let store: Store;
  beforeEach(async () => {
    backend = await createBackend();
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
    await backend.dispose();
  });
  return {
    get backend() {
      return backend;
    },
    get store() {
      return store;
    },
    async reopen() {
      await store.close();
      return (store = await backend.open());
    },
  };
}
