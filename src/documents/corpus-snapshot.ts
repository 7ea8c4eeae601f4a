import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_DOCUMENT_BYTES, type LoadedCorpus } from './load-corpus.js';
import { readTextLines } from './read-text-lines.js';
import { ReusingFileReader } from './reusing-file-reader.js';
import type { SourceDocument } from './document.js';

/**
 * A saved copy of a corpus as loaded (its documents cleaned, the files skipped and why), so that a restart with
 * unchanged files skips reading and cleaning them. It is found by a fingerprint of every document file's name and
 * bytes and of the loading code itself (this folder's modules), so a changed, added or removed file, or an upgraded
 * cleaner, finds no snapshot and loads the files again.
 */

/**
 * Bumped when the snapshot's layout changes. 2: JSON lines (a header line with the fingerprint and the skipped
 * files, then one line per document), so that a corpus larger than the longest string JavaScript allows (about
 * 512 MiB of text) is written and read a document at a time. 3: a document's line gives its number of paragraphs,
 * each on a line of its own after it, as plain text (a paragraph with a line break or a lone surrogate, never made
 * by cleaning, keeps the JSON array): read back as slices of the decoded text, with no JSON string to parse, copy
 * and collect, which took half of a restart's reading of the snapshot.
 */
const SNAPSHOT_VERSION = 3;

let codeFingerprint: string | undefined;

/** A hash of the modules that load and clean documents (this folder), compiled or not. */
function documentsCodeFingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.(ts|js)$/.test(n)).sort()) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
  return (codeFingerprint = hash.digest('hex'));
}

/**
 * The fingerprint of a corpus folder's document files (names and bytes) together with the loading code; with the
 * bytes read, in all and per file (0 for a file over the limit or unreadable).
 */
export function corpusFingerprint(dir: string, names: readonly string[], maxBytes = DEFAULT_MAX_DOCUMENT_BYTES): { fingerprint: string; bytes: number; sizes: number[] } {
  const hash = createHash('sha256').update(`v${SNAPSHOT_VERSION}\0${documentsCodeFingerprint()}\0${maxBytes}\0`);
  let bytes = 0;
  const sizes: number[] = [];
  const reader = new ReusingFileReader();
  for (const name of names) {
    let content: Buffer;
    try {
      // A file over the limit is skipped unread, so only its size counts.
      const size = statSync(join(dir, name)).size;
      if (size > maxBytes) {
        hash.update(`${name}\0${size}\0over`);
        sizes.push(0);
        continue;
      }
      content = reader.read(join(dir, name));
    } catch {
      content = Buffer.alloc(0); // unreadable now: loading it will say why
    }
    bytes += content.length;
    sizes.push(content.length);
    hash.update(`${name}\0${content.length}\0`).update(content);
  }
  return { fingerprint: hash.digest('hex'), bytes, sizes };
}

/** Whether the cache folder holds a snapshot of any corpus (a missing or unreadable folder holds none). */
export function hasCorpusSnapshots(cacheDir: string): boolean {
  try {
    return readdirSync(cacheDir).some((name) => name.startsWith('documents-') && name.endsWith('.jsonl'));
  } catch {
    return false;
  }
}

/** The snapshot's file for a fingerprint. */
export function snapshotFile(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, `documents-${fingerprint.slice(0, 24)}.jsonl`);
}

/** The corpus saved under this fingerprint, or undefined when there is none or it cannot be read. */
export function readCorpusSnapshot(cacheDir: string, fingerprint: string): LoadedCorpus | undefined {
  const saved = readCorpusSnapshotFile(snapshotFile(cacheDir, fingerprint));
  return saved?.fingerprint === fingerprint ? saved.corpus : undefined;
}

/** The newest snapshot file of a cache folder, with when it was written; undefined when there is none. */
export function newestCorpusSnapshot(cacheDir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  try {
    for (const name of readdirSync(cacheDir)) {
      if (!name.startsWith('documents-') || !name.endsWith('.jsonl')) continue;
      const file = join(cacheDir, name);
      const { mtimeMs } = statSync(file);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  } catch {
    return undefined;
  }
  return newest;
}

/** A snapshot file's corpus and the fingerprint it was saved under, or undefined when it cannot be read. */
export function readCorpusSnapshotFile(file: string): { fingerprint: string; corpus: LoadedCorpus } | undefined {
  try {
    const lines = readTextLines(file);
    const header = JSON.parse(lines[0]!) as { fingerprint?: string; documents?: number; warnings?: LoadedCorpus['warnings'] };
    if (typeof header.fingerprint !== 'string' || !Array.isArray(header.warnings) || typeof header.documents !== 'number') return undefined;
    const documents: SourceDocument[] = [];
    let at = 1;
    for (let d = 0; d < header.documents; d++) {
      const document = JSON.parse(lines[at++]!) as Omit<SourceDocument, 'paragraphs'> & { paragraphs: number | string[] };
      if (typeof document.paragraphs === 'number') {
        if (at + document.paragraphs > lines.length) return undefined;
        document.paragraphs = lines.slice(at, (at += document.paragraphs));
      }
      documents.push(document as SourceDocument);
    }
    // The file ends with the last document's last line (its final newline splits off an empty line).
    if (at !== lines.length - 1 || lines[at] !== '') return undefined;
    return { fingerprint: header.fingerprint, corpus: { documents, warnings: header.warnings } };
  } catch {
    return undefined;
  }
}

/** Whether a document's paragraphs can be saved as lines of their own (no line break, no lone surrogate in them). */
function writableAsLines(paragraphs: readonly string[]): boolean {
  return paragraphs.length > 0 && paragraphs.every((p) => !/[\n\r]/.test(p) && isWellFormed(p));
}

/** Whether a string has no lone surrogate (UTF-8 cannot carry one). */
function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Lines of the snapshot are written in chunks of about this many characters (the event loop runs in between). */
const WRITE_CHUNK_CHARS = 1 << 20;

/** Saved copies written by this process so far: each writes a partial file of its own. */
let writes = 0;

/**
 * Saves the corpus under its fingerprint (write, then rename, so no half file is ever under the real name); a
 * read-only or full disk only costs a reload. Asynchronous, a chunk of documents at a time, so that a bot can
 * answer while it writes.
 */
export async function writeCorpusSnapshot(cacheDir: string, fingerprint: string, corpus: LoadedCorpus): Promise<void> {
  const file = snapshotFile(cacheDir, fingerprint);
  const partial = `${file}.${process.pid}.${writes++}.tmp`;
  let handle: FileHandle | undefined;
  try {
    await mkdir(cacheDir, { recursive: true });
    handle = await open(partial, 'w');
    let chunk = `${JSON.stringify({ fingerprint, documents: corpus.documents.length, warnings: corpus.warnings })}\n`;
    for (const document of corpus.documents) {
      chunk += writableAsLines(document.paragraphs)
        ? `${JSON.stringify({ ...document, paragraphs: document.paragraphs.length })}\n${document.paragraphs.join('\n')}\n`
        : `${JSON.stringify(document)}\n`;
      if (chunk.length >= WRITE_CHUNK_CHARS) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(chunk);
    await handle.close();
    handle = undefined;
    await rename(partial, file);
  } catch {
    await handle?.close().catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
  }
}
