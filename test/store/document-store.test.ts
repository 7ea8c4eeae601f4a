import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStore, NewStoredDocument } from '../../src/store/document-store.js';
import { openDocumentStore } from '../../src/store/open-document-store.js';
import { LISTEN_APPLICATION_NAME } from '../../src/store/watch-postgres-documents.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { answerOf, newAnswer, T0 } from './answers.js';
import { postgresBackend, sqliteBackend, type StoreBackend } from './backends.js';

/** A document to store, told apart by `n`. */
function newDocument(n: number, overrides: Partial<NewStoredDocument> = {}): NewStoredDocument {
  const contentHash = `${n}`.padEnd(64, 'a');
  return {
    id: `added-${contentHash.slice(0, 12)}`, contentHash,
    meta: {
      title: `عنوان ${n}`, outlet: 'وكالة', date: '2026-01-02', dateline: 'الجمعة، 02 يناير 2026', url: `https://example.org/${n}`,
      credits: [{ role: 'editor-in-chief', label: 'رئيس التحرير', name: `محرر ${n}` }],
    },
    origin: `doc-${n}.txt`, text: `فقرة أولى ${n}\n\nفقرة ثانية`, addedBy: 'telegram:7', addedAt: T0 + n, ...overrides,
  };
}

/** Resolves the next time the watch reports a change. */
async function nextChange(store: DocumentStore): Promise<{ changed: Promise<void>; close(): Promise<void> }> {
  let resolve!: () => void;
  const changed = new Promise<void>((r) => (resolve = r));
  const watch = store.watchDocuments(() => resolve());
  await watch.ready;
  return { changed, close: () => watch.close() };
}

for (const [name, makeBackend] of [['SQLite', sqliteBackend], ['PostgreSQL', postgresBackend]] as const) {
  describe(`${name} document store`, () => {
    let backend: StoreBackend;
    let documents: DocumentStore;
    beforeEach(async () => {
      backend = await makeBackend();
      documents = await openDocumentStore(backend.target);
    });
    afterEach(async () => {
      await documents.close();
      await backend.dispose();
    });

    it('keeps an added document with its metadata (its masthead too), text and who added it, and lists it', async () => {
      const added = await documents.addDocument(newDocument(1));
      expect(added).toEqual({ added: { ...newDocument(1), seq: 1 } });
      expect(await documents.liveDocuments()).toEqual([{ ...newDocument(1), seq: 1 }]);
    });

    it('refuses the same text twice (a live document with the same content hash), naming the one there', async () => {
      await documents.addDocument(newDocument(1));
      const again = await documents.addDocument(newDocument(1, { addedBy: 'discord:9', meta: { title: 'another title' } }));
      expect(again).toEqual({ duplicateOf: { ...newDocument(1), seq: 1 } });
      expect(await documents.liveDocuments()).toHaveLength(1);
    });

    it('marks a removal, keeps the row for other instances, and takes the same text again afterwards', async () => {
      await documents.addDocument(newDocument(1));
      await documents.addDocument(newDocument(2));
      const removed = await documents.removeDocument(newDocument(1).id, 'telegram:8', T0 + 100);
      expect(removed).toMatchObject({ id: newDocument(1).id, removedAt: T0 + 100, removedBy: 'telegram:8', seq: 3 });
      expect(await documents.removeDocument(newDocument(1).id, 'telegram:8', T0 + 101)).toBeUndefined();
      expect((await documents.liveDocuments()).map((d) => d.id)).toEqual([newDocument(2).id]);
      expect((await documents.documentChangesSince(2)).map((d) => [d.id, d.seq, d.removedAt])).toEqual([[newDocument(1).id, 3, T0 + 100]]);
      const back = await documents.addDocument(newDocument(1, { addedBy: 'discord:9' }));
      expect(back).toEqual({ added: { ...newDocument(1, { addedBy: 'discord:9' }), seq: 4 } });
      expect((await documents.liveDocuments()).map((d) => [d.id, d.addedBy])).toEqual([[newDocument(2).id, 'telegram:7'], [newDocument(1).id, 'discord:9']]);
    });

    it('lists every change after a seq, adds and removals, in order', async () => {
      await documents.addDocument(newDocument(1));
      await documents.addDocument(newDocument(2));
      await documents.removeDocument(newDocument(1).id, 'telegram:8', T0 + 100);
      expect((await documents.documentChangesSince(0)).map((d) => [d.seq, d.id, d.removedAt !== undefined])).toEqual([
        [2, newDocument(2).id, false], [3, newDocument(1).id, true],
      ]);
      expect(await documents.documentChangesSince(3)).toEqual([]);
    });

    it('drops the live pins of answers citing a removed document, and says whose they were', async () => {
      const store: SqlStore = await backend.open();
      try {
        const docId = newDocument(1).id;
        const citing = answerOf('citing?', 1);
        citing.sources[0]!.docId = docId;
        citing.passages[0]!.docId = docId;
        const citingId = await store.recordAnswer(newAnswer(1, { answer: citing, question: 'citing?' }));
        const otherId = await store.recordAnswer(newAnswer(2));
        await store.recordPin({ platform: 'telegram', chatId: '-1001', answerId: citingId, messageId: '50', pinnedBy: '42', pinnedAt: T0 });
        await store.recordPin({ platform: 'telegram', chatId: '-1001', answerId: otherId, messageId: '51', pinnedBy: '42', pinnedAt: T0 });
        const dropped = await documents.dropPinsCiting(docId, T0 + 5);
        expect(dropped).toEqual([{ platform: 'telegram', chatId: '-1001', messageId: '50', pinnedBy: '42', question: 'citing?' }]);
        expect((await store.pinnedAnswers({ platform: 'telegram', chatId: '-1001' }, 10)).map((p) => p.pin.messageId)).toEqual(['51']);
        expect(await documents.dropPinsCiting(docId, T0 + 6)).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('tells a watch on another connection of a change', async () => {
      const other = await openDocumentStore(backend.target);
      const watch = await nextChange(other);
      try {
        await documents.addDocument(newDocument(1));
        await watch.changed;
        expect((await other.documentChangesSince(0)).map((d) => d.id)).toEqual([newDocument(1).id]);
      } finally {
        await watch.close();
        await other.close();
      }
    });
  });
}

describe('PostgreSQL document watch', () => {
  it('listens again after losing its connection, and reports a change made meanwhile', async () => {
    const backend = await postgresBackend();
    const documents = await openDocumentStore(backend.target);
    const other = await openDocumentStore(backend.target);
    const watch = await nextChange(other);
    try {
      await backend.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?', [LISTEN_APPLICATION_NAME]);
      await documents.addDocument(newDocument(1));
      await watch.changed;
      expect((await other.documentChangesSince(0)).map((d) => d.id)).toEqual([newDocument(1).id]);
    } finally {
      await watch.close();
      await other.close();
      await documents.close();
      await backend.dispose();
    }
  });
});
