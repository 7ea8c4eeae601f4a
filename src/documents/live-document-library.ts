import type { ExtractedDocument } from '../ingest/extracted-document.js';
import { passagesOf, type LiveIndex, type LiveSnapshot } from '../search/live-index.js';
import type { DocumentStore, DocumentWatch, StoredDocument } from '../store/document-store.js';
import { contentHashOf, metaOf, prepareDocument, storedToSource } from './added-document.js';
import type {
  AddDocumentResult, DocumentLibrary, DocumentPreview, LibraryEntry, MetaCorrection, RemoveDocumentResult,
} from './document-library.js';
import type { SourceDocument } from './document.js';
import type { CorpusWarning } from './load-corpus.js';
import { watchCorpusFolder, type CorpusFolderChange, type CorpusFolderWatch } from './watch-corpus-folder.js';

/** Lines of the cleaned text a preview shows. */
export const PREVIEW_LINES = 3;

/** What changed in the collection served, and why. */
export interface LibraryChange {
  /** 'this': an add or removal through this library; 'store': another instance's, read from the store; 'corpus': the folder. */
  source: 'this' | 'store' | 'corpus';
  added: string[];
  removed: string[];
}

/** Options of openDocumentLibrary. */
export interface DocumentLibraryOptions {
  live: LiveIndex;
  store: DocumentStore;
  /** The corpus folder to watch for files dropped in or removed. Default: not watched. */
  corpusDir?: string;
  /** Largest corpus file read (as at start-up). */
  maxDocumentBytes?: number;
  /** How often the corpus folder is looked at besides its file events. Default 30 s. */
  corpusRescanMs?: number;
  now?: () => number;
  /** Told what went wrong in the background (a change not applied, a watch error); the bot runs on. */
  onWarning?: (message: string, error?: unknown) => void;
  /** Told of a corpus file skipped (as start-up tells them). */
  onCorpusWarning?: (warning: CorpusWarning) => void;
}

/** A document's content hash, computed once per document object (documents are never changed once made). */
const hashes = new WeakMap<SourceDocument, string>();
const hashOf = (document: SourceDocument) => {
  let hash = hashes.get(document);
  if (hash === undefined) hashes.set(document, (hash = contentHashOf(document.paragraphs)));
  return hash;
};

/**
 * The DocumentLibrary over a live index and the store: the store is the truth for added documents, and every
 * instance (this one after a restart too) serves what it holds. An add is stored first, then indexed; if indexing
 * fails the row is removed again, and should the process die in between, the row is served on restart and by every
 * other instance at once (they follow the store's change feed), so nothing stays half added. Changes are applied
 * one at a time in this instance: its own, the store's feed and the corpus folder's.
 */
export class LiveDocumentLibrary implements DocumentLibrary {
  /** Added documents served, by id: their row. */
  private readonly added = new Map<string, StoredDocument>();
  private lastSeq = 0;
  private turn: Promise<unknown> = Promise.resolve();
  private watch?: DocumentWatch;
  private folder?: CorpusFolderWatch;
  private readonly listeners = new Set<(change: LibraryChange) => void>();
  private byParagraphs?: { snapshot: LiveSnapshot; counts: Map<number, SourceDocument[]> };
  private closed = false;

  private constructor(private readonly options: DocumentLibraryOptions) {}

  /**
   * The library of a live index opened with `stored` (the store's rows as read at start-up: every row, removed ones
   * included), following the store's changes from there and, when given, the corpus folder.
   */
  static open(options: DocumentLibraryOptions, stored: readonly StoredDocument[]): LiveDocumentLibrary {
    const library = new LiveDocumentLibrary(options);
    for (const row of stored) {
      library.lastSeq = Math.max(library.lastSeq, row.seq);
      if (row.removedAt === undefined) library.added.set(row.id, row);
    }
    library.watch = options.store.watchDocuments(() => void library.sync().catch(() => undefined), (error) => options.onWarning?.('documents: the change feed failed; reconnecting', error));
    // Changes made between reading the rows and the watch seeing changes.
    void library.watch.ready.then(() => library.sync()).catch(() => undefined);
    if (options.corpusDir) {
      library.folder = watchCorpusFolder(options.corpusDir, (change) => library.applyFolder(change), {
        ...(options.maxDocumentBytes === undefined ? {} : { maxBytes: options.maxDocumentBytes }),
        ...(options.corpusRescanMs === undefined ? {} : { rescanMs: options.corpusRescanMs }),
        onError: (error) => options.onWarning?.('documents: looking at the corpus folder failed', error),
      });
    }
    return library;
  }

  list(): LibraryEntry[] {
    const snapshot = this.options.live.current;
    const corpus: LibraryEntry[] = [];
    const added: LibraryEntry[] = [];
    for (const document of snapshot.documents) {
      const entry = this.entryOf(document, snapshot);
      (entry.origin === 'added' ? added : corpus).push(entry);
    }
    return [...corpus, ...added.sort((a, b) => a.addedAt! - b.addedAt!)];
  }

  preview(document: ExtractedDocument, correction?: MetaCorrection): DocumentPreview {
    const prepared = prepareDocument(document, correction);
    const { paragraphs } = prepared.document;
    const meta = metaOf(prepared.document);
    const duplicateOf = this.servedWithHash(prepared.document, prepared.contentHash);
    return {
      meta, passages: this.passageCountOf(prepared.document), firstLines: paragraphs.slice(0, PREVIEW_LINES), removed: prepared.removed,
      ...(duplicateOf ? { duplicateOf } : {}), empty: paragraphs.length === 0,
    };
  }

  add(document: ExtractedDocument, by: string, correction?: MetaCorrection): Promise<AddDocumentResult> {
    return this.inTurn(async () => {
      const prepared = prepareDocument(document, correction);
      if (prepared.document.paragraphs.length === 0) return { ok: false, reason: 'empty' };
      const served = this.servedWithHash(prepared.document, prepared.contentHash);
      if (served) return { ok: false, reason: 'duplicate', duplicateOf: served };
      const meta = metaOf(prepared.document);
      const result = await this.options.store.addDocument({
        id: prepared.document.id, contentHash: prepared.contentHash, meta, origin: document.origin, text: prepared.text, addedBy: by, addedAt: this.now(),
      });
      if ('duplicateOf' in result) {
        // Stored by another instance a moment ago, and not yet served here: serve it now, and name it.
        await this.apply([result.duplicateOf], 'store');
        return { ok: false, reason: 'duplicate', duplicateOf: this.entryOfStored(result.duplicateOf) };
      }
      try {
        await this.apply([result.added], 'this');
      } catch (error) {
        // All or nothing: the row goes, so that no instance serves what this one could not index.
        await this.options.store.removeDocument(result.added.id, by, this.now()).catch(() => undefined);
        throw error;
      }
      return { ok: true, entry: this.entryOfStored(result.added) };
    });
  }

  remove(id: string, by: string): Promise<RemoveDocumentResult> {
    return this.inTurn(async () => {
      const snapshot = this.options.live.current;
      const served = snapshot.document(id);
      if (served && !this.added.has(id)) return { ok: false, reason: 'corpus-file' };
      const entry = served ? this.entryOf(served, snapshot) : undefined;
      const at = this.now();
      const row = await this.options.store.removeDocument(id, by, at);
      if (!row) return { ok: false, reason: 'not-found' };
      await this.apply([row], 'this');
      const droppedPins = await this.options.store.dropPinsCiting(id, at);
      return { ok: true, entry: entry ?? this.entryOfStored(row), droppedPins };
    });
  }

  /** Calls `listener` after each change applied to the served collection; returns the unsubscribe. */
  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the store's changes since the last seen and applies them (the change feed calls it). */
  sync(): Promise<void> {
    return this.inTurn(async () => {
      if (this.closed) return;
      const rows = await this.options.store.documentChangesSince(this.lastSeq);
      if (rows.length) await this.apply(rows, 'store');
    });
  }

  /** Looks at the corpus folder now (its watch does so on file events and every corpusRescanMs). */
  async rescanCorpus(): Promise<void> {
    await this.folder?.rescan();
  }

  /** Stops following the store and the folder; waits for a change under way. */
  async close(): Promise<void> {
    this.closed = true;
    this.folder?.close();
    await this.watch?.close();
    await this.turn.catch(() => undefined);
  }

  /** Applies store rows (adds and removals, in seq order) that are not already what this instance serves. */
  private async apply(rows: readonly StoredDocument[], source: LibraryChange['source']): Promise<void> {
    const adds = new Map<string, StoredDocument>();
    const removals = new Set<string>();
    for (const row of rows) {
      if (row.removedAt === undefined) {
        removals.delete(row.id);
        adds.set(row.id, row);
      } else {
        adds.delete(row.id);
        removals.add(row.id);
      }
    }
    const toAdd = [...adds.values()].filter((row) => this.added.get(row.id)?.seq !== row.seq);
    const toRemove = [...removals].filter((id) => this.added.has(id));
    if (toRemove.length) await this.options.live.remove(toRemove);
    if (toAdd.length) await this.options.live.add(toAdd.map(storedToSource));
    for (const id of toRemove) this.added.delete(id);
    for (const row of toAdd) this.added.set(row.id, row);
    if (source === 'store') for (const row of rows) this.lastSeq = Math.max(this.lastSeq, row.seq);
    if (toAdd.length || toRemove.length) this.tell({ source, added: toAdd.map((r) => r.id), removed: toRemove });
  }

  private applyFolder(change: CorpusFolderChange): Promise<void> {
    return this.inTurn(async () => {
      for (const warning of change.warnings) this.options.onCorpusWarning?.(warning);
      // An added document and a file never share an id (added ids are `added-…`); a file named so is still a file.
      const removed = change.removed.filter((id) => !this.added.has(id));
      if (removed.length) await this.options.live.remove(removed);
      if (change.documents.length) await this.options.live.add(change.documents);
      this.tell({ source: 'corpus', added: change.documents.map((d) => d.id), removed });
    });
  }

  private tell(change: LibraryChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.options.onWarning?.('documents: a change listener failed', error);
      }
    }
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work);
    this.turn = run.catch((error: unknown) => this.options.onWarning?.('documents: a change was not applied', error));
    return run;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /**
   * The served document with the same text, as an entry. Only documents with as many paragraphs are hashed (cleaned
   * paragraphs are never empty, so texts with other counts cannot hash alike): hashing a whole large corpus takes
   * seconds, a handful of documents nothing.
   */
  private servedWithHash(document: SourceDocument, hash: string): LibraryEntry | undefined {
    const snapshot = this.options.live.current;
    if (this.byParagraphs?.snapshot !== snapshot) {
      const counts = new Map<number, SourceDocument[]>();
      for (const d of snapshot.documents) {
        const same = counts.get(d.paragraphs.length);
        if (same) same.push(d);
        else counts.set(d.paragraphs.length, [d]);
      }
      this.byParagraphs = { snapshot, counts };
    }
    const found = this.byParagraphs.counts.get(document.paragraphs.length)?.find((d) => hashOf(d) === hash);
    return found ? this.entryOf(found, snapshot) : undefined;
  }

  private passageCountOf(document: SourceDocument): number {
    return document.paragraphs.length === 0 ? 0 : passagesOf([document]).length;
  }

  private entryOf(document: SourceDocument, snapshot: LiveSnapshot): LibraryEntry {
    const row = this.added.get(document.id);
    return {
      id: document.id, ...metaOf(document), origin: row ? 'added' : 'corpus', passages: snapshot.passageCount(document.id),
      ...(row ? { addedBy: row.addedBy, addedAt: row.addedAt } : {}),
    };
  }

  private entryOfStored(row: StoredDocument): LibraryEntry {
    const snapshot = this.options.live.current;
    const served = snapshot.document(row.id);
    return served ? this.entryOf(served, snapshot) : {
      id: row.id, ...row.meta, origin: 'added', passages: 0, addedBy: row.addedBy, addedAt: row.addedAt,
    };
  }
}
