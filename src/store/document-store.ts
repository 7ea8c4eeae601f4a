import type { Answer } from '../answer/answer.js';
import type { DroppedPin } from '../documents/document-library.js';
import type { DocumentMeta } from '../documents/document.js';
import type { MastheadCredit } from '../documents/masthead-credits.js';
import type { IntColumn } from './rows.js';
import type { SqlDatabase, SqlSession, SqlValue } from './sql-database.js';
import type { Platform } from './store.js';

/** A document added from a chat, as the store keeps it: the text as read and the metadata as served. */
export interface StoredDocument {
  /** Orders every change (an add, a removal) across instances: an instance re-reads the rows above the last it saw. */
  seq: number;
  /** `added-` and 12 hex digits of the content hash. */
  id: string;
  /** SHA-256 of the cleaned text, normalised (see contentHash): at most one live document per hash. */
  contentHash: string;
  meta: DocumentMeta;
  /** What it was read from: the file name or the link, as sent. */
  origin?: string;
  /** The text as read (before cleaning; cleaning is run again on load). */
  text: string;
  /** `platform:userId` of the maintainer. */
  addedBy: string;
  addedAt: number;
  removedAt?: number;
  removedBy?: string;
}

/** What addDocument needs: a StoredDocument without what the store assigns. */
export type NewStoredDocument = Omit<StoredDocument, 'seq' | 'removedAt' | 'removedBy'>;

/** A live watch of document changes made by other instances. */
export interface DocumentWatch {
  /**
   * Resolves once the watch sees changes (PostgreSQL: listening; SQLite: the first version read), or its first attempt
   * failed: changes committed before then are found by reading documentChangesSince after it.
   */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** The documents part of the store (SQLite and PostgreSQL alike). */
export interface DocumentStore {
  /**
   * Adds a document in one transaction, unless a live one has the same content hash: then nothing is written and
   * that one is returned. A document removed before and added again gets its row back (same id), with a new seq.
   */
  addDocument(document: NewStoredDocument): Promise<{ added: StoredDocument } | { duplicateOf: StoredDocument }>;
  /** Marks a live document removed; resolves to it, or undefined when no live document has this id. */
  removeDocument(id: string, by: string, at: number): Promise<StoredDocument | undefined>;
  /** The live documents, oldest change first. */
  liveDocuments(): Promise<StoredDocument[]>;
  /** Every row changed after `seq` (adds and removals), in seq order. */
  documentChangesSince(seq: number): Promise<StoredDocument[]>;
  /** Unpins every live pin of an answer citing the document; resolves to those pins, for a note to their moderators. */
  dropPinsCiting(docId: string, at: number): Promise<DroppedPin[]>;
  /**
   * Calls `onChange` when another instance may have changed documents (PostgreSQL: a notification, and after a lost
   * connection is back; SQLite: the file changed, checked every second at no cost when it did not). The caller then
   * reads documentChangesSince its last seq.
   */
  watchDocuments(onChange: () => void, onError?: (error: Error) => void): DocumentWatch;
  close(): Promise<void>;
}

/** The channel of PostgreSQL notifications of document changes (the payload is the change's seq). */
export const DOCUMENTS_CHANNEL = 'sanad_documents';
/** Key of the advisory lock that orders document changes: a change's seq is committed before any higher one. */
const DOCUMENTS_LOCK_KEY = 0x73616e6164 + 1;

interface DocumentRow {
  seq: IntColumn;
  id: string;
  content_hash: string;
  title: string;
  outlet: string | null;
  date: string | null;
  dateline: string | null;
  url: string | null;
  via: string | null;
  credits: string | null;
  origin: string | null;
  text: string;
  added_by: string;
  added_at: IntColumn;
  removed_at: IntColumn | null;
  removed_by: string | null;
}

const COLUMNS = 'seq, id, content_hash, title, outlet, date, dateline, url, via, credits, origin, text, added_by, added_at, removed_at, removed_by';

function toStoredDocument(row: DocumentRow): StoredDocument {
  const meta: DocumentMeta = { title: row.title };
  if (row.outlet !== null) meta.outlet = row.outlet;
  if (row.date !== null) meta.date = row.date;
  if (row.dateline !== null) meta.dateline = row.dateline;
  if (row.url !== null) meta.url = row.url;
  if (row.via !== null) meta.via = row.via;
  if (row.credits !== null) meta.credits = JSON.parse(row.credits) as MastheadCredit[];
  return {
    seq: Number(row.seq), id: row.id, contentHash: row.content_hash, meta, text: row.text, addedBy: row.added_by, addedAt: Number(row.added_at),
    ...(row.origin === null ? {} : { origin: row.origin }),
    ...(row.removed_at === null ? {} : { removedAt: Number(row.removed_at) }),
    ...(row.removed_by === null ? {} : { removedBy: row.removed_by }),
  };
}

/** How a watch learns of other instances' changes: given by the back end that opened the store. */
export type WatchDocuments = (db: SqlDatabase, onChange: () => void, onError: (error: Error) => void) => DocumentWatch;

/** Interval of SQLite's change check. */
export const SQLITE_CHANGE_CHECK_MS = 1_000;

/**
 * SQLite's watch: PRAGMA data_version, read every second, changes only when another connection committed to the
 * file (never for this connection's own writes); reading it touches no table. Only then are the documents read.
 */
export const watchSqliteFile: WatchDocuments = (db, onChange, onError) => {
  let last: number | undefined;
  let stopped = false;
  const check = async () => {
    try {
      const [row] = await db.all<{ data_version: IntColumn }>('PRAGMA data_version');
      const version = Number(row?.data_version);
      if (last !== undefined && version !== last && !stopped) onChange();
      last = version;
    } catch (error) {
      if (!stopped) onError(error as Error);
    }
  };
  const ready = check();
  const timer = setInterval(() => void check(), SQLITE_CHANGE_CHECK_MS);
  timer.unref();
  return {
    ready,
    async close() {
      stopped = true;
      clearInterval(timer);
    },
  };
};

/** The next seq: one above the highest, under the lock that orders changes (PostgreSQL) or the write lock (SQLite). */
async function nextSeq(db: SqlDatabase, session: SqlSession): Promise<number> {
  if (db.dialect === 'postgres') await session.all('SELECT pg_advisory_xact_lock(?)', [DOCUMENTS_LOCK_KEY]);
  const [row] = await session.all<{ seq: IntColumn | null }>('SELECT MAX(seq) AS seq FROM documents');
  return Number(row?.seq ?? 0) + 1;
}

async function notify(db: SqlDatabase, session: SqlSession, seq: number): Promise<void> {
  if (db.dialect === 'postgres') await session.all('SELECT pg_notify(?, ?)', [DOCUMENTS_CHANNEL, String(seq)]);
}

/** The DocumentStore over a SqlDatabase (the same SQL on both back ends). */
export class SqlDocumentStore implements DocumentStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly watch: WatchDocuments,
    private readonly closeDatabase: () => Promise<void>,
  ) {}

  addDocument(document: NewStoredDocument): Promise<{ added: StoredDocument } | { duplicateOf: StoredDocument }> {
    return this.db.transaction(async (s) => {
      const seq = await nextSeq(this.db, s);
      const [live] = await s.all<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE content_hash = ? AND removed_at IS NULL`, [document.contentHash]);
      if (live) return { duplicateOf: toStoredDocument(live) };
      const { meta } = document;
      const values: SqlValue[] = [
        document.contentHash, meta.title, meta.outlet ?? null, meta.date ?? null, meta.dateline ?? null, meta.url ?? null, meta.via ?? null,
        meta.credits ? JSON.stringify(meta.credits) : null, document.origin ?? null,
        document.text, document.addedBy, document.addedAt, seq,
      ];
      const changed = await s.run(`UPDATE documents SET content_hash = ?, title = ?, outlet = ?, date = ?, dateline = ?, url = ?, via = ?, credits = ?, origin = ?, text = ?,
        added_by = ?, added_at = ?, seq = ?, removed_at = NULL, removed_by = NULL WHERE id = ?`, [...values, document.id]);
      if (changed === 0) {
        await s.run(`INSERT INTO documents (content_hash, title, outlet, date, dateline, url, via, credits, origin, text, added_by, added_at, seq, id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [...values, document.id]);
      }
      await notify(this.db, s, seq);
      return { added: { ...document, seq } };
    });
  }

  removeDocument(id: string, by: string, at: number): Promise<StoredDocument | undefined> {
    return this.db.transaction(async (s) => {
      const seq = await nextSeq(this.db, s);
      const [row] = await s.all<DocumentRow>(
        `UPDATE documents SET removed_at = ?, removed_by = ?, seq = ? WHERE id = ? AND removed_at IS NULL RETURNING ${COLUMNS}`, [at, by, seq, id],
      );
      if (!row) return undefined;
      await notify(this.db, s, seq);
      return toStoredDocument(row);
    });
  }

  async liveDocuments(): Promise<StoredDocument[]> {
    return (await this.db.all<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE removed_at IS NULL ORDER BY seq`)).map(toStoredDocument);
  }

  async documentChangesSince(seq: number): Promise<StoredDocument[]> {
    return (await this.db.all<DocumentRow>(`SELECT ${COLUMNS} FROM documents WHERE seq > ? ORDER BY seq`, [seq])).map(toStoredDocument);
  }

  dropPinsCiting(docId: string, at: number): Promise<DroppedPin[]> {
    return this.db.transaction(async (s) => {
      // The LIKE finds candidates in the answer's JSON; the parsed answer decides (a title could quote the id).
      const rows = await s.all<{ pin_id: IntColumn; platform: string; chat_id: string; message_id: string; pinned_by: string; question: string; answer_json: string }>(
        `SELECT p.id AS pin_id, p.platform, p.chat_id, p.message_id, p.pinned_by, a.question, a.answer_json
           FROM pins p JOIN answers a ON a.id = p.answer_id
          WHERE p.unpinned_at IS NULL AND a.answer_json LIKE ? ORDER BY p.id`,
        [`%${JSON.stringify(docId).slice(1, -1)}%`],
      );
      const dropped: DroppedPin[] = [];
      for (const row of rows) {
        const answer = JSON.parse(row.answer_json) as Answer;
        const cites = answer.sources.some((x) => x.docId === docId) || answer.passages.some((p) => p.docId === docId);
        if (!cites) continue;
        await s.run('UPDATE pins SET unpinned_at = ? WHERE id = ?', [at, Number(row.pin_id)]);
        dropped.push({ platform: row.platform as Platform, chatId: row.chat_id, messageId: row.message_id, pinnedBy: row.pinned_by, question: row.question });
      }
      return dropped;
    });
  }

  watchDocuments(onChange: () => void, onError: (error: Error) => void = () => undefined): DocumentWatch {
    return this.watch(this.db, onChange, onError);
  }

  close(): Promise<void> {
    return this.closeDatabase();
  }
}
