import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanDocument } from './clean-document.js';
import type { SourceDocument } from './document.js';
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
  if (url) doc.url = url;
  if (via) doc.via = via;
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
 * warning instead of stopping the bot; so is a file with no text left after cleaning.
 */
export function loadDocumentFile(dir: string, name: string): LoadedFile {
  try {
    const doc = parseDocument(basename(name, extname(name)), readFileSync(join(dir, name), 'utf8'));
    return doc.paragraphs.length === 0 ? { warning: { file: name, message: 'no text left after cleaning' } } : { document: doc };
  } catch (error) {
    return { warning: { file: name, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

/** Loads every `.txt`/`.md` file of a folder as a document (see loadDocumentFile), in file-name order. */
export function loadCorpus(dir: string): LoadedCorpus {
  return collectLoadedFiles(listDocumentFiles(dir).map((name) => loadDocumentFile(dir, name)));
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
