import { join } from 'node:path';
import type { Logger } from '../log.js';
import { describePostgresUrl, openPostgresStore } from './postgres-store.js';
import { withPinCache } from './pin-cache.js';
import { openSqliteStore, SQLITE_FILE_NAME } from './sqlite-store.js';
import type { Store } from './store.js';

/** What the store logs with: the two levels it uses. */
export type StoreLogger = Pick<Logger, 'info' | 'warn'>;

/** Options of openStore. */
export interface OpenStoreOptions {
  /** The data folder: the SQLite file `sanad.sqlite` lives there (created on first start) when no databaseUrl is set. */
  dataDir: string;
  /** A postgres:// or postgresql:// URL (SANAD_DATABASE_URL): PostgreSQL instead of SQLite, shared by several instances. */
  databaseUrl?: string;
  /** Told which database was opened and which migrations ran (never the URL's password). Default: silent. */
  logger?: StoreLogger;
  /** Clock for the store's own times. Default Date.now. */
  now?: () => number;
}

/**
 * Opens the bot's store: PostgreSQL when a database URL is set, otherwise SQLite under the data folder. Runs the
 * missing migrations first; each chat's pinned answers are read at most every PIN_CACHE_MS (see withPinCache); rejects with StoreError when the database is unreachable or from a newer sanad.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { logger, now } = options;
  if (options.databaseUrl) {
    const store = await openPostgresStore({
      databaseUrl: options.databaseUrl,
      now,
      onConnectionError: (error) => logger?.warn({ err: error }, 'store: a PostgreSQL connection failed; the pool will open another'),
    });
    const migrated = store.migrated.map((m) => m.version);
    logger?.info({ store: 'postgresql', database: describePostgresUrl(options.databaseUrl), migrated }, 'store opened');
    return withPinCache(store);
  }
  const store = await openSqliteStore({ dataDir: options.dataDir, now });
  logger?.info({ store: 'sqlite', file: join(options.dataDir, SQLITE_FILE_NAME), migrated: store.migrated.map((m) => m.version) }, 'store opened');
  return withPinCache(store);
}
