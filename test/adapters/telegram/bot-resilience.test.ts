import { afterAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../../adapters/telegram/commands.js';
import { downStore } from '../../conversation/memory-store.js';
import { buttonData, callbackUpdate, fakeBot, feed, GROUP_CHAT, memoryLogger, messageUpdate, removeTempDataDirs, tempDataDir, TEST_TOKEN, useFakeBotApi, USER } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const { api, root } = useFakeBotApi();

const texts = () => api.callsOf('sendMessage').filter((c) => c.reply?.ok).map((c) => parseTelegramHtml(c.payload.text).text);

describe('flood limits', () => {
  it('waits out a 429 retry_after, then sends the answer', async () => {
    const waits: number[] = [];
    const app = fakeBot(root(), tempDataDir(), { flood: { chatMinTimeMs: 0, sleep: async (ms) => void waits.push(ms) } });
    api.replyOnce('sendMessage', { ok: false, error_code: 429, description: 'Too Many Requests: retry after 2', parameters: { retry_after: 2 } });
    await feed(app, messageUpdate('ما مهمة قوات حفظ السلام؟'));
    // The chat is blocked until retry_after has passed since the 429: a wait of (just under) 2 s.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1900);
    expect(waits[0]).toBeLessThanOrEqual(2000);
    expect(api.callsOf('sendMessage')).toHaveLength(2);
    expect(texts()[0]).toContain('«»');
    await app.close();
  });

  it('follows a group that became a supergroup (migrate_to_chat_id)', async () => {
    const app = fakeBot(root(), tempDataDir());
    api.replyOnce('sendMessage', { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -100123456 } });
    await feed(app, messageUpdate('/ask ما مهمة قوات حفظ السلام؟', { chat: { id: -123456, type: 'group', title: 'old' } }));
    expect(api.callsOf('sendMessage').map((c) => c.payload.chat_id)).toEqual([-123456, -100123456]);
    await app.close();
  });
});

describe('rate limits', () => {
  it('replies once, kindly, when a user asks too often; then stays quiet', async () => {
    const app = fakeBot(root(), tempDataDir(), { userQuestionsPerMinute: 2 });
    for (let i = 0; i < 4; i += 1) await feed(app, messageUpdate('What happened at Almaty airport?'));
    const replies = texts();
    expect(replies).toHaveLength(3);
    expect(replies[2]).toMatch(/That’s a lot of questions at once\. Please try again in \d+ s\./);
    await app.close();
  });

  it('limits a whole chat too', async () => {
    const app = fakeBot(root(), tempDataDir(), { chatQuestionsPerMinute: 1 });
    await feed(
      app,
      messageUpdate('/ask Why did the protests start?', { chat: GROUP_CHAT, from: { ...USER, id: 1 } }),
      messageUpdate('/ask Why did the protests start?', { chat: GROUP_CHAT, from: { ...USER, id: 2 } }),
    );
    expect(texts()[1]).toContain('a lot of questions');
    await app.close();
  });
});

describe('error boundary', () => {
  it('logs a failing update without the token, apologises once, and keeps serving', async () => {
    const log = memoryLogger();
    const app = fakeBot(root(), tempDataDir(), {}, log.logger);
    api.replyOnce('sendMessage', { ok: false, error_code: 400, description: `Bad Request: chat not found (bot${TEST_TOKEN})` });
    await expect(app.bot.handleUpdate(messageUpdate('ما مهمة قوات حفظ السلام؟'))).resolves.toBeUndefined();
    await feed(app, messageUpdate('ما مهمة قوات حفظ السلام؟'));
    const logged = log.lines.join('');
    expect(logged).toContain('Telegram update failed');
    expect(logged).toContain('Telegram refused sendMessage: 400');
    expect(logged).not.toContain(TEST_TOKEN.split(':')[1]);
    expect(texts()).toHaveLength(2);
    expect(texts()[0]).toContain('something went wrong');
    expect(texts()[1]).toContain('«»');
    await app.close();
  });
});

describe('registerCommands', () => {
  it('registers commands per language and /pin, /unpin only for chat administrators', async () => {
    const app = fakeBot(root(), tempDataDir());
    expect(await registerCommands(app.api, () => {})).toBe(8);
    const calls = api.callsOf('setMyCommands').map((c) => c.payload);
    expect(new Set(calls.map((c) => c.language_code))).toEqual(new Set(['ar', 'en', 'ru', undefined]));
    for (const call of calls) {
      const names = call.commands.map((c: { command: string }) => c.command);
      expect(names.includes('pin')).toBe(call.scope.type === 'all_chat_administrators');
      for (const c of call.commands) expect(c.description.length).toBeLessThanOrEqual(256);
    }
    await app.close();
  });
});

describe('store outage', () => {
  it('still answers a question when every store call fails: the answer goes out, the failure is logged, not shown', async () => {
    const log = memoryLogger();
    const app = fakeBot(root(), tempDataDir(), { store: downStore() }, log.logger);
    await feed(app, messageUpdate('/ask ما مهمة قوات حفظ السلام؟', { chat: GROUP_CHAT }));
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toMatch(/«[^»]+» \[1\]/);
    expect(texts()[0]).toContain('«» نص منقول حرفيًا');
    const logged = log.lines.join('');
    expect(logged).toContain('store call failed');
    expect(logged).not.toContain('Telegram update failed');

    // A vote needs the store: the voter is asked to try again later, in an alert.
    const sent = api.callsOf('sendMessage')[0]!;
    const vote = buttonData(sent.payload).find((d) => d.startsWith('v:'))!;
    await feed(app, callbackUpdate(vote, { ...(sent.reply as { result: object }).result, reply_markup: sent.payload.reply_markup }));
    expect(api.callsOf('answerCallbackQuery')[0]!.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('try again') });
    await app.close();
  });
});
