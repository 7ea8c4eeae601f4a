import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage, SourceDocument } from '../documents/document.js';
import { IndexVersionError } from './bm25-format.js';
import { readWholeFile } from './read-whole-file.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** Where an index came from: loaded from the cache, or built (and saved when a cache folder was given). */
export type IndexOrigin = 'cache' | 'built';

/** The index, where it came from, and what went wrong with the cache on the way (for a warning; the bot runs on). */
export interface LoadedIndex {
  index: PassageIndex;
  origin: IndexOrigin;
  /** Set when the saved index could not be read or written: damaged, unreadable, or the cache path unusable. */
  warning?: string;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/**
 * The saved index's file for exactly these passages. The name carries the corpus signature, so a changed document,
 * gazetteer or analysis names another file.
 */
export function savedIndexFile(cacheDir: string, passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): string {
  return join(cacheDir, `passages-${PassageIndex.corpusSignature(passages, gazetteer, options).slice(0, 24)}.idx`);
}

/**
 * The index saved in `file` for these passages, or undefined when there is none. Nothing about the file stops the
 * bot: a damaged one (its checksum), an unreadable one or a folder in its place is pushed to `problems` and costs a
 * rebuild. One written by another version of sanad is simply rebuilt: that is what an upgrade does, not damage.
 * `bytes`: the file's content when already read (prefetchSavedIndex).
 */
export function loadSavedIndex(
  file: string, documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer,
  options: PassageIndexOptions = {}, problems: string[] = [], bytes?: Buffer,
): PassageIndex | undefined {
  try {
    return PassageIndex.fromBuffer(bytes ?? readWholeFile(file), documents, passages, gazetteer, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof IndexVersionError)) problems.push(`saved index ${file} not used (${reasonOf(error)})`);
    return undefined;
  }
}

/** Saves an index to `file`; a cache path that is a file, or a read-only or full disk, is pushed to `problems`. */
export function saveIndex(file: string, index: PassageIndex, problems: string[] = []): void {
  // Write then rename, so a bot killed mid-write never leaves a half file under the real name.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(partial, index.toBuffer());
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The cache path is not a folder: there is no partial file to remove.
    }
    problems.push(`index not saved under ${join(file, '..')} (${reasonOf(error)})`);
  }
}

/**
 * saveIndex for a bot already answering: the index is encoded here, written asynchronously (then renamed, so no
 * half file is ever under the real name). Never rejects: what went wrong is pushed to `problems`.
 */
export async function saveIndexInBackground(file: string, index: PassageIndex, problems: string[]): Promise<void> {
  try {
    await writeFileAtomically(file, index.toBuffer());
  } catch (error) {
    problems.push(`index not saved under ${join(file, '..')} (${reasonOf(error)})`);
  }
}

/** The warning an operator gets for cache problems, or undefined when there were none. */
export function cacheWarning(problems: readonly string[]): string | undefined {
  return problems.length ? `${problems.join('; ')}; built afresh` : undefined;
}

/**
 * Loads the saved index of exactly these passages from cacheDir, or builds it and saves it there. Nothing about the
 * cache ever stops the bot: a damaged file, an unreadable one, a cache path that is a file or a folder where the index
 * should be, a full or read-only disk: each costs a rebuild and a warning, never a crash.
 */
export function loadOrBuildIndex(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  cacheDir?: string,
): LoadedIndex {
  if (!cacheDir) return { index: PassageIndex.build(documents, passages, gazetteer, options), origin: 'built' };
  const file = savedIndexFile(cacheDir, passages, gazetteer, options);
  const problems: string[] = [];
  const saved = loadSavedIndex(file, documents, passages, gazetteer, options, problems);
  if (saved) return { index: saved, origin: 'cache' };
  const index = PassageIndex.build(documents, passages, gazetteer, options);
  saveIndex(file, index, problems);
  const warning = cacheWarning(problems);
  return { index, origin: 'built', ...(warning ? { warning } : {}) };
}
