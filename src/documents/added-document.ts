import { createHash } from 'node:crypto';
import type { ExtractedDocument } from '../ingest/extracted-document.js';
import type { StoredDocument } from '../store/document-store.js';
import { cleanDocument, datelineOf, type CleaningRule } from './clean-document.js';
import type { MetaCorrection } from './document-library.js';
import type { DocumentMeta, SourceDocument } from './document.js';
import { lineKey } from './line-key.js';

/** A document read from an upload or a link, cleaned as corpus files are, with what it would be stored as. */
export interface PreparedDocument {
  document: SourceDocument;
  /** SHA-256 of the cleaned text, normalised (contentHashOf). */
  contentHash: string;
  /** The cleaned text as stored: the paragraphs, separated by blank lines (cleaning it again changes nothing). */
  text: string;
  /** The cleaning rules that removed lines, with how many each. */
  removed: { rule: string; lines: number }[];
}

/**
 * The hash two documents share when they hold the same text: their paragraphs with spelling, case, punctuation and
 * spacing folded away (lineKey), in order.
 */
export function contentHashOf(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of paragraphs) hash.update(lineKey(p)).update('\n');
  return hash.digest('hex');
}

/** The id of an added document: `added-` and 12 hex digits of its content hash. */
export const addedDocumentId = (contentHash: string): string => `added-${contentHash.slice(0, 12)}`;

/** The first of the values that is a non-blank string, trimmed. */
const firstOf = (...values: (string | undefined)[]) => values.map((v) => v?.trim()).find((v) => v);

/**
 * Cleans an extracted document with the corpus files' rules (cleanDocument) and applies the maintainer's
 * corrections: the title, outlet, date and link as stated by the file or page unless corrected; the date, link and
 * credited source the text states fill what is still missing.
 */
export function prepareDocument(extracted: ExtractedDocument, correction: MetaCorrection = {}): PreparedDocument {
  const counts = new Map<CleaningRule, number>();
  const title = firstOf(correction.title, extracted.title);
  const cleaned = cleanDocument(extracted.text, { ...(title ? { title } : {}), onRemoved: (rule) => counts.set(rule, (counts.get(rule) ?? 0) + 1) });
  const meta: DocumentMeta = { title: firstOf(title, cleaned.title, extracted.origin) ?? '' };
  const outlet = firstOf(correction.outlet, extracted.outlet);
  const date = firstOf(correction.date, extracted.date, cleaned.date);
  const url = firstOf(correction.url, extracted.url, cleaned.url);
  if (outlet) meta.outlet = outlet;
  if (date) meta.date = date;
  const dateline = datelineOf(cleaned, date);
  if (dateline) meta.dateline = dateline;
  if (url) meta.url = url;
  if (cleaned.via) meta.via = cleaned.via;
  if (cleaned.credits) meta.credits = cleaned.credits;
  const contentHash = contentHashOf(cleaned.paragraphs);
  return {
    document: { id: addedDocumentId(contentHash), ...meta, paragraphs: cleaned.paragraphs },
    contentHash,
    text: cleaned.paragraphs.join('\n\n'),
    removed: [...counts].map(([rule, lines]) => ({ rule, lines })),
  };
}

/** A stored document as served: its paragraphs as stored, its metadata. */
export function storedToSource(stored: StoredDocument): SourceDocument {
  return { id: stored.id, ...stored.meta, paragraphs: stored.text ? stored.text.split('\n\n') : [] };
}

/** The metadata of a document (or an entry), without anything else. */
export function metaOf(document: DocumentMeta): DocumentMeta {
  const meta: DocumentMeta = { title: document.title };
  if (document.outlet !== undefined) meta.outlet = document.outlet;
  if (document.date !== undefined) meta.date = document.date;
  if (document.dateline !== undefined) meta.dateline = document.dateline;
  if (document.url !== undefined) meta.url = document.url;
  if (document.via !== undefined) meta.via = document.via;
  if (document.credits !== undefined) meta.credits = document.credits;
  return meta;
}
