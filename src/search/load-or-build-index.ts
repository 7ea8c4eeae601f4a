import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage, SourceDocument } from '../documents/document.js';
import { IndexFormatError } from './bm25-index.js';
import type { Gazetteer } from './gazetteer.js';
import { PassageIndex, type PassageIndexOptions } from './passage-index.js';

/** Where an index came from: loaded from the cache, or built (and saved when a cache folder was given). */
export type IndexOrigin = 'cache' | 'built';

/**
 * Loads the saved index of exactly these passages from cacheDir, or builds it and saves it there. The file name
 * carries the corpus signature, so a changed document, gazetteer or analysis builds a new index. A damaged or
 * unwritable cache never stops the bot: it only costs a rebuild.
 */
export function loadOrBuildIndex(
  documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {},
  cacheDir?: string,
): { index: PassageIndex; origin: IndexOrigin } {
  if (!cacheDir) return { index: PassageIndex.build(documents, passages, gazetteer, options), origin: 'built' };
  const file = join(cacheDir, `passages-${PassageIndex.corpusSignature(passages, gazetteer, options).slice(0, 24)}.idx`);
  try {
    return { index: PassageIndex.fromBuffer(readFileSync(file), documents, passages, gazetteer, options), origin: 'cache' };
  } catch (error) {
    if (!(error instanceof IndexFormatError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const index = PassageIndex.build(documents, passages, gazetteer, options);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a bot killed mid-write never leaves a half file under the real name.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, index.toBuffer());
    renameSync(partial, file);
  } catch {
    // A read-only or full disk: run from the built index.
  }
  return { index, origin: 'built' };
}
