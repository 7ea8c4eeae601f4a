import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramBot } from '../../../adapters/telegram/bot.js';
import { FAKE_BOT_INFO, FakeBotApi } from './fake-bot-api.js';
import { callbackUpdate, fakeBot, feed, GROUP_CHAT, messageUpdate, removeTempDataDirs, tempDataDir } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const api = new FakeBotApi();
let app: TelegramBot;
let apiRoot = '';
const MOD = { id: 11, is_bot: false, first_name: 'Mod', language_code: 'en' };
const MEMBER = { id: 12, is_bot: false, first_name: 'Member', language_code: 'en' };
const CREATOR = { id: 13, is_bot: false, first_name: 'Owner', language_code: 'en' };
const ANSWER: Record<string, unknown> = { message_id: 300, date: 1, chat: GROUP_CHAT, from: FAKE_BOT_INFO, text: '❓ q' };
const BOT_ADMIN = { status: 'administrator', can_pin_messages: true } as const;

beforeAll(async () => {
  apiRoot = await api.start();
  app = fakeBot(apiRoot, tempDataDir(), { rights: { cacheMs: 60_000 } });
});
beforeEach(() => {
  api.clear();
  api.members.clear();
  api.setMember(GROUP_CHAT.id, MOD.id, { status: 'administrator', can_pin_messages: true });
  api.setMember(GROUP_CHAT.id, CREATOR.id, { status: 'creator' });
  api.setMember(GROUP_CHAT.id, FAKE_BOT_INFO.id, BOT_ADMIN);
});
afterAll(async () => {
  await app.close();
  await api.stop();
});

const alerts = () => api.callsOf('answerCallbackQuery').map((c) => c.payload);
const notices = () => api.callsOf('sendMessage').map((c) => parseTelegramHtml(c.payload.text).text);

describe('📌 button', () => {
  it('pins for an administrator with can_pin_messages and for the creator', async () => {
    await feed(app, callbackUpdate('pin', ANSWER, MOD), callbackUpdate('pin:299', ANSWER, CREATOR));
    expect(api.callsOf('pinChatMessage').map((c) => c.payload)).toEqual([
      { chat_id: GROUP_CHAT.id, message_id: 300, disable_notification: true },
      { chat_id: GROUP_CHAT.id, message_id: 299, disable_notification: true },
    ]);
    expect(alerts()[0]).toMatchObject({ text: '📌 Pinned. Similar questions here now get this answer first.', show_alert: false });
  });

  it('refuses anyone else with an alert, and pins nothing', async () => {
    await feed(app, callbackUpdate('pin', ANSWER, MEMBER));
    expect(api.callsOf('pinChatMessage')).toHaveLength(0);
    expect(alerts()[0]).toMatchObject({ show_alert: true });
    expect(alerts()[0]!.text).toContain('Only moderators');
  });

  it('refuses an administrator without the pin right', async () => {
    api.setMember(GROUP_CHAT.id, 14, { status: 'administrator', can_pin_messages: false });
    await feed(app, callbackUpdate('pin', ANSWER, { ...MEMBER, id: 14 }));
    expect(api.callsOf('pinChatMessage')).toHaveLength(0);
  });

  it('tells the moderator which right to grant when the bot lacks it', async () => {
    api.setMember(GROUP_CHAT.id, FAKE_BOT_INFO.id, { status: 'member' });
    await feed(app, callbackUpdate('pin', ANSWER, MOD));
    expect(api.callsOf('pinChatMessage')).toHaveLength(0);
    expect(alerts()[0]!.text).toContain('“Pin messages”');
    api.setMember(GROUP_CHAT.id, FAKE_BOT_INFO.id, BOT_ADMIN);
    await feed(app, callbackUpdate('pin', ANSWER, MOD));
    expect(api.callsOf('pinChatMessage')).toHaveLength(1);
  });

  it('also tells it when Telegram itself refuses for lack of rights', async () => {
    api.replyOnce('pinChatMessage', { ok: false, error_code: 400, description: 'Bad Request: not enough rights to manage pinned messages in the chat' });
    await feed(app, callbackUpdate('pin', ANSWER, MOD));
    expect(alerts()[0]!.text).toContain('“Pin messages”');
  });

  it('asks Telegram at click time and caches the answer briefly', async () => {
    const bot = fakeBot(apiRoot, tempDataDir(), { rights: { cacheMs: 60_000 } });
    await feed(bot, callbackUpdate('pin', ANSWER, MEMBER), callbackUpdate('pin', ANSWER, MEMBER));
    expect(api.callsOf('getChatMember').filter((c) => c.payload.user_id === MEMBER.id)).toHaveLength(1);
    await bot.close();
  });
});

describe('/pin and /unpin', () => {
  const replyToAnswer = { chat: GROUP_CHAT, reply_to_message: ANSWER };

  it('pins the replied answer for a moderator and unpins it with /unpin', async () => {
    await feed(app, messageUpdate('/pin', { ...replyToAnswer, from: MOD }), messageUpdate('/unpin', { ...replyToAnswer, from: MOD }));
    expect(api.callsOf('pinChatMessage')[0]!.payload).toMatchObject({ message_id: 300 });
    expect(api.callsOf('unpinChatMessage')[0]!.payload).toMatchObject({ message_id: 300 });
    expect(notices()).toEqual(['📌 Unpinned. Similar questions no longer get this answer first.']);
  });

  it('lets an anonymous admin (sender_chat is the group) pin without asking Telegram', async () => {
    const anon = { from: { id: 1087968824, is_bot: true, first_name: 'Group' }, sender_chat: GROUP_CHAT };
    await feed(app, messageUpdate('/pin', { ...replyToAnswer, ...anon }));
    expect(api.callsOf('pinChatMessage')).toHaveLength(1);
    expect(api.callsOf('getChatMember').some((c) => c.payload.user_id === 1087968824)).toBe(false);
  });

  it('refuses a member, the linked channel and a channel writing in the group', async () => {
    await feed(
      app,
      messageUpdate('/pin', { ...replyToAnswer, from: MEMBER }),
      messageUpdate('/pin', { ...replyToAnswer, from: { id: 777000, is_bot: false, first_name: 'Telegram' }, is_automatic_forward: true }),
      messageUpdate('/pin', { ...replyToAnswer, from: { id: 136817688, is_bot: true, first_name: 'Channel' }, sender_chat: { id: -100888, type: 'channel', title: 'C' } }),
    );
    expect(api.callsOf('pinChatMessage')).toHaveLength(0);
    expect(notices()).toHaveLength(2);
    expect(notices().every((n) => n.includes('Only moderators'))).toBe(true);
  });

  it('explains usage without a reply to one of its answers', async () => {
    await feed(app, messageUpdate('/pin', { chat: GROUP_CHAT, from: MOD }));
    expect(notices()[0]).toContain('Reply /pin to one of my answers');
  });

  it('lets anyone pin in a private chat', async () => {
    await feed(app, messageUpdate('/pin', { reply_to_message: { ...ANSWER, chat: { id: 501, type: 'private' } } }));
    expect(api.callsOf('pinChatMessage')).toHaveLength(1);
    expect(api.callsOf('getChatMember')).toHaveLength(0);
  });
});
