import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage, SourceDocument } from '../documents/document.js';
import { IndexFormatError } from './bm25-index.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

/** Where an index came from: loaded from the cache, or built (and saved when a cache folder was given). */
export type IndexOrigin = 'cache' | 'built';

/**
 * The saved index's file for exactly these passages. The name carries the corpus signature, so a changed document,
 * gazetteer or analysis names another file.
 */
export function savedIndexFile(cacheDir: string, passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): string {
  return join(cacheDir, `passages-${PassageIndex.corpusSignature(passages, gazetteer, options).slice(0, 24)}.idx`);
}

/** Most bytes one read call takes (readFileSync refuses files over 2 GiB; a saved index of a million passages nears that). */
const READ_CHUNK_BYTES = 1 << 30;

/** A whole file in one Buffer, read in chunks, whatever its size (up to Buffer's own limit). */
function readWholeFile(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    for (let at = 0; at < size;) {
      const read = readSync(fd, buffer, at, Math.min(READ_CHUNK_BYTES, size - at), at);
      if (read === 0) throw new IndexFormatError('index is truncated');
      at += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** The index saved in `file` for these passages, or undefined when there is none or it does not fit them (damaged, older format). */
export function loadSavedIndex(
  file: string, documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
): PassageIndex | undefined {
  try {
    return PassageIndex.fromBuffer(readWholeFile(file), documents, passages, gazetteer, options);
  } catch (error) {
    if (!(error instanceof IndexFormatError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

/** Saves an index to `file`; a read-only or full disk only costs a rebuild next time, so failing is silent. */
export function saveIndex(file: string, index: PassageIndex): void {
  // Write then rename, so a bot killed mid-write never leaves a half file under the real name.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(partial, index.toBuffer());
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}

/**
 * Loads the saved index of exactly these passages from cacheDir, or builds it and saves it there. A damaged or
 * unwritable cache never stops the bot: it only costs a rebuild.
 */
export function loadOrBuildIndex(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  cacheDir?: string,
): { index: PassageIndex; origin: IndexOrigin } {
  if (!cacheDir) return { index: PassageIndex.build(documents, passages, gazetteer, options), origin: 'built' };
  const file = savedIndexFile(cacheDir, passages, gazetteer, options);
  const saved = loadSavedIndex(file, documents, passages, gazetteer, options);
  if (saved) return { index: saved, origin: 'cache' };
  const index = PassageIndex.build(documents, passages, gazetteer, options);
  saveIndex(file, index);
  return { index, origin: 'built' };
}
