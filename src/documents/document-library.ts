/*
 * The contract of the live document collection: the corpus folder's files plus the documents maintainers add from a
 * chat (kept in the store), served by one index that changes without a restart. Types only: the implementation is in
 * src/documents/ and src/search/, the chat flows in src/conversation/.
 */
import type { ExtractedDocument } from '../ingest/extracted-document.js';
import type { DocumentMeta } from './document.js';

/** One document the bot answers from, as /documents lists it. */
export interface LibraryEntry extends DocumentMeta {
  /** The document id (passage ids are `id#n`). Added documents: `added-` and 12 hex digits of the content hash. */
  id: string;
  /** 'corpus': a file in the corpus folder (removed by deleting the file); 'added': added from a chat. */
  origin: 'corpus' | 'added';
  passages: number;
  /** `platform:userId` of the maintainer who added it (added documents only). */
  addedBy?: string;
  /** Epoch milliseconds (added documents only). */
  addedAt?: number;
}

/** What adding a document would serve, shown before the maintainer confirms. Nothing is stored by a preview. */
export interface DocumentPreview {
  /** Metadata as it will be served: the extracted fields with the maintainer's corrections applied. */
  meta: DocumentMeta;
  passages: number;
  /** The first lines of the cleaned text. */
  firstLines: string[];
  /** The cleaning rules that removed text, each with how many lines it removed (e.g. "boilerplate line": 3). */
  removed: { rule: string; lines: number }[];
  /** A document already served with the same text. */
  duplicateOf?: LibraryEntry;
  /** The cleaned text has no passage to answer from. */
  empty: boolean;
}

/** Front-matter fields a maintainer may correct before adding. */
export type MetaCorrection = Partial<Pick<DocumentMeta, 'title' | 'outlet' | 'date' | 'url'>>;

export type AddDocumentResult =
  | { ok: true; entry: LibraryEntry }
  | { ok: false; reason: 'duplicate'; duplicateOf: LibraryEntry }
  | { ok: false; reason: 'empty' };

export type RemoveDocumentResult =
  | { ok: true; entry: LibraryEntry; /** Pins of answers that cited it, now dropped: whom to tell. */ droppedPins: DroppedPin[] }
  | { ok: false; reason: 'not-found' | 'corpus-file' };

/** A pinned answer dropped because a document it cited was removed. */
export interface DroppedPin {
  platform: 'telegram' | 'discord' | 'terminal';
  chatId: string;
  messageId: string;
  /** Platform user id of the moderator who pinned it. */
  pinnedBy: string;
  question: string;
}

export interface DocumentLibrary {
  /** Everything the bot answers from now: corpus files, then added documents (newest last). */
  list(): LibraryEntry[];
  preview(document: ExtractedDocument, correction?: MetaCorrection): DocumentPreview;
  /**
   * Adds a document: stored, then indexed, all or nothing. Resolves once this instance answers from it; other
   * instances follow within 5 s.
   */
  add(document: ExtractedDocument, by: string, correction?: MetaCorrection): Promise<AddDocumentResult>;
  /** Removes an added document: no longer cited, its pinned answers dropped. Corpus files are refused. */
  remove(id: string, by: string): Promise<RemoveDocumentResult>;
}
