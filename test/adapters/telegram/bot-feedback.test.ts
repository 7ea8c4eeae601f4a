import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramBot as Bot } from '../../../adapters/telegram/bot.js';
import { lazyStore } from '../../../src/store/lazy-store.js';
import { openStore } from '../../../src/store/open-store.js';
import { FAKE_BOT_INFO, type ApiCall } from './fake-bot-api.js';
import { buttonData, callbackUpdate, fakeBot, feed, GROUP_CHAT, messageUpdate, removeTempDataDirs, tempDataDir, useFakeBotApi } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

/** The real telegraf bot against the local fake Bot API: the 👎 reasons when the bot may not write first, and the digest. */
const { api, root } = useFakeBotApi();
const MOD = { id: 11, is_bot: false, first_name: 'Mod', language_code: 'en' };
const MEMBER = { id: 12, is_bot: false, first_name: 'Member', language_code: 'en' };
const PRIVATE_OF = (user: { id: number }) => ({ id: user.id, type: 'private', first_name: 'x' });
const QUESTION = 'ما مهمة قوات حفظ السلام؟';

beforeEach(() => {
  api.members.clear();
  api.setMember(GROUP_CHAT.id, MOD.id, { status: 'administrator', can_pin_messages: true });
});

/** A message's text without the direction marks and isolates the renderer adds. */
const textOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
const lastSent = () => api.callsOf('sendMessage').at(-1)!;
const sentMessage = (call: ApiCall) => ({ ...(call.reply as { result: Record<string, unknown> }).result, reply_markup: call.payload.reply_markup });

/** A bot on the SQLite store in dataDir; closing it closes the store (a restart opens it again). */
function botOn(dataDir: string): Bot {
  const store = lazyStore(() => openStore({ dataDir }));
  const app = fakeBot(root(), dataDir, { store });
  return { ...app, close: async () => { await app.close(); await store.close(); } };
}

describe('👎 with reasons, and the digest, on Telegram', () => {
  const dataDir = tempDataDir();
  let app: Bot;
  afterAll(() => app.close());

  it('opens the private chat through the callback\'s url when the user never started the bot; /start offers the reasons', async () => {
    app = botOn(dataDir);
    await feed(app, messageUpdate(`/ask ${QUESTION}`, { chat: GROUP_CHAT, from: MEMBER }));
    const answer = lastSent();
    const down = buttonData(answer.payload).find((d) => /^v:\d*:?d$/.test(d))!;
    api.clear();
    api.replyOnce('sendMessage', { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
    await feed(app, callbackUpdate(down, sentMessage(answer), MEMBER));
    // The private message was tried first, to the user's own chat.
    expect(api.callsOf('sendMessage').map((c) => c.payload.chat_id)).toEqual([MEMBER.id]);
    const [toast] = api.callsOf('answerCallbackQuery');
    expect(toast!.payload.url).toMatch(new RegExp(`^https://t\\.me/${FAKE_BOT_INFO.username}\\?start=r_\\d+$`));
    // The vote counted all the same.
    expect(api.callsOf('editMessageReplyMarkup')[0]!.payload.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toContain('👎 1');

    api.clear();
    const payload = String(toast!.payload.url).split('start=')[1];
    await feed(app, messageUpdate(`/start ${payload}`, { chat: PRIVATE_OF(MEMBER), from: MEMBER }));
    const prompt = lastSent();
    expect(textOf(prompt)).toContain(`What was wrong with the answer to “${QUESTION}”`);
    const reasons = buttonData(prompt.payload);
    expect(reasons).toHaveLength(4);

    api.clear();
    await feed(app, callbackUpdate(reasons.find((d) => d.endsWith(':o'))!, sentMessage(prompt), MEMBER));
    expect(api.callsOf('answerCallbackQuery')[0]!.payload.text).toBe('Thanks, the moderators will see why.');
  });

  it('shows the reasons in /unanswered; a member cannot dismiss, a moderator can, and it stays dismissed after a restart', async () => {
    api.clear();
    await feed(app, messageUpdate('/unanswered', { chat: GROUP_CHAT, from: MOD }));
    const digest = lastSent();
    expect(textOf(digest)).toContain(`👎 1 · 👍 0 — ${QUESTION} (why: Outdated 1)`);
    const dismiss = buttonData(digest.payload).find((d) => d.startsWith('x:d:'))!;

    api.clear();
    await feed(app, callbackUpdate(dismiss, sentMessage(digest), MEMBER));
    expect(api.callsOf('answerCallbackQuery')[0]!.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('Only moderators') });
    expect(api.callsOf('editMessageReplyMarkup')).toEqual([]);

    api.clear();
    await feed(app, callbackUpdate(dismiss, sentMessage(digest), MOD));
    expect(api.callsOf('answerCallbackQuery')[0]!.payload.text).toBe('Taken off the digest.');
    expect(buttonData(api.callsOf('editMessageReplyMarkup')[0]!.payload)).not.toContain(dismiss);

    await app.close();
    app = botOn(dataDir);
    api.clear();
    await feed(app, messageUpdate('/unanswered', { chat: GROUP_CHAT, from: MOD }));
    expect(textOf(lastSent())).not.toContain(QUESTION);
    expect(textOf(lastSent())).toContain('No answer got a 👎.');
  });
});
