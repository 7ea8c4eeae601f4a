import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTelegramBot, type TelegramBot } from '../../../adapters/telegram/bot.js';
import { createConversation, openStore, WORDING, type Store } from '../../../src/index.js';
import { CORPUS_DIR, NEW_ARTICLE, NEW_QUESTION } from '../../conversation/documents-fixture.js';
import { fakeLibrary, fakeReader, type FakeLibrary } from '../../conversation/fake-documents.js';
import type { ApiCall } from './fake-bot-api.js';
import { FAKE_BOT_INFO } from './fake-bot-api.js';
import { buttonData, callbackUpdate, FAST_FLOOD, feed, GROUP_CHAT, memoryLogger, messageUpdate, removeTempDataDirs, tempDataDir, TEST_TOKEN, USER, useFakeBotApi } from './harness.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);
const { api, root } = useFakeBotApi();

const STRANGER = { id: 777, is_bot: false, first_name: 'Sam', language_code: 'ru' } as const;
const STRANGER_CHAT = { id: 777, type: 'private', first_name: 'Sam' } as const;
const LINK = 'http://127.0.0.1:9/zephyrine';

let running: { app: TelegramBot; store: Store; library: FakeLibrary } | undefined;
afterEach(async () => {
  await running?.app.close();
  await running?.store.close();
  running = undefined;
});

/** A bot whose conversation has the fake library and reader; user 501 (USER) is its maintainer. */
async function documentBot() {
  const store = await openStore({ dataDir: tempDataDir() });
  const library = fakeLibrary(CORPUS_DIR);
  const reader = fakeReader({ links: { [LINK]: { ok: true, document: { kind: 'link', origin: LINK, title: 'Lighthouse by link', text: NEW_ARTICLE.split('---\n')[2]! } } } });
  const conversation = createConversation({ sanad: library.sanad, store, log: memoryLogger().logger, now: Date.now, library, reader, maintainers: ['telegram:501'] });
  const app = createTelegramBot(conversation, memoryLogger().logger, {
    token: TEST_TOKEN, apiRoot: root(), userQuestionsPerMinute: 100, chatQuestionsPerMinute: 100, flood: FAST_FLOOD, botInfo: FAKE_BOT_INFO,
  });
  running = { app, store, library };
  return running;
}

const sent = () => api.callsOf('sendMessage');
const lastSent = () => sent().at(-1)!;
const plainOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text;
/** The message a sent call became, as a button press carries it. */
const messageOf = (call: ApiCall) => ({ ...(call.reply as { result: { message_id: number } }).result, reply_markup: call.payload.reply_markup });
const press = (call: ApiCall, prefix: string, from: Record<string, unknown> = USER) => callbackUpdate(buttonData(call.payload).find((d) => d.startsWith(prefix))!, messageOf(call), from);
const fileMessage = (name: string, text: string, extra: Record<string, unknown> = {}) => messageUpdate(undefined, { document: api.addFile(name, text), ...extra });

describe('Telegram: maintainers add documents in a private chat', () => {
  it('previews a .txt sent by a maintainer, adds it on ✅, and answers from it afterwards', async () => {
    const { app, library } = await documentBot();
    await feed(app, fileMessage('lighthouse.txt', NEW_ARTICLE));
    expect(api.callsOf('getFile')).toHaveLength(1);
    const preview = lastSent();
    expect(plainOf(preview)).toContain('📄 Preview: this is what will be added');
    expect(plainOf(preview)).toContain('Title: Zephyrine lighthouse repainted in cobalt blue');
    expect(plainOf(preview)).toContain('Outlet: Coastal Herald');
    expect(buttonData(preview.payload).map((d) => d.slice(0, 5))).toEqual(['dc:a:', 'dc:x:', 'dc:e:']);
    expect(library.added.size).toBe(0);

    await feed(app, press(preview, 'dc:a:'));
    expect(api.callsOf('answerCallbackQuery').at(-1)!.payload.show_alert).toBeUndefined();
    expect(plainOf(lastSent())).toMatch(/^✅ Added «Zephyrine lighthouse repainted in cobalt blue»: \d+ passages?, answerable now\.$/);
    expect(api.callsOf('editMessageReplyMarkup').at(-1)!.payload).toMatchObject({ message_id: messageOf(preview).message_id, reply_markup: { inline_keyboard: [] } });
    expect(library.added.size).toBe(1);

    await feed(app, press(preview, 'dc:a:'));
    expect(api.callsOf('answerCallbackQuery').at(-1)!.payload).toMatchObject({ show_alert: true, text: WORDING.en.docs.previewGone });
    expect(library.added.size).toBe(1);

    await feed(app, messageUpdate(NEW_QUESTION));
    expect(plainOf(lastSent())).toContain('cobalt blue');
    expect(plainOf(lastSent())).toContain('Coastal Herald');
  });

  it('refuses a user who is not a maintainer, in their language, without downloading', async () => {
    const { app, library } = await documentBot();
    await feed(app, fileMessage('lighthouse.txt', NEW_ARTICLE, { from: STRANGER, chat: STRANGER_CHAT }));
    expect(plainOf(lastSent())).toBe(WORDING.ru.docs.notMaintainer);
    expect(api.callsOf('getFile')).toHaveLength(0);
    await feed(app, messageUpdate(LINK, { from: STRANGER, chat: STRANGER_CHAT }));
    expect(plainOf(lastSent())).toBe(WORDING.ru.docs.notMaintainer);
    expect(library.added.size).toBe(0);
  });

  it('✖ Cancel stores nothing', async () => {
    const { app, library } = await documentBot();
    await feed(app, fileMessage('lighthouse.txt', NEW_ARTICLE));
    await feed(app, press(lastSent(), 'dc:x:'));
    expect(plainOf(lastSent())).toBe('✖ Cancelled: nothing was stored.');
    expect(library.added.size).toBe(0);
    await feed(app, messageUpdate(NEW_QUESTION));
    expect(plainOf(lastSent())).toContain(WORDING.en.notFound);
  });

  it('refuses clearly: an unsupported type, a file over Telegram’s 20 MB (not downloaded), a refusal of the reader', async () => {
    const { app } = await documentBot();
    await feed(app, fileMessage('scan.png', 'x'));
    expect(plainOf(lastSent())).toBe(`${WORDING.en.docs.refused['unsupported-type']}\n\nDetail: png`);
    const big = { ...api.addFile('big.txt', 'x'), file_size: 25 * 1024 * 1024 };
    await feed(app, messageUpdate(undefined, { document: big }));
    expect(plainOf(lastSent())).toBe(`${WORDING.en.docs.refused['too-big']}\n\nDetail: 25.0 MB > 20.0 MB`);
    await feed(app, fileMessage('refuse-no-text-layer.txt', 'x'));
    expect(plainOf(lastSent())).toContain(WORDING.en.docs.refused['no-text-layer']);
    expect(api.callsOf('getFile')).toHaveLength(2);
  });

  it('names the duplicate: the preview warns and offers no ✅', async () => {
    const { app } = await documentBot();
    await feed(app, fileMessage('a.txt', NEW_ARTICLE));
    await feed(app, press(lastSent(), 'dc:a:'));
    await feed(app, fileMessage('b.txt', NEW_ARTICLE));
    expect(plainOf(lastSent())).toContain('⚠️ The same text is already served as «Zephyrine lighthouse repainted in cobalt blue»');
    expect(buttonData(lastSent().payload).some((d) => d.startsWith('dc:a:'))).toBe(false);
  });

  it('corrects a field by a reply to the preview, then adds the corrected document', async () => {
    const { app, library } = await documentBot();
    await feed(app, fileMessage('a.txt', NEW_ARTICLE));
    const preview = lastSent();
    await feed(app, messageUpdate('title: Lighthouse gets a new coat\ndate: 2022-01-19', { reply_to_message: messageOf(preview) }));
    const corrected = lastSent();
    expect(plainOf(corrected)).toContain('Title: Lighthouse gets a new coat');
    expect(plainOf(corrected)).toContain('Date: 2022-01-19');
    await feed(app, messageUpdate('date: yesterday', { reply_to_message: messageOf(corrected) }));
    expect(plainOf(lastSent())).toContain(WORDING.en.docs.badDate);
    await feed(app, press(corrected, 'dc:e:'));
    expect(plainOf(lastSent())).toContain('reply to this message with lines such as');
    await feed(app, press(corrected, 'dc:a:'));
    expect([...library.added.values()][0]!.entry).toMatchObject({ title: 'Lighthouse gets a new coat', date: '2022-01-19', addedBy: 'telegram:501' });
  });

  it('takes a message that is only a link as a document to add', async () => {
    const { app } = await documentBot();
    await feed(app, messageUpdate(LINK));
    expect(plainOf(lastSent())).toContain('Title: Lighthouse by link');
  });

  it('previews hostile text and names safely (escaped HTML, no mention), and refuses a link it cannot read', async () => {
    const { app } = await documentBot();
    // (A lone surrogate cannot be written as UTF-8: the file would be refused as unreadable, which is right.)
    const hostile = Object.entries(HOSTILE_STRINGS).filter(([name, v]) => v.length < 500 && name !== 'loneSurrogate').map(([, v]) => v).join('\n\n');
    await feed(app, fileMessage('<b>x</b>.txt', `---\ntitle: "<i>@everyone</i> &amp; <a href=x>"\n---\nA long enough opening sentence about the harbour so that something stays after cleaning.\n\n${hostile}`));
    const preview = lastSent();
    expect(preview.reply?.ok).toBe(true);
    expect(plainOf(preview)).toContain('Title: <i>@everyone</i> &amp; <a href=x>');
    await feed(app, messageUpdate('http://127.0.0.1:9/<script>'));
    expect(plainOf(lastSent())).toContain(WORDING.en.docs.refused['fetch-failed']);
  });

  it('ignores uploads in groups unless the caption is /add', async () => {
    const { app } = await documentBot();
    await feed(app, fileMessage('a.txt', NEW_ARTICLE, { chat: GROUP_CHAT }));
    expect(sent()).toHaveLength(0);
    await feed(app, fileMessage('a.txt', NEW_ARTICLE, { chat: GROUP_CHAT, caption: '/add@sanad_test_bot', caption_entities: [{ type: 'bot_command', offset: 0, length: 19 }] }));
    expect(plainOf(lastSent())).toContain('📄 Preview');
  });
});

describe('Telegram: /documents and removal', () => {
  async function withAdded() {
    const bot = await documentBot();
    await feed(bot.app, fileMessage('a.txt', NEW_ARTICLE));
    await feed(bot.app, press(lastSent(), 'dc:a:'));
    return { ...bot, id: [...bot.library.added.keys()][0]! };
  }

  it('lists everything answered from; maintainers also see who added each, with ✖', async () => {
    const { app, id } = await withAdded();
    await feed(app, messageUpdate('/documents', { chat: GROUP_CHAT, from: STRANGER }));
    expect(plainOf(lastSent())).toContain('Coastal Herald — «Zephyrine lighthouse repainted in cobalt blue»');
    expect(plainOf(lastSent())).not.toContain('telegram:501');
    expect(buttonData(lastSent().payload)).toEqual([]);
    await feed(app, messageUpdate('/documents'));
    expect(plainOf(lastSent())).toContain(`by telegram:501 · id ${id}`);
    expect(buttonData(lastSent().payload)).toEqual([`dc:r:${id}`]);
  });

  it('removes after a confirmation and tells the chat whose pinned answers were dropped', async () => {
    const { app, id, library } = await withAdded();
    library.pinsCiting = () => [
      { platform: 'telegram', chatId: String(GROUP_CHAT.id), messageId: '40', pinnedBy: '9', question: NEW_QUESTION },
      { platform: 'telegram', chatId: String(GROUP_CHAT.id), messageId: '41', pinnedBy: '9', question: 'Who painted it?' },
    ];
    await feed(app, messageUpdate('/documents'));
    await feed(app, press(lastSent(), 'dc:r:'));
    const question = lastSent();
    expect(plainOf(question)).toContain('Remove «Zephyrine lighthouse repainted in cobalt blue»?');
    expect(library.added.size).toBe(1);
    // Someone else's press on the confirmation removes nothing.
    await feed(app, press(question, 'dc:y:', STRANGER));
    expect(api.callsOf('answerCallbackQuery').at(-1)!.payload).toMatchObject({ show_alert: true, text: WORDING.ru.docs.notMaintainer });
    expect(library.added.size).toBe(1);
    await feed(app, press(question, 'dc:y:'));
    const [result, note] = sent().slice(-2);
    expect(plainOf(result!)).toContain('Removed «Zephyrine lighthouse repainted in cobalt blue»: it is no longer cited.');
    expect(note!.payload.chat_id).toBe(GROUP_CHAT.id);
    expect(plainOf(note!)).toContain(`• ${NEW_QUESTION}\n• Who painted it?`);
    expect(library.added.size).toBe(0);
    expect(id).toMatch(/^added-/);
  });

  it('/documents remove <id> asks too; Keep removes nothing', async () => {
    const { app, id, library } = await withAdded();
    await feed(app, messageUpdate(`/documents remove ${id}`));
    await feed(app, press(lastSent(), 'dc:n:'));
    expect(plainOf(lastSent())).toBe('Nothing was removed.');
    expect(library.added.size).toBe(1);
  });
});
