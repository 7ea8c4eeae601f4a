import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCall } from './fake-bot-api.js';
import { FAKE_BOT_INFO } from './fake-bot-api.js';
import type { TelegramBot as Bot } from '../../../adapters/telegram/bot.js';
import { lazyStore } from '../../../src/store/lazy-store.js';
import { openStore, type OpenStoreOptions } from '../../../src/store/open-store.js';
import { createTestSchema } from '../../store/postgres-schema.js';
import { buttonData, callbackUpdate, fakeBot, feed, GROUP_CHAT, messageUpdate, removeTempDataDirs, tempDataDir, useFakeBotApi } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const { api, root } = useFakeBotApi();
const MOD = { id: 11, is_bot: false, first_name: 'Mod', language_code: 'en' };
const MEMBER = { id: 12, is_bot: false, first_name: 'Member', language_code: 'en' };
const OTHER = { id: 15, is_bot: false, first_name: 'Other', language_code: 'en' };
const QUESTION = 'ما مهمة قوات حفظ السلام؟';

beforeEach(() => {
  api.members.clear();
  api.setMember(GROUP_CHAT.id, MOD.id, { status: 'administrator', can_pin_messages: true });
  api.setMember(GROUP_CHAT.id, FAKE_BOT_INFO.id, { status: 'administrator', can_pin_messages: true });
});

const textOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text;
const lastSent = () => api.callsOf('sendMessage').at(-1)!;

/** Asks in the group as `from`; returns the answer message as a button press hands it back, and its buttons. */
async function ask(app: Bot, question: string, from: Record<string, unknown> = MEMBER) {
  await feed(app, messageUpdate(`/ask ${question}`, { chat: GROUP_CHAT, from }));
  const sent = lastSent();
  const result = (sent.reply as { result: Record<string, unknown> & { message_id: number } }).result;
  return { text: textOf(sent), data: buttonData(sent.payload), message: { ...result, reply_markup: sent.payload.reply_markup } };
}

/** Where a bot keeps its records: a SQLite file in a new folder, or a new schema of the test PostgreSQL. */
type Target = Pick<OpenStoreOptions, 'dataDir' | 'databaseUrl'>;
const dropSchemas: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(dropSchemas.splice(0).map((drop) => drop()));
});

/** A bot on the target's store; closing it closes the store (reopened by the next bot on the same target). */
async function botOn(target: Target): Promise<Bot> {
  const store = lazyStore(() => openStore(target));
  const app = fakeBot(root(), target.dataDir, { store });
  return { ...app, close: async () => { await app.close(); await store.close(); } };
}

// Every flow runs on both back ends: what moderators and users see must not depend on the database.
describe.each(['sqlite', 'postgresql'] as const)('on %s', (backend) => {
  const newTarget = async (): Promise<Target> => {
    if (backend === 'sqlite') return { dataDir: tempDataDir() };
    const schema = await createTestSchema();
    dropSchemas.push(schema.drop);
    return { dataDir: tempDataDir(), databaseUrl: schema.url };
  };

  describe('pinned answers become curated answers', () => {
    let app: Bot;
    afterAll(() => app.close());

    it('pin → /pinned lists it → a similar question gets the pinned answer, marked, with 🔎 Fresh search', async () => {
      app = await botOn(await newTarget());
      const answer = await ask(app, QUESTION);
      await feed(app, callbackUpdate(answer.data.find((d) => d.startsWith('pin'))!, answer.message, MOD));
      expect(api.callsOf('pinChatMessage')).toHaveLength(1);

      api.clear();
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT, from: MEMBER }));
      const list = lastSent();
      expect(textOf(list)).toContain('Answers pinned here');
      expect(textOf(list)).toContain(QUESTION);
      expect(list.payload.text).toContain(`https://t.me/c/777/${answer.message.message_id}`);

      api.clear();
      const again = await ask(app, 'ما هي مهمة قوات حفظ السلام', OTHER);
      expect(again.text).toContain('ثبّتها المشرفون');
      expect(again.text).toContain(answer.text.split('\n').find((l) => l.startsWith('«')) ?? '');
      const fresh = again.data.find((d) => d.startsWith('f:'));
      expect(fresh).toBeDefined();

      api.clear();
      await feed(app, callbackUpdate(fresh!, again.message, OTHER));
      expect(textOf(lastSent())).not.toContain('ثبّتها المشرفون');
      expect(buttonData(lastSent().payload).some((d) => d.startsWith('pin'))).toBe(true);
    });

    it('a different question is searched as usual, and an unpinned answer is no longer given', async () => {
      const other = await ask(app, 'متى بدأت الاحتجاجات في كازاخستان؟');
      expect(other.text).not.toContain('ثبّتها المشرفون');
      await ask(app, QUESTION);
      expect(textOf(lastSent())).toContain('ثبّتها المشرفون');
      // /unpin by reply to the pinned answer: the first /ask's answer is the pinned one.
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      const link = /t\.me\/c\/777\/(\d+)/.exec(String(lastSent().payload.text))![1]!;
      await feed(app, messageUpdate('/unpin', { chat: GROUP_CHAT, from: MOD, reply_to_message: { message_id: Number(link), from: FAKE_BOT_INFO } }));
      expect(api.callsOf('unpinChatMessage')).toHaveLength(1);
      const after = await ask(app, QUESTION);
      expect(after.text).not.toContain('ثبّتها المشرفون');
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      expect(textOf(lastSent())).toContain('No answers are pinned here yet');
    });
  });

  describe('pins made with Telegram’s own menu', () => {
    it('count as the moderators’ pins when the pinned message is one of the bot’s answers', async () => {
      const app = await botOn(await newTarget());
      const answer = await ask(app, QUESTION);
      const other = { message_id: 4040, date: 1, chat: GROUP_CHAT, from: MEMBER, text: 'hello' };
      await feed(app, messageUpdate(undefined, { chat: GROUP_CHAT, from: MOD, pinned_message: other }));
      api.clear();
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      expect(textOf(lastSent())).toContain('No answers are pinned here yet');
      await feed(app, messageUpdate(undefined, { chat: GROUP_CHAT, from: MOD, pinned_message: { ...answer.message, from: FAKE_BOT_INFO } }));
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      expect(textOf(lastSent())).toContain(QUESTION);
      await app.close();
    });
  });

  describe('👍/👎', () => {
    it('one vote per user per answer, changeable; the buttons show the counts', async () => {
      const app = await botOn(await newTarget());
      const answer = await ask(app, QUESTION);
      const up = answer.data.find((d) => /^v:(\d+:)?u$/.test(d))!;
      const down = answer.data.find((d) => /^v:(\d+:)?d$/.test(d))!;
      api.clear();
      await feed(app, callbackUpdate(up, answer.message, MEMBER), callbackUpdate(up, answer.message, MEMBER));
      await feed(app, callbackUpdate(down, answer.message, MEMBER), callbackUpdate(up, answer.message, OTHER));
      const labels = (call: ApiCall) => (call.payload.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.at(-1)!.map((b) => b.text);
      const edits = api.callsOf('editMessageReplyMarkup');
      expect(edits.map(labels)).toEqual([['👍 1', '👎'], ['👍 1', '👎'], ['👍', '👎 1'], ['👍 1', '👎 1']]);
      const thanks = (mark: string) => `Thanks! Your vote: ${mark}. Press the other button to change it.`;
      expect(api.callsOf('answerCallbackQuery').map((c) => c.payload.text)).toEqual([thanks('👍'), thanks('👍'), thanks('👎'), thanks('👍')]);
      // The other buttons stay.
      expect(labels(edits[0]!)).toHaveLength(2);
      expect((edits[0]!.payload.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard.length).toBeGreaterThan(1);
      await app.close();
    });

    it('a vote on an answer the store does not know gets an alert', async () => {
      const app = await botOn(await newTarget());
      api.clear();
      await feed(app, callbackUpdate('v:999:u', { message_id: 5, date: 1, chat: GROUP_CHAT, text: 'x' }));
      expect(api.callsOf('answerCallbackQuery')[0]!.payload).toMatchObject({ show_alert: true });
      await app.close();
    });
  });

  describe('/unanswered', () => {
    it('is refused to members, and shows moderators the frequent unanswered questions and the 👎 answers', async () => {
      const app = await botOn(await newTarget());
      await ask(app, 'Best pizza recipe in Naples?');
      await ask(app, 'best pizza recipe in naples', OTHER);
      await ask(app, 'Who won the 1998 football world cup?');
      const answer = await ask(app, QUESTION);
      await feed(app, callbackUpdate(answer.data.find((d) => /^v:(\d+:)?d$/.test(d))!, answer.message, MEMBER));

      api.clear();
      await feed(app, messageUpdate('/unanswered', { chat: GROUP_CHAT, from: MEMBER }));
      expect(textOf(lastSent())).toContain('for moderators only');

      await feed(app, messageUpdate('/unanswered 30', { chat: GROUP_CHAT, from: MOD }));
      // Direction marks aside (links are isolated in mixed-direction lines).
      const digest = textOf(lastSent()).replace(/[\u200e\u200f\u2066-\u2069]/g, '');
      expect(digest).toContain('last 30 days');
      expect(digest).toMatch(/2× best pizza recipe in naples/i);
      expect(digest).toContain('1× Who won the 1998 football world cup?');
      expect(digest).toContain(`👎 1 · 👍 0 — ${QUESTION}`);
      expect(digest.indexOf('pizza')).toBeLessThan(digest.indexOf('1998'));

      await feed(app, messageUpdate('/unanswered forever', { chat: GROUP_CHAT, from: MOD }));
      expect(textOf(lastSent())).toContain('number of days from 1 to 365');
      await app.close();
    });
  });

  describe('durability', () => {
    it('buttons, votes and pins still work after a restart between the answer and the press', async () => {
      const target = await newTarget();
      const first = await botOn(target);
      const answer = await ask(first, QUESTION);
      await first.close();

      const second = await botOn(target);
      api.clear();
      await feed(second, callbackUpdate(answer.data.find((d) => /^v:(\d+:)?u$/.test(d))!, answer.message, MEMBER));
      expect(api.callsOf('answerCallbackQuery')[0]!.payload.text).toBe('Thanks! Your vote: 👍. Press the other button to change it.');
      await feed(second, callbackUpdate(answer.data.find((d) => d.startsWith('ma:'))!, answer.message, MEMBER));
      expect(textOf(lastSent())).toContain('مصادر أخرى');
      await feed(second, callbackUpdate(answer.data.find((d) => d.startsWith('pin'))!, answer.message, MOD));
      await second.close();

      const third = await botOn(target);
      await feed(third, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      expect(textOf(lastSent())).toContain(QUESTION);
      await third.close();
    });

    it('a group that becomes a supergroup keeps its pinned answers', async () => {
      const target = await newTarget();
      const app = await botOn(target);
      const OLD = { id: -4242, type: 'group', title: 'G' };
      await feed(app, messageUpdate(`/ask ${QUESTION}`, { chat: OLD, from: MEMBER }));
      const sent = lastSent();
      const messageId = (sent.reply as { result: { message_id: number } }).result.message_id;
      api.setMember(OLD.id, MOD.id, { status: 'administrator', can_pin_messages: true });
      api.setMember(OLD.id, FAKE_BOT_INFO.id, { status: 'administrator', can_pin_messages: true });
      await feed(app, messageUpdate('/pin', { chat: OLD, from: MOD, reply_to_message: { message_id: messageId, from: FAKE_BOT_INFO } }));
      await feed(app, messageUpdate(undefined, { chat: OLD, from: MOD, migrate_to_chat_id: GROUP_CHAT.id }));
      await feed(app, messageUpdate(undefined, { chat: GROUP_CHAT, from: MOD, migrate_from_chat_id: OLD.id }));
      api.clear();
      await feed(app, messageUpdate('/pinned', { chat: GROUP_CHAT }));
      expect(textOf(lastSent())).toContain(QUESTION);
      await app.close();
    });
  });
});
