// Issue 15 end to end: the real reader and the real live library behind two Telegram bots on one SQLite store. A
// maintainer adds a document on one instance; the other answers from it once its change feed has applied the add.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTelegramBot, type TelegramBot } from '../../../adapters/telegram/bot.js';
import { createConversation, loadSanad, openDocumentStore, openLiveSanad, openStore, readLink, readUpload, type LibraryChange, type LiveCore } from '../../../src/index.js';
import { CORPUS_DIR, NEW_ARTICLE, NEW_QUESTION } from '../../conversation/documents-fixture.js';
import type { ApiCall } from './fake-bot-api.js';
import { FAKE_BOT_INFO } from './fake-bot-api.js';
import { buttonData, callbackUpdate, FAST_FLOOD, feed, memoryLogger, messageUpdate, TEST_TOKEN, USER, useFakeBotApi } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

const { api, root } = useFakeBotApi();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const folder = mkdtempSync(join(tmpdir(), 'sanad-live-bots-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** One instance: its own corpus copy, cache, store handles and live core, on the shared data folder; user 501 maintains. */
async function instance(name: string, dataDir: string): Promise<{ app: TelegramBot; core: LiveCore }> {
  const corpusDir = join(folder, name, 'corpus');
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  const store = await openStore({ dataDir });
  const documentStore = await openDocumentStore({ dataDir });
  const core = await openLiveSanad(loadSanad({ corpusDir }), { documentStore, corpusDir, cacheDir: join(folder, name, 'cache') });
  const reader = {
    readUpload: (file: Parameters<typeof readUpload>[0]) => readUpload(file, { maxBytes: 1_000_000 }, { offThread: false }),
    readLink: (url: string) => readLink(url, { maxBytes: 1_000_000, timeoutMs: 2_000, maxRedirects: 2, allowPrivate: [] }, { offThread: false }),
  };
  const { logger } = memoryLogger();
  const conversation = createConversation({ sanad: core.sanad, store, log: logger, now: Date.now, library: core.library, reader, maintainers: ['telegram:501'] });
  const app = createTelegramBot(conversation, logger, {
    token: TEST_TOKEN, apiRoot: root(), userQuestionsPerMinute: 100, chatQuestionsPerMinute: 100, flood: FAST_FLOOD, botInfo: FAKE_BOT_INFO,
  });
  cleanups.push(() => core.close(), () => documentStore.close(), () => store.close(), () => app.close());
  return { app, core };
}

/** Resolves with the first change a library applies that passes `test`. */
const changeOn = (core: LiveCore, test: (change: LibraryChange) => boolean) => new Promise<LibraryChange>((resolve) => {
  const stop = core.library.onChange((change) => {
    if (!test(change)) return;
    stop();
    resolve(change);
  });
});

const lastSent = () => api.callsOf('sendMessage').at(-1)!;
const plainOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text;
const messageOf = (call: ApiCall) => ({ ...(call.reply as { result: { message_id: number } }).result, reply_markup: call.payload.reply_markup });
const press = (call: ApiCall, prefix: string) => callbackUpdate(buttonData(call.payload).find((d) => d.startsWith(prefix))!, messageOf(call), USER);

describe('Telegram: a document added on one instance is answered on another', () => {
  it('reads the upload for real, adds it on ✅ on A, and B answers from it once its change feed applies the add; a removal on A stops B citing it', async () => {
    const dataDir = join(folder, 'data');
    const a = await instance('a', dataDir);
    const b = await instance('b', dataDir);

    await feed(b.app, messageUpdate(NEW_QUESTION));
    expect(plainOf(lastSent())).not.toContain('cobalt blue');

    await feed(a.app, messageUpdate(undefined, { document: api.addFile('lighthouse.txt', NEW_ARTICLE) }));
    const preview = lastSent();
    expect(plainOf(preview)).toContain('Zephyrine lighthouse repainted in cobalt blue');
    const added = changeOn(b.core, (change) => change.source === 'store' && change.added.length > 0);
    await feed(a.app, press(preview, 'dc:a:'));
    expect(plainOf(lastSent())).toMatch(/^✅ Added «Zephyrine lighthouse repainted in cobalt blue»/);
    await added;

    await feed(b.app, messageUpdate(NEW_QUESTION));
    expect(plainOf(lastSent())).toContain('cobalt blue');
    expect(plainOf(lastSent())).toContain('Coastal Herald');

    const removed = changeOn(b.core, (change) => change.source === 'store' && change.removed.length > 0);
    const id = a.core.library.list().find((entry) => entry.origin === 'added')!.id;
    await feed(a.app, messageUpdate(`/documents remove ${id}`));
    await feed(a.app, press(lastSent(), 'dc:y:'));
    await removed;
    await feed(b.app, messageUpdate(NEW_QUESTION));
    expect(plainOf(lastSent())).not.toContain('Coastal Herald');
  });
});
