import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { createTestSchema } from '../../store/postgres-schema.js';

/** The store back ends the adapter tests run on. */
export type StoreBackendName = 'sqlite' | 'postgresql';

/** A data folder in the temp dir, and a store for it; remove() deletes both. */
export interface TempDataDir {
  dir: string;
  /** Opens the store (again: a reopened store sees everything a closed one wrote). */
  open(): Promise<Store>;
  remove(): Promise<void>;
}

/** Makes a fresh data folder for tests, with a SQLite store in it or a fresh schema of the test PostgreSQL. */
export async function tempDataDir(backend: StoreBackendName = 'sqlite', prefix = 'sanad-discord-'): Promise<TempDataDir> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const schema = backend === 'postgresql' ? await createTestSchema() : undefined;
  return {
    dir,
    open: () => openStore({ dataDir: dir, databaseUrl: schema?.url }),
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      await schema?.drop();
    },
  };
}
