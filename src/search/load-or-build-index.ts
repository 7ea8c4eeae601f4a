import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage, SourceDocument } from '../documents/document.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

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
 * Loads the saved index of exactly these passages from cacheDir, or builds it and saves it there. The file name
 * carries the corpus signature, so a changed document, gazetteer or analysis builds a new index. Nothing about the
 * cache ever stops the bot: a damaged file (its checksum), an unreadable one, a cache path that is a file or a folder
 * where the index should be, a full or read-only disk: each costs a rebuild and a warning, never a crash.
 */
export function loadOrBuildIndex(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  cacheDir?: string,
): LoadedIndex {
  if (!cacheDir) return { index: PassageIndex.build(documents, passages, gazetteer, options), origin: 'built' };
  const file = join(cacheDir, `passages-${PassageIndex.corpusSignature(passages, gazetteer, options).slice(0, 24)}.idx`);
  const problems: string[] = [];
  try {
    return { index: PassageIndex.fromBuffer(readFileSync(file), documents, passages, gazetteer, options), origin: 'cache' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`saved index ${file} not used (${reasonOf(error)})`);
  }
  const index = PassageIndex.build(documents, passages, gazetteer, options);
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a bot killed mid-write never leaves a half file under the real name.
    writeFileSync(partial, index.toBuffer());
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The cache path is not a folder: there is no partial file to remove.
    }
    problems.push(`index not saved under ${cacheDir} (${reasonOf(error)})`);
  }
  return { index, origin: 'built', ...(problems.length ? { warning: `${problems.join('; ')}; built afresh` } : {}) };
}
