import { afterEach, describe, expect, it } from 'vitest';
import { PREVIEW_TTL_MS } from '../../src/conversation/documents-pending.js';
import type { IngestRefusalReason } from '../../src/ingest/extracted-document.js';
import { replyText, WORDING, type Reply } from '../../src/index.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';
import { documentsConversation, MAINTAINER, NEW_ARTICLE, NEW_QUESTION, upload } from './documents-fixture.js';

const USER = { platform: 'telegram', userId: '777', chatId: '777', userLanguage: 'en' } as const;
const ADMIN = { ...MAINTAINER, chatId: '501', userLanguage: 'en' } as const;
const keyOf = (reply: Reply, op: string) => reply.actions.flatMap((a) => (a.kind === 'document' && a.op === op ? [a.ref] : []))[0];

let opened: Awaited<ReturnType<typeof documentsConversation>> | undefined;
async function setUp(...args: Parameters<typeof documentsConversation>) {
  opened = await documentsConversation(...args);
  return opened;
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

describe('documents: adding from a chat', () => {
  it('previews an upload, adds it on ✅, and then answers from it', async () => {
    const { conversation, library } = await setUp();
    expect((await conversation.ask({ ...ADMIN, question: NEW_QUESTION })).reply.tone).toBe('not_found');
    const preview = await conversation.documents.upload(ADMIN, upload('lighthouse.md', NEW_ARTICLE));
    const text = replyText(preview);
    expect(text).toContain('Zephyrine lighthouse repainted in cobalt blue');
    expect(text).toContain('Coastal Herald');
    expect(text).toContain('2022-01-20');
    expect(text).toMatch(/Passages to answer from: \d/);
    expect(text).toContain('The Zephyrine lighthouse on the northern cape');
    expect(preview.actions.map((a) => a.kind === 'document' && a.op)).toEqual(['add', 'cancel', 'correct']);
    expect(library.added.size).toBe(0);

    const added = await conversation.documents.confirm(ADMIN, keyOf(preview, 'add')!);
    expect(replyText(added)).toMatch(/^✅ Added «Zephyrine lighthouse repainted in cobalt blue»: \d+ passages?, answerable now\.$/);
    const answer = await conversation.ask({ ...ADMIN, question: NEW_QUESTION });
    expect(answer.reply.tone).toBe('answer');
    expect(replyText(answer.reply)).toContain('cobalt blue');
    expect(replyText(answer.reply)).toContain('Coastal Herald');
  });

  it('adds once when ✅ is pressed twice', async () => {
    const { conversation, library } = await setUp();
    const key = keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!;
    const [first, second] = await Promise.all([conversation.documents.confirm(ADMIN, key), conversation.documents.confirm(ADMIN, key)]);
    expect([first.tone, second.tone].sort()).toEqual(['notice', 'refusal']);
    expect(replyText(first.tone === 'refusal' ? first : second)).toBe(WORDING.en.docs.previewGone);
    expect(library.added.size).toBe(1);
  });

  it('✖ Cancel stores nothing, and the preview’s ✅ then adds nothing', async () => {
    const { conversation, library } = await setUp();
    const preview = await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE));
    expect(replyText(await conversation.documents.cancel(ADMIN, keyOf(preview, 'cancel')!))).toBe('✖ Cancelled: nothing was stored.');
    expect(replyText(await conversation.documents.confirm(ADMIN, keyOf(preview, 'add')!))).toBe(WORDING.en.docs.previewGone);
    expect(library.added.size).toBe(0);
    expect((await conversation.ask({ ...ADMIN, question: NEW_QUESTION })).reply.tone).toBe('not_found');
  });

  it('refuses everyone who is not a maintainer, in their language, without reading anything', async () => {
    const { conversation, reader } = await setUp();
    for (const language of ['en', 'ar', 'ru'] as const) {
      const file = upload('a.md', NEW_ARTICLE);
      const reply = await conversation.documents.upload({ ...USER, userLanguage: language }, file);
      expect(reply.tone).toBe('refusal');
      expect(replyText(reply)).toBe(WORDING[language].docs.notMaintainer);
      expect(file.downloads).toBe(0);
      expect(replyText(await conversation.documents.link({ ...USER, userLanguage: language }, 'https://example.org/a'))).toBe(WORDING[language].docs.notMaintainer);
    }
    // A maintainer of one platform is not one on the other.
    expect(replyText(await conversation.documents.upload({ ...USER, platform: 'discord', userId: '501' }, upload('a.md', NEW_ARTICLE)))).toBe(WORDING.en.docs.notMaintainer);
    expect(reader.reads).toEqual([]);
  });

  it('refuses another user’s press on a maintainer’s preview', async () => {
    const { conversation, library } = await setUp();
    const key = keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!;
    expect(replyText(await conversation.documents.confirm(USER, key))).toBe(WORDING.en.docs.notMaintainer);
    expect(library.added.size).toBe(0);
  });

  it('says adding is not available without a library and reader', async () => {
    const { conversation } = await setUp({ library: undefined, reader: undefined });
    expect(replyText(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)))).toBe(WORDING.en.docs.notAvailable);
    // Listing still shows the corpus.
    expect(replyText(conversation.documents.list(USER))).toContain('corpus folder');
  });

  const REASONS: IngestRefusalReason[] = ['too-big', 'unsupported-type', 'no-text-layer', 'unreadable-encoding', 'no-article-text', 'bad-link', 'private-address', 'timeout', 'too-many-redirects', 'not-html', 'fetch-failed'];
  it.each(REASONS)('gives %s its own wording in every language, with the detail', async (reason) => {
    const { conversation } = await setUp();
    for (const language of ['en', 'ar', 'ru'] as const) {
      const reply = await conversation.documents.upload({ ...ADMIN, userLanguage: language }, upload(`refuse-${reason}.txt`, 'x'));
      expect(reply.tone).toBe('refusal');
      expect(replyText(reply)).toBe(`${WORDING[language].docs.refused[reason]}\n\n${WORDING[language].docs.refusedDetail(`canned ${reason}`)}`);
    }
    const wordings = new Set(REASONS.map((r) => WORDING.en.docs.refused[r]));
    expect(wordings.size).toBe(REASONS.length);
  });

  it('refuses a file over the size limit without downloading it, naming the limit', async () => {
    const { conversation } = await setUp({ maxUploadBytes: 1_048_576 });
    const file = upload('big.txt', 'x', 3 * 1_048_576);
    const reply = await conversation.documents.upload(ADMIN, file);
    expect(replyText(reply)).toBe(`${WORDING.en.docs.refused['too-big']}\n\nDetail: 3.0 MB > 1.0 MB`);
    expect(file.downloads).toBe(0);
  });

  it('refuses a link the reader refuses, and a download that fails, clearly', async () => {
    const { conversation } = await setUp();
    expect(replyText(await conversation.documents.link(ADMIN, 'ftp://example.org/a'))).toBe(WORDING.en.docs.refused['bad-link']);
    const broken = { name: 'a.txt', download: async (): Promise<Uint8Array> => { throw new Error('socket hang up'); } };
    expect(replyText(await conversation.documents.upload(ADMIN, broken))).toBe(WORDING.en.docs.downloadFailed);
  });

  it('warns of a duplicate in the preview (no ✅) and names it when adding', async () => {
    const { conversation } = await setUp();
    await conversation.documents.confirm(ADMIN, keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!);
    const again = await conversation.documents.upload(ADMIN, upload('b.md', NEW_ARTICLE));
    expect(replyText(again)).toContain('⚠️ The same text is already served as «Zephyrine lighthouse repainted in cobalt blue»');
    expect(keyOf(again, 'add')).toBeUndefined();
    expect(keyOf(again, 'cancel')).toBeDefined();
  });

  it('corrects fields before adding: the new preview shows them, the old one is finished, the document is added with them', async () => {
    const { conversation, library } = await setUp();
    const first = await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE));
    const key = keyOf(first, 'add')!;
    const corrected = await conversation.documents.correct(ADMIN, key, 'title: Lighthouse gets a new coat\noutlet: The Cape Times\ndate: 2022-01-19\nurl: https://cape.example/lighthouse');
    const text = replyText(corrected);
    expect(text).toContain('Lighthouse gets a new coat');
    expect(text).toContain('The Cape Times');
    expect(text).toContain('2022-01-19');
    expect(text).toContain('https://cape.example/lighthouse');
    expect(replyText(await conversation.documents.confirm(ADMIN, key))).toBe(WORDING.en.docs.previewGone);
    await conversation.documents.confirm(ADMIN, keyOf(corrected, 'add')!);
    const [entry] = [...library.added.values()].map((a) => a.entry);
    expect(entry).toMatchObject({ title: 'Lighthouse gets a new coat', outlet: 'The Cape Times', date: '2022-01-19', url: 'https://cape.example/lighthouse', addedBy: 'telegram:501' });
  });

  it('refuses invalid corrections with one line each, and keeps the preview usable', async () => {
    const { conversation, library } = await setUp();
    const key = keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!;
    const refused = await conversation.documents.correct(ADMIN, key, 'date: 20/01/2022\nurl: javascript:alert(1)\ncolour: blue');
    expect(replyText(refused).split('\n')).toEqual([
      'Nothing corrected:', '', '• the date must be written yyyy-mm-dd, e.g. 2022-01-06', '• the link must start with http:// or https://', '• “colour” is not a field: use title, outlet, date or url',
    ]);
    expect(replyText(await conversation.documents.correct(ADMIN, key, { date: '2022-02-30' }))).toContain(WORDING.en.docs.badDate);
    expect(replyText(await conversation.documents.correct(ADMIN, key, ''))).toBe(WORDING.en.docs.noCorrection);
    for (const hostile of Object.values(HOSTILE_STRINGS)) {
      await expect(conversation.documents.correct(ADMIN, key, `title: ${hostile}`)).resolves.toBeDefined();
    }
    expect(library.added.size).toBe(0);
  });

  it('reads a correction form (Discord): blank fields change nothing; reads /correct field value too', async () => {
    const { conversation } = await setUp();
    const key = keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!;
    const next = await conversation.documents.correct(ADMIN, key, { title: '', outlet: 'Harbour News', date: '', url: '' });
    expect(replyText(next)).toContain('Harbour News');
    expect(replyText(next)).toContain('Zephyrine lighthouse repainted in cobalt blue');
    const third = await conversation.documents.correct(ADMIN, keyOf(next, 'add')!, '/correct date 2022-01-18');
    expect(replyText(third)).toContain('2022-01-18');
    expect(replyText(third)).toContain('Harbour News');
    const form = await conversation.documents.correctionForm({ ...ADMIN, userLanguage: 'ru' }, keyOf(third, 'add')!);
    expect(form).toMatchObject({ title: '✏️ Исправить', fields: [{ name: 'title', label: 'Заголовок' }, { name: 'outlet', value: 'Harbour News' }, { name: 'date', value: '2022-01-18' }, { name: 'url' }] });
    expect(await conversation.documents.correctionForm(USER, keyOf(third, 'add')!)).toEqual({ refusal: expect.objectContaining({ tone: 'refusal' }) });
  });

  it('lets a preview expire', async () => {
    const { conversation, clock, library } = await setUp();
    const key = keyOf(await conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!;
    clock.now += PREVIEW_TTL_MS + 1;
    expect(replyText(await conversation.documents.confirm(ADMIN, key))).toBe(WORDING.en.docs.previewGone);
    expect(library.added.size).toBe(0);
  });
});

describe('documents: listing and removing', () => {
  async function withAdded() {
    const setup = await setUp();
    await setup.conversation.documents.confirm(ADMIN, keyOf(await setup.conversation.documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)), 'add')!);
    return { ...setup, id: [...setup.library.added.keys()][0]! };
  }

  it('lists everything answered from; who added and the id for maintainers only, with ✖ for added ones', async () => {
    const { conversation, id } = await withAdded();
    const forUser = conversation.documents.list(USER);
    expect(replyText(forUser)).toMatch(/The 6 documents I answer from/);
    expect(replyText(forUser)).toContain('6. Coastal Herald — «Zephyrine lighthouse repainted in cobalt blue» — January 20, 2022 · added January 21, 2022');
    expect(replyText(forUser)).not.toContain('telegram:501');
    expect(forUser.actions).toEqual([]);
    const forAdmin = conversation.documents.list(ADMIN);
    expect(replyText(forAdmin)).toContain(`added January 21, 2022 · by telegram:501 · id ${id}`);
    expect(forAdmin.actions).toEqual([{ kind: 'document', op: 'remove', ref: id, label: 'Remove 6' }]);
  });

  it('pages a long list', async () => {
    const { conversation, library } = await setUp();
    for (let i = 0; i < 15; i++) {
      const text = `---\ntitle: Bulletin ${i}\n---\nBulletin number ${i} says that the harbour ferry schedule changed again this week for the winter months.\n`;
      await library.add({ kind: 'md', origin: `b${i}.md`, text, title: `Bulletin ${i}` }, 'telegram:501');
    }
    const first = replyText(conversation.documents.list(USER));
    expect(first).toContain('Page 1 of 2. Next: /documents 2');
    expect(first).not.toContain('Bulletin 14');
    const second = replyText(conversation.documents.list({ ...USER, platform: 'discord' }, 2));
    expect(second).toContain('Bulletin 14');
    expect(second).toContain('Page 2 of 2.');
    expect(replyText(conversation.documents.list(USER, 99))).toContain('Page 2 of 2.');
  });

  it('removes after a confirmation: no longer cited, one note per chat whose pins were dropped', async () => {
    const { conversation, library, id } = await withAdded();
    library.pinsCiting = () => [
      { platform: 'telegram', chatId: '-100777', messageId: '11', pinnedBy: '9', question: NEW_QUESTION },
      { platform: 'telegram', chatId: '-100777', messageId: '12', pinnedBy: '9', question: 'Who repainted the lighthouse?' },
      { platform: 'discord', chatId: '300000000000000001', messageId: '13', pinnedBy: '8', question: 'ما لون المنارة؟' },
    ];
    const ask = conversation.documents.askRemove(ADMIN, id);
    expect(replyText(ask)).toContain('Remove «Zephyrine lighthouse repainted in cobalt blue»?');
    expect(ask.actions.map((a) => a.kind === 'document' && a.op)).toEqual(['confirm-remove', 'keep']);
    expect(library.added.size).toBe(1);
    const { reply, notes } = await conversation.documents.remove(ADMIN, id);
    expect(replyText(reply)).toContain('Removed «Zephyrine lighthouse repainted in cobalt blue»: it is no longer cited.');
    expect(replyText(reply)).toContain('3 pinned answers');
    expect(notes.map((n) => [n.platform, n.chatId, n.reply.language])).toEqual([['telegram', '-100777', 'en'], ['discord', '300000000000000001', 'ar']]);
    expect(replyText(notes[0]!.reply)).toContain(`• ${NEW_QUESTION}\n• Who repainted the lighthouse?`);
    expect((await conversation.ask({ ...ADMIN, question: NEW_QUESTION })).reply.tone).toBe('not_found');
    expect(replyText((await conversation.documents.remove(ADMIN, id)).reply)).toBe(WORDING.en.docs.notFound);
  });

  it('refuses removal to others, of corpus files, and of unknown ids', async () => {
    const { conversation, id, library } = await withAdded();
    expect(replyText(conversation.documents.askRemove(USER, id))).toBe(WORDING.en.docs.notMaintainer);
    expect(replyText((await conversation.documents.remove(USER, id)).reply)).toBe(WORDING.en.docs.notMaintainer);
    expect(replyText(conversation.documents.askRemove(ADMIN, library.list()[0]!.id))).toBe(WORDING.en.docs.corpusFile);
    expect(replyText(conversation.documents.askRemove(ADMIN, 'added-000000000000'))).toBe(WORDING.en.docs.notFound);
    expect(replyText(conversation.documents.keep(ADMIN))).toBe('Nothing was removed.');
    expect(library.added.size).toBe(1);
  });
});
