import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramBot as Bot } from '../../../adapters/telegram/bot.js';
import { GROUP_ANONYMOUS_BOT_ID } from '../../../adapters/telegram/limits.js';
import type { Store } from '../../../src/index.js';
import { lazyStore } from '../../../src/store/lazy-store.js';
import { openStore, type OpenStoreOptions } from '../../../src/store/open-store.js';
import { createTestSchema } from '../../store/postgres-schema.js';
import { FAKE_BOT_INFO, type ApiCall } from './fake-bot-api.js';
import { buttonData, callbackUpdate, fakeBot, feed, GROUP_CHAT, messageUpdate, PRIVATE_CHAT, removeTempDataDirs, tempDataDir, useFakeBotApi } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const { api, root } = useFakeBotApi();
const MOD = { id: 11, is_bot: false, first_name: 'Mod', language_code: 'en' };
const MEMBER = { id: 12, is_bot: false, first_name: 'Member', language_code: 'ru' };
const OTHER = { id: 15, is_bot: false, first_name: 'Other', language_code: 'en' };
const ANONYMOUS_ADMIN = { id: GROUP_ANONYMOUS_BOT_ID, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
const QUESTION = 'What happened in Almaty?';

beforeEach(() => {
  api.members.clear();
  api.setMember(GROUP_CHAT.id, MOD.id, { status: 'administrator', can_pin_messages: true });
});

const textOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text;
const lastSent = () => api.callsOf('sendMessage').at(-1)!;
/** The buttons of a sent message as shown: label → callback data. */
const buttonsOf = (call: ApiCall): Array<{ text: string; callback_data: string }> => (call.payload.reply_markup?.inline_keyboard ?? []).flat();
const say = (text: string, from: Record<string, unknown> = MEMBER, extra: Record<string, unknown> = {}) => messageUpdate(text, { chat: GROUP_CHAT, from, ...extra });

type Target = Pick<OpenStoreOptions, 'dataDir' | 'databaseUrl'>;
const dropSchemas: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(dropSchemas.splice(0).map((drop) => drop()));
});

/** A bot on the target's store; closing it closes the store (the next bot on the same target opens it again). */
function botOn(target: Target): Bot & { store: Store } {
  const store = lazyStore(() => openStore(target));
  const app = fakeBot(root(), target.dataDir, { store });
  return { ...app, close: async () => { await app.close(); await store.close(); } };
}

/** /settings by a moderator, then a press of the choice labelled `label`; resolves to the edited settings message. */
async function choose(app: Bot, label: string, from: Record<string, unknown> = MOD): Promise<ApiCall | undefined> {
  await feed(app, say('/settings', MOD));
  const settings = lastSent();
  const choice = buttonsOf(settings).find((b) => b.text.replace(/^✓ /, '') === label)!;
  const sent = (settings.reply as { result: Record<string, unknown> }).result;
  const edits = api.callsOf('editMessageText').length;
  await feed(app, callbackUpdate(choice.callback_data, { ...sent, reply_markup: settings.payload.reply_markup }, from));
  return api.callsOf('editMessageText')[edits];
}

describe('Telegram: where the bot listens', () => {
  let app: Bot & { store: Store };
  beforeEach(() => {
    app = botOn({ dataDir: tempDataDir() });
  });
  afterAll(() => app?.close());

  it('/settings shows a moderator the three choices, the default marked ✓; a choice is stored and marked', async () => {
    await feed(app, say('/settings', MOD));
    const settings = lastSent();
    expect(textOf(settings)).toContain('Where I answer in this group');
    expect(buttonsOf(settings).map((b) => b.text)).toEqual(['✓ Commands, mentions, replies', 'Commands only', 'Every question']);
    const edit = await choose(app, 'Every question');
    expect(edit).toBeDefined();
    expect(parseTelegramHtml(edit!.payload.text).text).toContain('✓ Saved: Every question.');
    expect(buttonsOf(edit!).map((b) => b.text)).toEqual(['Commands, mentions, replies', 'Commands only', '✓ Every question']);
    expect(await app.store.chatSetting({ platform: 'telegram', chatId: String(GROUP_CHAT.id) }, 'listen')).toBe('questions');
    await app.close();
  });

  it('refuses a member, in the member’s language, both the settings and a press of a choice', async () => {
    await feed(app, say('/settings', MEMBER));
    expect(textOf(lastSent())).toContain('Менять, где я отвечаю, могут только модераторы');
    expect(buttonData(lastSent().payload)).toEqual([]);
    const edit = await choose(app, 'Commands only', MEMBER);
    expect(edit).toBeUndefined();
    const alert = api.callsOf('answerCallbackQuery').at(-1)!.payload;
    expect(alert).toMatchObject({ show_alert: true });
    expect(alert.text).toContain('модераторы');
    expect(await app.store.chatSetting({ platform: 'telegram', chatId: String(GROUP_CHAT.id) }, 'listen')).toBeUndefined();
    await app.close();
  });

  it('lets an anonymous admin (writing as the group) open the settings', async () => {
    await feed(app, say('/settings', ANONYMOUS_ADMIN, { sender_chat: { id: GROUP_CHAT.id, type: 'supergroup', title: GROUP_CHAT.title } }));
    expect(buttonsOf(lastSent())).toHaveLength(3);
    await app.close();
  });

  it('in a private chat says settings are for groups', async () => {
    await feed(app, messageUpdate('/settings', { chat: PRIVATE_CHAT }));
    expect(textOf(lastSent())).toContain('Settings apply to groups');
    expect(buttonsOf(lastSent())).toEqual([]);
    await app.close();
  });

  it('by default ignores a question nobody addressed to it', async () => {
    await feed(app, say(QUESTION));
    expect(api.callsOf('sendMessage')).toEqual([]);
    await app.close();
  });

  it('"Every question": answers a question without a mention, under it, and ignores other messages and questions put to someone else', async () => {
    await choose(app, 'Every question');
    api.clear();
    const question = say('ماذا حدث في ألماتي', OTHER);
    await feed(app, question);
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    expect(lastSent().payload.reply_parameters).toMatchObject({ message_id: (question as { message: { message_id: number } }).message.message_id });
    expect(textOf(lastSent())).toContain('ماذا حدث في ألماتي');
    await feed(app, say('Thanks, that was useful', OTHER), say('Did you read it?', OTHER, { reply_to_message: { message_id: 1, from: MEMBER } }));
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    await app.close();
  });

  it('"Commands only": ignores mentions and replies, still answers /ask', async () => {
    await choose(app, 'Commands only');
    api.clear();
    const mention = `@${FAKE_BOT_INFO.username} ${QUESTION}`;
    await feed(app, say(mention, OTHER, { entities: [{ type: 'mention', offset: 0, length: FAKE_BOT_INFO.username!.length + 1 }] }));
    await feed(app, say(QUESTION, OTHER, { reply_to_message: { message_id: 5, from: FAKE_BOT_INFO } }));
    expect(api.callsOf('sendMessage')).toEqual([]);
    await feed(app, say(`/ask ${QUESTION}`, OTHER));
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    expect(textOf(lastSent())).toContain(QUESTION);
    await app.close();
  });
});

// A setting outlives the bot: a new instance on the same store (SQLite file, or PostgreSQL) still follows it.
describe.each(['sqlite', 'postgresql'] as const)('Telegram: a setting kept across a restart on %s', (backend) => {
  it('a new bot on the same store answers a question without mention after "Every question" was chosen', async () => {
    const target: Target = { dataDir: tempDataDir() };
    if (backend === 'postgresql') {
      const schema = await createTestSchema();
      dropSchemas.push(schema.drop);
      target.databaseUrl = schema.url;
    }
    const first = botOn(target);
    await choose(first, 'Every question');
    await first.close();

    const second = botOn(target);
    api.clear();
    await feed(second, say(QUESTION, OTHER));
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    expect(textOf(lastSent())).toContain(QUESTION);
    await second.close();
  });
});
