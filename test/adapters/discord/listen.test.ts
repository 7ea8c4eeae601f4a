import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { threadNameOf } from '../../../adapters/discord/listen.js';
import { createConversation, loadSanad, readConfig, type Config, type Sanad, type Store } from '../../../src/index.js';
import { APPLICATION_ID, BOT_USER_ID, CHANNEL_TYPES, FAKE_TOKEN, FakeDiscord, MESSAGE_CONTENT_INTENT_FLAG, type RecordedRequest, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { MemoryLog, WARN } from './memory-log.js';
import { askPayload, buttonPayload, messageObject, PERMISSIONS, slashCommand, snowflake, type InteractionOptions } from './payloads.js';
import { tempDataDir, type TempDataDir } from './temp-store.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const QUESTION = 'Which armed forces make up the peacekeeping contingent?';
const TEXT_CHANNEL = '310000000000000001';
const ASK_CHANNEL = '310000000000000002';
const FORUM = '310000000000000003';
const VOICE = '310000000000000004';
const MODERATOR = PERMISSIONS.member | PermissionFlagsBits.ManageChannels;
const EPHEMERAL = 64;
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;
type Payload = { id: string; token: string };
type Button = { custom_id: string; label?: string; emoji?: { name: string } };

let fake: FakeDiscord;
let sanad: Sanad;
let data: TempDataDir;
let store: Store;
let config: Config;
let bot: DiscordBot;
const logs = new MemoryLog();

const send = (payload: unknown) => fake.dispatch('INTERACTION_CREATE', payload);
const callback = (p: Payload) => fake.callbackOf(p);
const edit = (p: Payload) => fake.originalEditOf(p);
const threadOn = (channelId: string, messageId: string) => fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages/${messageId}/threads`, `thread on ${messageId}`);
const postTo = (channelId: string) => fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`, `message in ${channelId}`);
const buttonsOf = (body: RecordedRequest['body']): Button[] => (body.components ?? []).flatMap((row: { components: Button[] }) => row.components);
const listenSetting = (channelId: string) => store.chatSetting({ platform: 'discord', chatId: channelId }, 'listen');

/** `/kz settings [channel]` run in `where`; resolves to the settings as shown (the deferred reply's edit). */
async function settings(options: InteractionOptions & { channel?: { id: string; type: number } } = {}): Promise<RecordedRequest['body']> {
  const { channel, ...rest } = options;
  const payload = slashCommand('settings', channel ? [{ name: 'channel', type: 7, value: channel.id }] : [], { channelId: TEXT_CHANNEL, ...rest });
  if (channel) (payload.data as Record<string, unknown>).resolved = { channels: { [channel.id]: { id: channel.id, type: channel.type, name: 'c', permissions: String(PERMISSIONS.member) } } };
  send(payload);
  return (await edit(payload)).body;
}

/** Presses the choice labelled `label` of settings as shown; resolves to the interaction's callback (an update, or a refusal). */
async function choose(shown: RecordedRequest['body'], label: string, memberPermissions = MODERATOR): Promise<RecordedRequest['body']> {
  const button = buttonsOf(shown).find((b) => b.label === label)!;
  const payload = buttonPayload(button.custom_id, messageObject({ channelId: TEXT_CHANNEL, content: shown.content, components: shown.components, flags: EPHEMERAL }), { memberPermissions });
  send(payload);
  return (await callback(payload)).body;
}

/** Sets a channel's mode as a moderator would. */
async function setMode(channel: { id: string; type: number }, label: string): Promise<void> {
  const shown = await settings({ channel, memberPermissions: MODERATOR });
  expect((await choose(shown, label)).type).toBe(7);
}

async function startBot(): Promise<void> {
  store = await data.open();
  bot = await startDiscord(config, createConversation({ sanad, store, log: logs.logger, now: Date.now }), logs.logger);
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.applicationFlags = MESSAGE_CONTENT_INTENT_FLAG;
  fake.addChannel({ id: TEXT_CHANNEL, type: CHANNEL_TYPES.text, name: 'news' });
  fake.addChannel({ id: ASK_CHANNEL, type: CHANNEL_TYPES.text, name: 'ask' });
  fake.addChannel({ id: FORUM, type: CHANNEL_TYPES.forum, name: 'questions' });
  fake.addChannel({ id: VOICE, type: CHANNEL_TYPES.voice, name: 'talk' });
  sanad = loadSanad({ corpusDir: CORPUS });
  data = await tempDataDir('sqlite');
  config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: data.dir });
  await startBot();
});

afterAll(async () => {
  await bot?.stop('tests done');
  await store?.close();
  await fake?.close();
  await data?.remove();
});

describe('Discord: where the bot listens', () => {
  it('asks the gateway for guild messages and their content when the developer portal enables the intent', () => {
    expect(fake.intents! & INTENT_GUILD_MESSAGES).toBeTruthy();
    expect(fake.intents! & INTENT_MESSAGE_CONTENT).toBeTruthy();
  });

  it('/kz settings shows a moderator the choices for the channel, the default (a new thread) marked', async () => {
    const shown = await settings({ memberPermissions: MODERATOR });
    // Markdown-escaped as every echoed name is; Discord shows "#news".
    expect(shown.content).toContain('Where I answer in \\#news');
    expect(buttonsOf(shown).map((b) => `${b.emoji?.name} ${b.label}`)).toEqual(['✅ Answer in a new thread', '⚙️ Commands only', '⚙️ Ask channel']);
    expect(buttonsOf(shown).map((b) => b.custom_id)).toContain(`kz:ls:ask-channel:t:${TEXT_CHANNEL}`);
    // Forums offer their own choices; other channels none.
    const forum = await settings({ channel: { id: FORUM, type: CHANNEL_TYPES.forum }, memberPermissions: MODERATOR });
    expect(buttonsOf(forum).map((b) => b.label)).toEqual(['Commands only', 'Answer each new post']);
    const voice = await settings({ channel: { id: VOICE, type: CHANNEL_TYPES.voice }, memberPermissions: MODERATOR });
    expect(voice.content).toContain('Settings apply to text and forum channels');
    expect(buttonsOf(voice)).toEqual([]);
  });

  it('refuses a member, in the member’s language: the settings, and a press of a choice (nothing changes)', async () => {
    const refused = await settings({ memberPermissions: PERMISSIONS.member, locale: 'ru' });
    expect(refused.content).toContain('Менять, где я отвечаю, могут только модераторы');
    expect(buttonsOf(refused)).toEqual([]);
    const shown = await settings({ memberPermissions: MODERATOR });
    const press = await choose(shown, 'Commands only', PERMISSIONS.member | PermissionFlagsBits.PinMessages);
    expect(press.type).toBe(4);
    expect(press.data.flags).toBe(EPHEMERAL);
    expect(press.data.content).toContain('Only moderators can change where I answer');
    expect(await listenSetting(TEXT_CHANNEL)).toBeUndefined();
  });

  it('/kz ask in a text channel: the answer gets a public thread named after the question; a message there is answered in it', async () => {
    const payload = askPayload(QUESTION, { channelId: TEXT_CHANNEL });
    send(payload);
    const answer = (await edit(payload)).response!.body as { id: string };
    const thread = await threadOn(TEXT_CHANNEL, answer.id);
    expect(thread.body).toMatchObject({ name: QUESTION, auto_archive_duration: 1440 });
    expect(thread.response!.status).toBe(201);

    const followUp = fake.messageCreate({ channelId: answer.id, content: QUESTION });
    const reply = await postTo(answer.id);
    expect(reply.body.embeds.length).toBeGreaterThan(0);
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(reply.body.message_reference).toMatchObject({ message_id: followUp.id });
    expect(buttonsOf(reply.body).some((b) => b.custom_id.startsWith('kz:v:'))).toBe(true);
  });

  it('the first message in a /kz ask answer\'s thread is read as a follow-up of that answer', async () => {
    const payload = askPayload('هل وصلت قوات حفظ السلام إلى كازاخستان؟', { channelId: TEXT_CHANNEL });
    send(payload);
    const answer = (await edit(payload)).response!.body as { id: string };
    await threadOn(TEXT_CHANNEL, answer.id);
    fake.messageCreate({ channelId: answer.id, content: 'وكم عددها؟' });
    const reply = await postTo(answer.id);
    expect(JSON.stringify(reply.body.embeds)).toMatch(/2500|2,500/);
  });

  it('a moderator makes a channel an ask channel: every message there is answered in a thread on it; bots, webhooks and @everyone are not', async () => {
    await setMode({ id: ASK_CHANNEL, type: CHANNEL_TYPES.text }, 'Ask channel');
    expect(await listenSetting(ASK_CHANNEL)).toBe('ask-channel');
    const ignored = [
      fake.messageCreate({ channelId: ASK_CHANNEL, content: 'a bot asks?', authorId: '420000000000000001', bot: true }),
      fake.messageCreate({ channelId: ASK_CHANNEL, content: 'a webhook asks?', webhookId: '430000000000000001' }),
      fake.messageCreate({ channelId: ASK_CHANNEL, content: '@everyone what happened?', mentionEveryone: true }),
      fake.messageCreate({ channelId: ASK_CHANNEL, content: 'my own message', authorId: BOT_USER_ID }),
      fake.messageCreate({ channelId: ASK_CHANNEL, content: 'pinned a message', type: 6 }),
    ];
    const question = fake.messageCreate({ channelId: ASK_CHANNEL, content: 'ماذا حدث في ألماتي؟' });
    expect((await threadOn(ASK_CHANNEL, question.id)).body.name).toBe('ماذا حدث في ألماتي؟');
    const answer = await postTo(question.id);
    expect(answer.body.embeds[0].title ?? answer.body.embeds[0].description).toBeTruthy();
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    for (const message of ignored) expect(fake.requests.some((r) => r.path.includes(message.id))).toBe(false);
  });

  it('an ask channel answers a "thanks!" under it, without a thread for it', async () => {
    const thanks = fake.messageCreate({ channelId: ASK_CHANNEL, content: 'thanks a lot!' });
    const reply = await postTo(ASK_CHANNEL);
    expect(JSON.stringify(reply.body)).toContain('welcome');
    expect(reply.body.message_reference).toMatchObject({ message_id: thanks.id });
    expect(fake.requests.some((r) => r.path.endsWith(`/messages/${thanks.id}/threads`))).toBe(false);
  });

  it('a forum set to answer each new post answers the post’s first message in its thread', async () => {
    await setMode({ id: FORUM, type: CHANNEL_TYPES.forum }, 'Answer each new post');
    const post = snowflake();
    fake.addChannel({ id: post, type: CHANNEL_TYPES.publicThread, parent_id: FORUM, owner_id: '400000000000000001', name: 'Peacekeepers' });
    fake.dispatch('THREAD_CREATE', { ...fake.channels.get(post), newly_created: true });
    fake.messageCreate({ id: post, channelId: post, content: QUESTION });
    const answer = await postTo(post);
    expect(answer.body.embeds.length).toBeGreaterThan(0);
    expect(answer.body.message_reference).toMatchObject({ message_id: post });
  });

  it('keeps a setting across a restart: a new bot on the same store still answers the ask channel', async () => {
    await bot.stop('restart');
    await store.close();
    await startBot();
    const question = fake.messageCreate({ channelId: ASK_CHANNEL, content: QUESTION });
    await threadOn(ASK_CHANNEL, question.id);
    expect((await postTo(question.id)).body.embeds.length).toBeGreaterThan(0);
  });

  it('cuts a thread’s name to Discord’s 100 characters, on one line, never empty', () => {
    expect(threadNameOf('x'.repeat(150))).toHaveLength(100);
    expect(threadNameOf('a\n\nb\u200B')).toBe('a b');
    expect(threadNameOf('\u200B')).toBe('❓');
  });
});

describe('Discord without the Message Content intent', () => {
  it('logs a clear line, connects with the Guilds intent only, and says so in the settings', async () => {
    const other = await FakeDiscord.start();
    const otherData = await tempDataDir('sqlite');
    const otherStore = await otherData.open();
    const log = new MemoryLog();
    const otherConfig = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: other.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: otherData.dir });
    const plain = await startDiscord(otherConfig, createConversation({ sanad, store: otherStore, log: log.logger, now: Date.now }), log.logger);
    try {
      expect(log.lines.find((l) => l.level === WARN && /Message Content intent is off/.test(l.msg))).toBeDefined();
      expect(other.intents).toBe(1);
      other.addChannel({ id: TEXT_CHANNEL, type: CHANNEL_TYPES.text });
      const payload = slashCommand('settings', [], { channelId: TEXT_CHANNEL, memberPermissions: MODERATOR });
      other.dispatch('INTERACTION_CREATE', payload);
      const shown = await other.waitFor((r) => r.method === 'PATCH' && r.path.includes(payload.token), 'settings');
      expect(shown.body.content).toContain('only slash commands work');
      // /kz ask is answered in the channel, with no thread the bot could not follow.
      const ask = askPayload(QUESTION, { channelId: TEXT_CHANNEL });
      other.dispatch('INTERACTION_CREATE', ask);
      await other.waitFor((r) => r.method === 'PATCH' && r.path.includes(ask.token), 'answer');
      expect(other.requests.some((r) => r.path.endsWith('/threads'))).toBe(false);
    } finally {
      await plain.stop('done');
      await otherStore.close();
      await other.close();
      await otherData.remove();
    }
  });
});
