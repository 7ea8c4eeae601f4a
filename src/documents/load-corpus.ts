import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanDocument, datelineOf } from './clean-document.js';
import type { SourceDocument } from './document.js';
import type { ReusingFileReader } from './reusing-file-reader.js';
import { parseFrontMatter } from './front-matter.js';

/** A file the loader skipped, and why. */
export interface CorpusWarning {
  file: string;
  message: string;
}

/** The documents of a corpus folder and the files it could not use. */
export interface LoadedCorpus {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
}

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);

/** Largest document file read by default, in bytes: a news article is tens of kilobytes; 5 MB is a book. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000;
/** Share of characters that may be undecodable (U+FFFD) or control characters before a file counts as binary. */
const MAX_NON_TEXT_SHARE = 0.05;

/** Options of loadCorpus. */
export interface LoadCorpusOptions {
  /** Larger files are skipped with a warning. Default DEFAULT_MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
}

/**
 * Why a file's bytes are not a text document, if they are not: a NUL byte (no text file has one), or more than a
 * few undecodable bytes and control characters (a picture or an archive renamed .txt).
 */
export function notTextReason(bytes: Buffer, text: string): string | undefined {
  if (bytes.includes(0)) return 'binary file (NUL bytes), not text';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is counted
  const bad = text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return bad > Math.max(2, text.length * MAX_NON_TEXT_SHARE) ? `mostly not text (${bad} undecodable or control characters); binary?` : undefined;
}

function optionalString(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Parses one document file's text: optional front matter, then the body cleaned by the shared rules. */
export function parseDocument(id: string, text: string): SourceDocument {
  const { data, body } = parseFrontMatter(text);
  const declaredTitle = optionalString(data.title);
  const cleaned = cleanDocument(body, declaredTitle ? { title: declaredTitle } : {});
  const doc: SourceDocument = { id, title: cleaned.title ?? id, paragraphs: cleaned.paragraphs };
  const outlet = optionalString(data.outlet);
  const date = optionalString(data.date) ?? cleaned.date;
  const url = optionalString(data.url) ?? cleaned.url;
  const via = optionalString(data.via) ?? cleaned.via;
  if (outlet) doc.outlet = outlet;
  if (date) doc.date = date;
  const dateline = datelineOf(cleaned, date);
  if (dateline) doc.dateline = dateline;
  if (url) doc.url = url;
  if (via) doc.via = via;
  if (cleaned.credits) doc.credits = cleaned.credits;
  return doc;
}

/** The document files of a folder (`.txt`, `.md`), sorted by name; README files describe a corpus, not part of it. */
export function listDocumentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme\./i.test(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** One file of a corpus folder loaded as a document, or the reason it was skipped. */
export type LoadedFile = { document: SourceDocument } | { warning: CorpusWarning };

/**
 * Loads one `.txt`/`.md` file of a folder as a document. A file that cannot be read or parsed is skipped with a
 * warning naming it instead of stopping the bot; so is a file over the size limit (unread), a binary file, and a
 * file with no text left after cleaning. `reader`: reads the file into memory it reuses (a thread loading many files).
 */
export function loadDocumentFile(dir: string, name: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES, reader?: ReusingFileReader): LoadedFile {
  try {
    const size = statSync(join(dir, name)).size;
    if (size > maxBytes) return { warning: { file: name, message: `${size} bytes, over the limit of ${maxBytes} (SANAD_MAX_DOCUMENT_BYTES)` } };
    const bytes = reader ? reader.read(join(dir, name)) : readFileSync(join(dir, name));
    const text = bytes.toString('utf8');
    const notText = notTextReason(bytes, text);
    if (notText) return { warning: { file: name, message: notText } };
    const doc = parseDocument(basename(name, extname(name)), text);
    return doc.paragraphs.length === 0 ? { warning: { file: name, message: 'no text left after cleaning' } } : { document: doc };
  } catch (error) {
    return { warning: { file: name, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

/** Loads every `.txt`/`.md` file of a folder as a document (see loadDocumentFile), in file-name order. */
export function loadCorpus(dir: string, options: LoadCorpusOptions = {}): LoadedCorpus {
  return collectLoadedFiles(listDocumentFiles(dir).map((name) => loadDocumentFile(dir, name, options.maxBytes)));
}

/** Each file's size in bytes, as corpusFingerprint counts them: 0 for a file over `maxBytes` or unreadable. */
export function documentFileSizes(dir: string, names: readonly string[], maxBytes = DEFAULT_MAX_DOCUMENT_BYTES): number[] {
  return names.map((name) => {
    try {
      const { size } = statSync(join(dir, name));
      return size > maxBytes ? 0 : size;
    } catch {
      return 0;
    }
  });
}

/** The documents and warnings of loaded files, in their order. */
export function collectLoadedFiles(files: readonly LoadedFile[]): LoadedCorpus {
  const documents: SourceDocument[] = [];
  const warnings: CorpusWarning[] = [];
  for (const file of files) {
    if ('document' in file) documents.push(file.document);
    else warnings.push(file.warning);
  }
  return { documents, warnings };
}
