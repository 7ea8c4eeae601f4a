import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createTelegramBot, startTelegram } from '../../../adapters/telegram/bot.js';
import { PlatformFatalError } from '../../../adapters/telegram/platform-error.js';
import { createChatRights } from '../../../adapters/telegram/rights.js';
import type { CallApi } from '../../../adapters/telegram/call-api.js';
import { createConversation, readConfig, type Store } from '../../../src/index.js';
import { memoryStore } from '../../conversation/memory-store.js';
import { FAKE_BOT_INFO } from './fake-bot-api.js';
import { freePort } from './free-port.js';
import {
  buttonData, callbackUpdate, conversationFor, fakeBot, FAST_FLOOD, feed, GROUP_CHAT, memoryLogger, messageUpdate, realSanad, removeTempDataDirs,
  tempDataDir, TEST_TOKEN, USER, useFakeBotApi,
} from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);
const { api, root } = useFakeBotApi();
const QUESTION = 'What happened at Almaty airport?';
const textsTo = (chatId: number) => api.callsOf('sendMessage').filter((c) => c.reply?.ok && c.payload.chat_id === chatId).map((c) => parseTelegramHtml(c.payload.text).text);

/** A sleep that holds every wait until released, and says when the first wait began. */
function gate() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  let waiting!: () => void;
  const firstWait = new Promise<void>((resolve) => (waiting = resolve));
  const sleeps: number[] = [];
  return { sleep: async (ms: number) => { sleeps.push(ms); waiting(); await opened; }, release, firstWait, sleeps };
}

const CHAT_A = { id: 601, type: 'private', first_name: 'A' } as const;
const CHAT_B = { id: 602, type: 'private', first_name: 'B' } as const;
const inChat = (chat: { id: number }, text = QUESTION) => messageUpdate(text, { chat, from: { ...USER, id: chat.id } });

describe('chats are independent', () => {
  it('answers another chat at once while one chat waits out a 429', async () => {
    const held = gate();
    const app = fakeBot(root(), tempDataDir(), { flood: { ...FAST_FLOOD, sleep: held.sleep } });
    api.replyOnce('sendMessage', { ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    const a = app.bot.handleUpdate(inChat(CHAT_A));
    await held.firstWait;
    await feed(app, inChat(CHAT_B));
    expect(textsTo(CHAT_B.id)).toHaveLength(1);
    expect(textsTo(CHAT_A.id)).toHaveLength(0);
    held.release();
    await a;
    expect(textsTo(CHAT_A.id)[0]).toContain('«»');
    await app.close();
  });

  it('tells the user when Telegram asks to wait longer than the maximum, instead of dropping the answer silently', async () => {
    const app = fakeBot(root(), tempDataDir(), { flood: { ...FAST_FLOOD, maxRetryAfterSeconds: 30 } });
    api.replyOnce('sendMessage', { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3600', parameters: { retry_after: 3600 } });
    await feed(app, inChat(CHAT_A));
    // The answer is not sat on for an hour: the user is told when to ask again, once Telegram lets the bot write
    // there (the test's sleeps end at once).
    const sent = api.callsOf('sendMessage');
    expect(sent).toHaveLength(2);
    expect(parseTelegramHtml(sent[1]!.payload.text).text).toMatch(/a lot of questions at once\. Please try again in 3600 s/);
    await app.close();
  });

  it('keeps each chat to a bounded queue: past it, updates are dropped with one notice', async () => {
    const held = gate();
    const app = fakeBot(root(), tempDataDir(), { flood: { ...FAST_FLOOD, sleep: held.sleep }, dispatch: { maxQueuedPerChat: 2 } });
    api.replyOnce('sendMessage', { ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    const first = app.bot.handleUpdate(inChat(CHAT_A));
    await held.firstWait; // the first answer waits out its 429; the chat's next updates queue behind it
    const more = Array.from({ length: 5 }, () => app.bot.handleUpdate(inChat(CHAT_A)));
    held.release();
    await Promise.all([first, ...more]);
    const texts = textsTo(CHAT_A.id);
    expect(texts.filter((t) => t.includes('«»'))).toHaveLength(3);
    expect(texts.filter((t) => t.includes('a lot of questions'))).toHaveLength(1);
    await app.close();
  });

  it('stops within its grace period: what waits is dropped and counted, what runs is left to its claim', async () => {
    const held = gate();
    const app = fakeBot(root(), tempDataDir(), { flood: { ...FAST_FLOOD, sleep: held.sleep } });
    api.replyOnce('sendMessage', { ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    const updates = [inChat(CHAT_A), inChat(CHAT_A), inChat(CHAT_A), inChat(CHAT_A)];
    const handled = updates.map((u) => app.bot.handleUpdate(u));
    await held.firstWait;
    const report = await app.dispatcher.stop(50);
    expect(report).toEqual({ dropped: 3, unfinished: 1 });
    held.release();
    await Promise.all(handled);
    await app.close();
  });
});

describe('the user always hears back', () => {
  /** A store that never answers pinnedAnswers or vote (a frozen database). */
  const frozen = (): Store => ({ ...memoryStore(), pinnedAnswers: () => new Promise(() => {}), vote: () => new Promise(() => {}) });

  it('answers without the store when it stops answering, and answers the button press (try again)', async () => {
    const log = memoryLogger();
    const conversation = createConversation({ sanad: realSanad(), store: frozen(), log: log.logger, now: Date.now, storeDeadlineMs: 50 });
    const app = createTelegramBot(conversation, log.logger, { token: TEST_TOKEN, apiRoot: root(), userQuestionsPerMinute: 100, chatQuestionsPerMinute: 100, flood: FAST_FLOOD, botInfo: FAKE_BOT_INFO });
    await feed(app, messageUpdate(`/ask ${QUESTION}`, { chat: GROUP_CHAT }));
    const sent = api.callsOf('sendMessage')[0]!;
    expect(parseTelegramHtml(sent.payload.text).text).toContain('«»');
    expect(log.lines.join('')).toContain('no answer from the store within 50 ms');
    const vote = buttonData(sent.payload).find((d) => d.startsWith('v:'))!;
    await feed(app, callbackUpdate(vote, { ...(sent.reply as { result: object }).result, reply_markup: sent.payload.reply_markup }));
    expect(api.callsOf('answerCallbackQuery')[0]!.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('try again') });
    await app.close();
  });

  it('answers a button press whose handling failed, with an apology', async () => {
    const app = fakeBot(root(), tempDataDir());
    await feed(app, inChat(CHAT_A));
    const sent = api.callsOf('sendMessage')[0]!;
    const passage = buttonData(sent.payload).find((d) => d.startsWith('p:'))!;
    api.replyOnce('answerCallbackQuery', { ok: false, error_code: 400, description: 'Bad Request: something broke' });
    await feed(app, callbackUpdate(passage, { ...(sent.reply as { result: object }).result, reply_markup: sent.payload.reply_markup }));
    const answers = api.callsOf('answerCallbackQuery');
    expect(answers).toHaveLength(2);
    expect(answers[1]!.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('something went wrong') });
    await app.close();
  });

  it('answers a redelivered update once', async () => {
    const app = fakeBot(root(), tempDataDir());
    const update = inChat(CHAT_A);
    await feed(app, update, update, update);
    expect(textsTo(CHAT_A.id)).toHaveLength(1);
    await app.close();
  });
});

describe('bounded input', () => {
  it('keeps the rights cache to its size', async () => {
    const calls: number[] = [];
    const fakeApi = (async (_m: string, p: { user_id: number }) => { calls.push(p.user_id); return { status: 'member' }; }) as unknown as CallApi;
    const rights = createChatRights(fakeApi, { maxEntries: 3 });
    for (let user = 1; user <= 10; user++) await rights.isModerator(-5, user);
    expect(rights.cached).toBe(3);
    await rights.isModerator(-5, 10);
    expect(calls).toHaveLength(10);
  });

  it('refuses a webhook body over the limit (413) and decodes a character split between chunks whole', async () => {
    const port = await freePort();
    const config = readConfig({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: root(), TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: 's3cret',
      TELEGRAM_WEBHOOK_PORT: String(port), TELEGRAM_WEBHOOK_MAX_BODY_BYTES: '4000', SANAD_DATA_DIR: tempDataDir(),
    });
    const { conversation, store } = conversationFor(tempDataDir());
    const bot = await startTelegram(config, conversation, memoryLogger().logger, { webhookHost: '127.0.0.1', flood: FAST_FLOOD });
    const post = (chunks: Buffer[]) => new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/hook', method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3cret' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
    expect(await post([Buffer.from(JSON.stringify(inChat(CHAT_A, 'x'.repeat(10_000))))])).toBe(413);
    const body = Buffer.from(JSON.stringify(inChat(CHAT_B, 'ما مهمة قوات حفظ السلام؟')));
    const split = body.indexOf(Buffer.from('مهمة')) + 1; // inside the two bytes of م
    expect(await post([body.subarray(0, split), body.subarray(split)])).toBe(200);
    await api.waitFor('sendMessage', 1);
    const text = textsTo(CHAT_B.id)[0]!;
    expect(text).toContain('مهمة');
    expect(text).not.toContain('\uFFFD');
    await bot.stop();
    await store.close();
  });
});

describe('a dead platform connection is a failure', () => {
  it('retries a 502 from getUpdates, then ends polling on 409 Conflict with a PlatformFatalError', async () => {
    const config = readConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: root(), SANAD_DATA_DIR: tempDataDir() });
    const { conversation, store } = conversationFor(tempDataDir());
    api.replyOnce('getUpdates', { ok: true, result: [] });
    api.replyOnce('getUpdates', { ok: false, error_code: 502, description: 'Bad Gateway' });
    api.replyOnce('getUpdates', { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' });
    const bot = await startTelegram(config, conversation, memoryLogger().logger, { flood: FAST_FLOOD, polling: { backoffMs: () => 0 } });
    await expect(bot.failed).rejects.toThrow(PlatformFatalError);
    await expect(bot.failed).rejects.toThrow(/Telegram refused getUpdates: 409/);
    expect(api.callsOf('getUpdates').length).toBeGreaterThanOrEqual(3);
    await bot.stop();
    await store.close();
  });

  it('npm start exits with code 1 and one clear line when Telegram revokes the token mid-run (401)', async () => {
    api.replyOnce('getUpdates', { ok: true, result: [] });
    api.replyOnce('getUpdates', { ok: false, error_code: 401, description: 'Unauthorized' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/start.ts'], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: root(), SANAD_DATA_DIR: tempDataDir(), SANAD_CACHE_DIR: tempDataDir(), DISCORD_TOKEN: '', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('telegram: Telegram bot stopped: Telegram refused getUpdates: 401 Unauthorized');
    expect(stderr).not.toContain(TEST_TOKEN.split(':')[1]);
  }, 60_000);
});
