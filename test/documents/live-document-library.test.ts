import { cpSync, existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/extracted-document.js';
import type { LibraryChange } from '../../src/documents/live-document-library.js';
import { openLiveSanad, type LiveCore } from '../../src/open-sanad.js';
import { loadSanad } from '../../src/sanad.js';
import { passagesOf } from '../../src/search/live-index.js';
import { savedIndexFile } from '../../src/search/load-or-build-index.js';
import type { DocumentStore } from '../../src/store/document-store.js';
import { openDocumentStore } from '../../src/store/open-document-store.js';
import { answerOf, newAnswer, T0 } from '../store/answers.js';
import { postgresBackend, sqliteBackend, type StoreBackend } from '../store/backends.js';

const TINY = fileURLToPath(new URL('../fixtures/corpora/tiny', import.meta.url));

const ZEBRA: ExtractedDocument = {
  kind: 'txt', origin: 'zebra.txt', title: 'Zebra observatory opens on Mount Kalimba', outlet: 'Kalimba Times', date: '2024-05-03',
  text: 'The zebra observatory on Mount Kalimba opened on 3 May 2024, with a telescope four metres wide.\n\n'
    + 'Astronomers from six countries will share the observatory, which cost 40 million dollars to build.\n\nRead more:\n\nShare this article',
};
const ZEBRA_QUESTION = 'When did the zebra observatory on Mount Kalimba open?';

/** One instance: a corpus folder of its own (a copy of the tiny corpus), its documents store, its live core. */
interface Instance {
  core: LiveCore;
  documents: DocumentStore;
  corpusDir: string;
  cacheDir: string;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openInstance(target: StoreBackend['target'], root = mkdtempSync(join(tmpdir(), 'sanad-live-'))): Promise<Instance> {
  const corpusDir = join(root, 'corpus');
  const cacheDir = join(root, 'cache');
  if (!existsSync(corpusDir)) cpSync(TINY, corpusDir, { recursive: true });
  const documents = await openDocumentStore(target);
  const core = await openLiveSanad(loadSanad({ corpusDir }), { documentStore: documents, corpusDir, cacheDir, now: () => T0, corpusRescanMs: 60_000 });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await core.close();
    await documents.close();
  };
  cleanups.push(close, () => rmSync(root, { recursive: true, force: true }));
  return { core, documents, corpusDir, cacheDir, close };
}

async function sqlite(): Promise<StoreBackend> {
  const backend = await sqliteBackend();
  cleanups.push(() => backend.dispose());
  return backend;
}

/** Resolves with the first change the library applies that satisfies `test`. */
function changeWhere(core: LiveCore, test: (change: LibraryChange) => boolean): Promise<LibraryChange> {
  return new Promise((resolve) => {
    const stop = core.library.onChange((change) => {
      if (!test(change)) return;
      stop();
      resolve(change);
    });
  });
}

const citedIds = (core: LiveCore, question: string) => core.sanad.ask(question).sources.map((s) => s.docId);

describe('LiveDocumentLibrary', () => {
  it('answers from an added document as soon as add resolves, and lists it with who added it', async () => {
    const { core } = await openInstance((await sqlite()).target);
    expect(core.sanad.ask(ZEBRA_QUESTION).status).toBe('not_found');
    const result = await core.library.add(ZEBRA, 'telegram:7');
    expect(result).toMatchObject({ ok: true, entry: { id: expect.stringMatching(/^added-[0-9a-f]{12}$/), origin: 'added', passages: 2, addedBy: 'telegram:7', addedAt: T0, title: ZEBRA.title } });
    const answer = core.sanad.ask(ZEBRA_QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.sources.map((s) => [s.docId, s.title, s.outlet, s.date])).toContainEqual([result.ok && result.entry.id, ZEBRA.title, 'Kalimba Times', '2024-05-03']);
    expect(core.library.list().map((e) => [e.id, e.origin])).toEqual([
      ['01-harbour-daily', 'corpus'], ['02-harbour-agency', 'corpus'], ['03-library', 'corpus'], [result.ok && result.entry.id, 'added'],
    ]);
    expect(core.sanad.documents).toHaveLength(4);
    expect(core.sanad.passage(`${result.ok && result.entry.id}#1`)?.text).toMatch(/^The zebra observatory/);
  });

  it('keeps an added page\'s masthead in the store and answers who holds its posts from it', async () => {
    const { core, documents } = await openInstance((await sqlite()).target);
    const withMasthead = { ...ZEBRA, text: `Editor-in-chief\nJane Doe\n\n${ZEBRA.text}` };
    expect(core.library.preview(withMasthead).removed).toContainEqual({ rule: 'masthead', lines: 2 });
    await core.library.add(withMasthead, 'telegram:7');
    const [stored] = await documents.liveDocuments();
    expect(stored!.meta.credits).toEqual([{ role: 'editor-in-chief', label: 'Editor-in-chief', name: 'Jane Doe' }]);
    const answer = core.sanad.ask('who is the editor in chief of the kalimba times website?');
    expect(answer.status).toBe('answered');
    expect(answer.quote.map((q) => q.text)).toEqual(['Editor-in-chief: Jane Doe']);
    expect(answer.sources.map((s) => s.outlet)).toEqual(['Kalimba Times']);
  });

  it('keeps an added page\'s dateline in the store and quotes it, word for word, for when it was published', async () => {
    const { core, documents } = await openInstance((await sqlite()).target);
    // No date given with the page: it is read from the page's own line.
    const undated: ExtractedDocument = { kind: ZEBRA.kind, origin: ZEBRA.origin, title: ZEBRA.title!, outlet: ZEBRA.outlet!, text: `Friday, 3 May 2024 - 10:15\n\n${ZEBRA.text}` };
    await core.library.add(undated, 'telegram:7');
    const [stored] = await documents.liveDocuments();
    expect(stored!.meta).toMatchObject({ date: '2024-05-03T10:15', dateline: 'Friday, 3 May 2024 - 10:15' });
    const answer = core.sanad.ask('when was the kalimba times piece on the zebra observatory published?');
    expect([answer.status, answer.published]).toEqual(['answered', true]);
    expect(answer.quote.map((q) => q.text)).toEqual(['Friday, 3 May 2024 - 10:15']);
  });

  it('previews without storing: metadata, passages, first lines, what cleaning removed, duplicates and empty texts', async () => {
    const { core, documents } = await openInstance((await sqlite()).target);
    const preview = core.library.preview(ZEBRA, { outlet: 'The Kalimba Times' });
    expect(preview).toEqual({
      meta: { title: ZEBRA.title, outlet: 'The Kalimba Times', date: '2024-05-03' }, passages: 2, empty: false,
      firstLines: [expect.stringMatching(/^The zebra observatory/), expect.stringMatching(/^Astronomers/)],
      removed: [{ rule: 'boilerplate', lines: 1 }, { rule: 'label', lines: 1 }],
    });
    expect(await documents.liveDocuments()).toEqual([]);
    expect(core.library.preview({ kind: 'txt', origin: 'x.txt', text: 'Share this article' }).empty).toBe(true);
    const harbour = core.sanad.document('03-library')!;
    const copy = core.library.preview({ kind: 'md', origin: 'copy.md', title: harbour.title, text: harbour.paragraphs.join('\n\n') });
    expect(copy.duplicateOf).toMatchObject({ id: '03-library', origin: 'corpus' });
  });

  it('refuses the same text twice and an empty one, storing nothing', async () => {
    const { core, documents } = await openInstance((await sqlite()).target);
    const first = await core.library.add(ZEBRA, 'telegram:7');
    const again = await core.library.add({ ...ZEBRA, title: 'Another headline', text: ZEBRA.text.toUpperCase() }, 'discord:9');
    expect(again).toEqual({ ok: false, reason: 'duplicate', duplicateOf: first.ok && first.entry });
    expect(await core.library.add({ kind: 'txt', origin: 'x.txt', text: 'Share this article' }, 'telegram:7')).toEqual({ ok: false, reason: 'empty' });
    expect(await documents.liveDocuments()).toHaveLength(1);
  });

  it('removes an added document: no longer cited, its pinned answers dropped; corpus files and unknown ids refused', async () => {
    const backend = await sqlite();
    const { core } = await openInstance(backend.target);
    const added = await core.library.add(ZEBRA, 'telegram:7');
    const id = added.ok ? added.entry.id : '';
    const store = await backend.open();
    cleanups.push(() => store.close());
    const answer = { ...answerOf(ZEBRA_QUESTION), ...core.sanad.ask(ZEBRA_QUESTION) };
    const answerId = await store.recordAnswer(newAnswer(1, { question: ZEBRA_QUESTION, answer }));
    await store.recordPin({ platform: 'telegram', chatId: '-1001', answerId, messageId: '77', pinnedBy: '42', pinnedAt: T0 });

    const inFlight = core.sanad.index; // the snapshot a question started on
    expect(await core.library.remove('03-library', 'telegram:7')).toEqual({ ok: false, reason: 'corpus-file' });
    expect(await core.library.remove('added-000000000000', 'telegram:7')).toEqual({ ok: false, reason: 'not-found' });
    const removed = await core.library.remove(id, 'telegram:8');
    expect(removed).toEqual({
      ok: true, entry: expect.objectContaining({ id, origin: 'added' }),
      droppedPins: [{ platform: 'telegram', chatId: '-1001', messageId: '77', pinnedBy: '42', question: ZEBRA_QUESTION }],
    });
    expect(citedIds(core, ZEBRA_QUESTION)).not.toContain(id);
    expect(core.sanad.document(id)).toBeUndefined();
    expect(core.sanad.passage(`${id}#1`)).toBeUndefined();
    expect(core.library.list().map((e) => e.id)).not.toContain(id);
    // A question that started before the removal finishes on its snapshot.
    expect(inFlight.search(ZEBRA_QUESTION, 3).hits[0]?.passage.docId).toBe(id);
    // Merged away, the removed passages leave the statistics too, and it stays out.
    await core.live.merge();
    expect(citedIds(core, ZEBRA_QUESTION)).not.toContain(id);
    expect(core.sanad.ask('When did the library reopen?').status).toBe('answered');
  });

  it('picks up files dropped into and removed from the corpus folder', async () => {
    const instance = await openInstance((await sqlite()).target);
    const { core, corpusDir } = instance;
    const added = changeWhere(core, (c) => c.source === 'corpus' && c.added.includes('04-zebra'));
    writeFileSync(join(corpusDir, '04-zebra.txt'), `---\ntitle: "${ZEBRA.title}"\n---\n${ZEBRA.text}\n`);
    await added;
    expect(citedIds(core, ZEBRA_QUESTION)).toContain('04-zebra');
    expect(core.library.list().find((e) => e.id === '04-zebra')).toMatchObject({ origin: 'corpus', passages: 2 });
    const removed = changeWhere(core, (c) => c.source === 'corpus' && c.removed.includes('04-zebra'));
    unlinkSync(join(corpusDir, '04-zebra.txt'));
    await removed;
    expect(citedIds(core, ZEBRA_QUESTION)).not.toContain('04-zebra');
    expect(core.sanad.document('04-zebra')).toBeUndefined();
  });

  it('serves the same documents after a restart, loading the merged segment saved for exactly them', async () => {
    const backend = await sqlite();
    const root = mkdtempSync(join(tmpdir(), 'sanad-live-'));
    const first = await openInstance(backend.target, root);
    await first.core.library.add(ZEBRA, 'telegram:7');
    const second = await first.core.library.add({ kind: 'txt', origin: 'b.txt', title: 'Bridge over the Kalimba river', text: 'The new bridge over the Kalimba river carries two lanes and a railway, and opened in June.' }, 'telegram:7');
    await first.core.live.merge();
    const served = first.core.sanad.documents.map((d) => d.id);
    const addedDocs = served.slice(3).map((id) => first.core.sanad.document(id)!);
    expect(existsSync(savedIndexFile(first.cacheDir, passagesOf(addedDocs), first.core.sanad.index.gazetteer))).toBe(true);
    await first.close();

    const restarted = await openInstance(backend.target, root);
    expect(restarted.core.sanad.documents.map((d) => d.id)).toEqual(served);
    expect(restarted.core.library.list().at(-1)).toEqual(second.ok && second.entry);
    expect(citedIds(restarted.core, ZEBRA_QUESTION)).toContain(served[3]);
  });
});

describe('LiveDocumentLibrary across instances', () => {
  for (const [name, makeBackend] of [['SQLite', sqlite], ['PostgreSQL', postgresBackend]] as const) {
    // How soon (the 5 s) is the benchmark's to measure (bench/live-documents.ts), not a timed test's.
    it(`answers on one instance from a document added on another (${name})`, async () => {
      const backend = await makeBackend();
      if (name === 'PostgreSQL') cleanups.push(() => backend.dispose());
      const a = await openInstance(backend.target);
      const b = await openInstance(backend.target);
      const arrived = changeWhere(b.core, (c) => c.source === 'store' && c.added.length > 0);
      const result = await a.core.library.add(ZEBRA, 'telegram:7');
      const change = await arrived;
      expect(change.added).toEqual([result.ok && result.entry.id]);
      expect(citedIds(b.core, ZEBRA_QUESTION)).toContain(result.ok && result.entry.id);
      expect(b.core.library.list().at(-1)).toMatchObject({ origin: 'added', addedBy: 'telegram:7' });

      const gone = changeWhere(b.core, (c) => c.source === 'store' && c.removed.length > 0);
      await a.core.library.remove(result.ok ? result.entry.id : '', 'telegram:7');
      await gone;
      expect(citedIds(b.core, ZEBRA_QUESTION)).not.toContain(result.ok && result.entry.id);
    });
  }
});
