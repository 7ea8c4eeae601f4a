import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';

/** A data folder in the temp dir, for the SQLite store; remove() deletes it. */
export interface TempDataDir {
  dir: string;
  /** Opens the SQLite store in the folder (again: a reopened store sees everything a closed one wrote). */
  open(): Promise<Store>;
  remove(): void;
}

/** Makes a fresh data folder for tests. */
export function tempDataDir(prefix = 'sanad-discord-'): TempDataDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, open: () => openStore({ dataDir: dir }), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
