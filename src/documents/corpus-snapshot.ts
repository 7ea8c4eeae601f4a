import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedCorpus } from './load-corpus.js';

/**
 * A saved copy of a corpus as loaded (its documents cleaned, the files skipped and why), so that a restart with
 * unchanged files skips reading and cleaning them. It is found by a fingerprint of every document file's name and
 * bytes and of the loading code itself (this folder's modules), so a changed, added or removed file, or an upgraded
 * cleaner, finds no snapshot and loads the files again.
 */

/** Bumped when the snapshot's layout changes. */
const SNAPSHOT_VERSION = 1;

let codeFingerprint: string | undefined;

/** A hash of the modules that load and clean documents (this folder), compiled or not. */
function documentsCodeFingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.(ts|js)$/.test(n)).sort()) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
  return (codeFingerprint = hash.digest('hex'));
}

/** The fingerprint of a corpus folder's document files (names and bytes) together with the loading code. */
export function corpusFingerprint(dir: string, names: readonly string[]): { fingerprint: string; bytes: number } {
  const hash = createHash('sha256').update(`v${SNAPSHOT_VERSION}\0${documentsCodeFingerprint()}\0`);
  let bytes = 0;
  for (const name of names) {
    let content: Buffer;
    try {
      content = readFileSync(join(dir, name));
    } catch {
      content = Buffer.alloc(0); // unreadable now: loading it will say why
    }
    bytes += content.length;
    hash.update(`${name}\0${content.length}\0`).update(content);
  }
  return { fingerprint: hash.digest('hex'), bytes };
}

/** The snapshot's file for a fingerprint. */
export function snapshotFile(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, `documents-${fingerprint.slice(0, 24)}.json`);
}

/** The corpus saved under this fingerprint, or undefined when there is none or it cannot be read. */
export function readCorpusSnapshot(cacheDir: string, fingerprint: string): LoadedCorpus | undefined {
  try {
    const data = JSON.parse(readFileSync(snapshotFile(cacheDir, fingerprint), 'utf8')) as LoadedCorpus & { fingerprint?: string };
    if (data.fingerprint !== fingerprint || !Array.isArray(data.documents) || !Array.isArray(data.warnings)) return undefined;
    return { documents: data.documents, warnings: data.warnings };
  } catch {
    return undefined;
  }
}

/** Saves the corpus under its fingerprint (write, then rename); a read-only or full disk only costs a reload. */
export function writeCorpusSnapshot(cacheDir: string, fingerprint: string, corpus: LoadedCorpus): void {
  const file = snapshotFile(cacheDir, fingerprint);
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(partial, JSON.stringify({ fingerprint, documents: corpus.documents, warnings: corpus.warnings }));
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
