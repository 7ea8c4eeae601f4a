import { SqlDocumentStore, watchSqliteFile, type DocumentStore } from './document-store.js';
import type { OpenStoreOptions } from './open-store.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import { watchPostgresDocuments } from './watch-postgres-documents.js';

/**
 * Opens the documents part of the store, on its own connection(s) to the same database as openStore (PostgreSQL
 * when a database URL is set, else the SQLite file under the data folder), migrations included.
 */
export async function openDocumentStore(options: OpenStoreOptions): Promise<DocumentStore> {
  const { now } = options;
  if (options.databaseUrl) {
    const store = await openPostgresStore({
      databaseUrl: options.databaseUrl, now,
      onConnectionError: (error) => options.logger?.warn({ err: error }, 'documents: a PostgreSQL connection failed; the pool will open another'),
    });
    return new SqlDocumentStore(store.db, watchPostgresDocuments(options.databaseUrl), () => store.close());
  }
  const store = await openSqliteStore({ dataDir: options.dataDir, now });
  return new SqlDocumentStore(store.db, watchSqliteFile, () => store.close());
}
