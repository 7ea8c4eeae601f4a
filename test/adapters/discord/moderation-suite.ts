import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot, type StartDiscordOptions } from '../../../adapters/discord/bot.js';
import { createConversation, loadSanad, readConfig, type Config, type Conversation, type Sanad, type Store, type VoteValue } from '../../../src/index.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord, type RecordedRequest, type Responder, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { MemoryLog, WARN, type LogLine } from './memory-log.js';
import { askPayload, buttonPayload, GUILD_ID, messageObject, PERMISSIONS, slashCommand, snowflake, USER_ID, type InteractionOptions } from './payloads.js';
import { tempDataDir, type StoreBackendName, type TempDataDir } from './temp-store.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const PINNED_QUESTION = 'Which armed forces make up the peacekeeping contingent?';
/** Close enough to PINNED_QUESTION for the pinned answer (checked by the core's findCurated). */
const SIMILAR_QUESTION = 'What armed forces make up the peacekeeping contingent?';
const UNANSWERABLE = 'How do I reset my password?';
const USER_A = '410000000000000001';
const USER_B = '410000000000000002';
/** A user whose votes the store fails to record, as if the database were down. */
const FAILING_USER = '410000000000000666';
const EPHEMERAL = 64;
/** Short, so the tests stay fast; long enough that events sent together make one re-read. */
const TEST_PIN_SYNC_DELAY_MS = 25;
type Payload = { id: string; token: string };
type Button = { custom_id: string; label?: string; emoji?: { name: string } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- embeds are JSON, inspected by the tests
type Message = { id: string; channel_id: string; pinned?: boolean; content: string; embeds: any[]; components: Array<{ components: Button[] }> };

/**
 * The moderation flows through the real discord.js client, on one store back end: the same suite runs on SQLite
 * (moderation.test.ts) and PostgreSQL (moderation-postgres.test.ts), since what users see must not depend on it.
 */
export function defineModerationSuite(backend: StoreBackendName): void {
  let fake: FakeDiscord;
  let sanad: Sanad;
  let data: TempDataDir;
  let store: Store;
  let config: Config;
  let bot: DiscordBot;
  const logs = new MemoryLog();
  const logger = logs.logger;

  const send = (payload: unknown) => fake.dispatch('INTERACTION_CREATE', payload);
  const callback = (p: Payload) => fake.callbackOf(p);
  const edit = (p: Payload) => fake.originalEditOf(p);
  const followUp = (p: Payload) => fake.followUpOf(p);
  /** The message as Discord made it from an edit: what the channel now shows. */
  const shown = (request: RecordedRequest): Message => request.response!.body as Message;
  const buttons = (message: Pick<Message, 'components'>): Button[] => message.components.flatMap((row) => row.components);
  const button = (message: Pick<Message, 'components'>, start: string) => buttons(message).find((b) => b.custom_id.startsWith(start));
  /** 👍 and 👎 as a user sees them: the emoji and its count, if any. */
  const votes = (message: Pick<Message, 'components'>) => buttons(message).filter((b) => b.custom_id.startsWith('kz:v:')).map((b) => `${b.emoji?.name}${b.label ?? ''}`);

  /** Asks publicly in a channel; resolves to the answer message as posted. */
  async function ask(question: string, channelId: string, options: InteractionOptions = {}): Promise<Message> {
    const payload = askPayload(question, { channelId, ...options });
    send(payload);
    // The fake's webhook routes do not know the channel; Discord's message would carry it.
    return { ...shown(await edit(payload)), channel_id: channelId };
  }

  /** Presses a button on a message as shown; resolves to the presser's acknowledgement and the message as updated. */
  async function press(message: Message, start: string, options: InteractionOptions = {}): Promise<{ told: RecordedRequest; updated?: Message }> {
    const payload = buttonPayload(button(message, start)!.custom_id, messageObject({ ...message, channelId: message.channel_id }), options);
    send(payload);
    const told = await followUp(payload);
    const update = fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(payload.token));
    return { told, updated: update && { ...message, components: update.body.components } };
  }

  /** Runs `/kz <sub>` and resolves to its deferral and the reply edited in. */
  async function command(sub: string, channelId: string, options: InteractionOptions = {}, subOptions: Parameters<typeof slashCommand>[1] = []) {
    const payload = slashCommand(sub, subOptions, { channelId, ...options });
    send(payload);
    return { deferral: (await callback(payload)).body, reply: (await edit(payload)).body };
  }

  /**
   * Sends Discord's CHANNEL_PINS_UPDATE for a channel `times` times at once, as after pins changed with Discord's own
   * menu, and resolves to what the bot logged once it had re-read the channel's pins.
   */
  async function pinsChanged(channelId: string, times = 1): Promise<LogLine> {
    const from = logs.lines.length;
    for (let i = 0; i < times; i++) fake.pinsUpdate(channelId, GUILD_ID);
    return logs.waitFor((l) => l.channelId === channelId && /^channel pins (not )?synced$/.test(l.msg), `pins sync of ${channelId}`, from);
  }
  const pinReads = (channelId: string) => fake.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channelId}/messages/pins`);

  /** The store as the bot sees it: the real one, except that FAILING_USER's votes fail. */
  function failingVotes(real: Store): Store {
    return new Proxy(real, {
      get(target, name) {
        if (name === 'vote') {
          return (answerId: number, userId: string, value: VoteValue, at: number) =>
            userId === FAILING_USER ? Promise.reject(new Error('database down')) : target.vote(answerId, userId, value, at);
        }
        const member = Reflect.get(target, name) as unknown;
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
  }

  const botOptions: StartDiscordOptions = { pinSyncDelayMs: TEST_PIN_SYNC_DELAY_MS };
  const conversationOn = (real: Store): Conversation => createConversation({ sanad, store: failingVotes(real), log: logger, now: Date.now });
  const discordChat = (channelId: string) => ({ platform: 'discord' as const, chatId: channelId });

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    sanad = loadSanad({ corpusDir: CORPUS });
    data = await tempDataDir(backend);
    store = await data.open();
    config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: data.dir });
    bot = await startDiscord(config, conversationOn(store), logger, botOptions);
  });

  afterAll(async () => {
    await bot?.stop('tests done');
    await store?.close();
    await fake?.close();
    await data?.remove();
  });

  describe('startDiscord with a store: pinned answers', () => {
    const channelId = snowflake();
    let pinnedMessage: Message;

    it('offers 📌 and 👍/👎 under a public answer; a moderator\'s pin is recorded', async () => {
      pinnedMessage = await ask(PINNED_QUESTION, channelId);
      expect(votes(pinnedMessage)).toEqual(['👍', '👎']);
      const { told } = await press(pinnedMessage, 'kz:pin', { memberPermissions: PERMISSIONS.moderator });
      expect(told.body).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('Pinned') });
    });

    it('lists it under /kz pinned, linked to the pinned message, for the asker alone', async () => {
      const { deferral, reply } = await command('pinned', channelId);
      expect(deferral.data.flags).toBe(EPHEMERAL);
      const [embed] = reply.embeds;
      expect(embed.title).toContain('Answers pinned here');
      expect(embed.description).toContain(`1\\. [${PINNED_QUESTION}](https://discord.com/channels/${GUILD_ID}/${channelId}/${pinnedMessage.id}) — `);
      expect(embed.description).toMatch(/ — \u2068?[A-Z][a-z]+ \d{1,2}, \d{4}/);
    });

    it('says plainly when a channel has no pinned answers', async () => {
      const { reply } = await command('pinned', snowflake(), { locale: 'ru' });
      expect(reply.content).toContain('пока нет закреплённых ответов');
    });

    it('answers a similar question with the pinned answer first, marked and linked, with a Fresh search button', async () => {
      const curated = await ask(SIMILAR_QUESTION, channelId);
      expect(curated.content).toContain('An answer the moderators pinned for a similar question');
      expect(curated.content).toContain(`(https://discord.com/channels/${GUILD_ID}/${channelId}/${pinnedMessage.id})`);
      expect(curated.embeds[0].title).toBe(PINNED_QUESTION);
      expect(button(curated, 'kz:v:')!.custom_id).toBe(button(pinnedMessage, 'kz:v:')!.custom_id); // votes count toward the pinned answer
      expect(button(curated, 'kz:pin')).toBeUndefined();
      expect(button(curated, 'kz:f:')!.label).toBe('Fresh search');

      const fresh = buttonPayload(button(curated, 'kz:f:')!.custom_id, messageObject({ ...curated, channelId }));
      send(fresh);
      expect((await callback(fresh)).body).toEqual({ type: 5, data: { flags: 0 } });
      const searched = shown(await edit(fresh));
      expect(searched.content).toBe('');
      expect(searched.embeds[0].title).toBe(SIMILAR_QUESTION);
      expect(searched.embeds[0].footer.text).toContain('quoted');
      expect(button(searched, 'kz:pin')).toBeDefined();
      expect(button(searched, 'kz:v:')!.custom_id).not.toBe(button(pinnedMessage, 'kz:v:')!.custom_id);
    });

    it('keeps other questions, and other channels, to a normal search', async () => {
      expect((await ask('When did the peacekeeping contingent arrive?', channelId)).content).toBe('');
      expect((await ask(SIMILAR_QUESTION, snowflake())).content).toBe('');
    });

    it('stops offering an answer once a moderator unpins it', async () => {
      const { told, updated } = await press({ ...pinnedMessage, pinned: true }, 'kz:pin', { memberPermissions: PERMISSIONS.moderator });
      expect(told.body.content).toContain('Unpinned');
      expect(button(updated!, 'kz:pin')!.label).toBe('Pin');
      expect((await ask(SIMILAR_QUESTION, channelId)).content).toBe('');
      expect((await command('pinned', channelId)).reply.content).toContain('No answers are pinned');
    });
  });

  describe('startDiscord with a store: pins made with Discord\'s own menu', () => {
    const channelId = snowflake();
    let answer: Message;

    it('makes an answer pinned by hand the curated answer, with one re-read of the pins per burst of events', async () => {
      answer = await ask(PINNED_QUESTION, channelId);
      expect((await ask(SIMILAR_QUESTION, channelId)).content).toBe('');
      fake.setPinned(channelId, answer.id, true);
      fake.setPinned(channelId, snowflake(), true, USER_A); // someone's message: not an answer
      expect(await pinsChanged(channelId, 3)).toMatchObject({ msg: 'channel pins synced', pinned: 1, unpinned: 0 });
      expect(pinReads(channelId)).toHaveLength(1);

      const curated = await ask(SIMILAR_QUESTION, channelId);
      expect(curated.content).toContain('An answer the moderators pinned for a similar question');
      expect(curated.content).toContain(`(https://discord.com/channels/${GUILD_ID}/${channelId}/${answer.id})`);
      expect(curated.embeds[0].title).toBe(PINNED_QUESTION);
      expect((await command('pinned', channelId)).reply.embeds[0].description)
        .toContain(`1\\. [${PINNED_QUESTION}](https://discord.com/channels/${GUILD_ID}/${channelId}/${answer.id})`);
      const [pinned] = await store.pinnedAnswers(discordChat(channelId), 10);
      expect(pinned!.pin.pinnedBy).toBe('discord'); // Discord does not say which moderator
    });

    it('stops offering an answer unpinned by hand, and drops it from /kz pinned', async () => {
      fake.setPinned(channelId, answer.id, false);
      expect(await pinsChanged(channelId)).toMatchObject({ msg: 'channel pins synced', pinned: 0, unpinned: 1 });
      expect((await ask(SIMILAR_QUESTION, channelId)).content).toBe('');
      expect((await command('pinned', channelId)).reply.content).toContain('No answers are pinned');
    });

    it('keeps the moderator of a 📌 press when the pins event it caused arrives', async () => {
      const elsewhere = snowflake();
      const message = await ask(PINNED_QUESTION, elsewhere);
      await press(message, 'kz:pin', { memberPermissions: PERMISSIONS.moderator }); // the fake now lists it as pinned
      expect(await pinsChanged(elsewhere)).toMatchObject({ pinned: 0, unpinned: 0 });
      const [pinned] = await store.pinnedAnswers(discordChat(elsewhere), 10);
      expect(pinned!.pin).toMatchObject({ messageId: message.id, pinnedBy: USER_ID });
    });

    it('logs a failed re-read of the pins (no token), keeps the pins as they were, and catches up on the next event', async () => {
      const elsewhere = snowflake();
      const message = await ask(PINNED_QUESTION, elsewhere);
      fake.setPinned(elsewhere, message.id, true);
      await pinsChanged(elsewhere);
      fake.setPinned(elsewhere, message.id, false);
      const refuse: Responder = (r) =>
        r.method === 'GET' && r.path === `/channels/${elsewhere}/messages/pins` ? { status: 403, body: { message: 'Missing Access', code: 50001 } } : undefined;
      fake.responders.push(refuse);
      const failed = await pinsChanged(elsewhere);
      fake.responders.splice(fake.responders.indexOf(refuse), 1);
      expect(failed).toMatchObject({ level: WARN, msg: 'channel pins not synced', step: 'reading the platform pins', code: 50001, status: 403 });
      expect(logs.raw.join('')).not.toContain(FAKE_TOKEN);
      expect((await ask(SIMILAR_QUESTION, elsewhere)).content).toContain('pinned for a similar question'); // still answering, pins untouched

      expect(await pinsChanged(elsewhere)).toMatchObject({ msg: 'channel pins synced', unpinned: 1 });
      expect((await ask(SIMILAR_QUESTION, elsewhere)).content).toBe('');
    });
  });

  describe('startDiscord with a store: votes', () => {
    it('counts one vote per user, changeable, on the buttons everyone sees; the voter alone is thanked', async () => {
      let message = await ask(PINNED_QUESTION, snowflake());
      const vote = async (start: string, userId: string) => {
        const { told, updated } = await press(message, start, { userId });
        message = updated!;
        return told.body;
      };
      const thanks = await vote('kz:v:', USER_A);
      expect(thanks).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('Your vote: 👍') });
      expect(votes(message)).toEqual(['👍1', '👎']);
      await vote(button(message, 'kz:v:')!.custom_id.replace(/:u$/, ':d'), USER_A); // A changes their mind
      expect(votes(message)).toEqual(['👍', '👎1']);
      await vote('kz:v:', USER_B);
      await vote('kz:v:', USER_B); // B presses 👍 twice: still one vote
      expect(votes(message)).toEqual(['👍1', '👎1']);
      expect(buttons(message).map((b) => b.custom_id)).toContain('kz:pin'); // the other buttons stay
    });
  });

  describe('startDiscord with a store: a failed vote', () => {
    it('apologises to the voter alone, beside the answer, and never deletes the answer', async () => {
      const message = await ask(PINNED_QUESTION, snowflake());
      const payload = buttonPayload(button(message, 'kz:v:')!.custom_id, messageObject({ ...message, channelId: message.channel_id }), { userId: FAILING_USER });
      send(payload);
      expect((await followUp(payload)).body).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('Sorry') });
      expect(fake.requests.some((r) => r.path.includes(payload.token) && (r.method === 'DELETE' || r.method === 'PATCH'))).toBe(false);
    });
  });

  describe('startDiscord with a store: the moderators\' digest', () => {
    const channelId = snowflake();

    it('refuses /kz unanswered to a member, for their eyes only, and says why', async () => {
      await ask(UNANSWERABLE, channelId);
      const { deferral, reply } = await command('unanswered', channelId, { memberPermissions: PERMISSIONS.member });
      expect(deferral.data.flags).toBe(EPHEMERAL);
      expect(reply.content).toContain('for moderators only');
      expect(reply.embeds).toEqual([]);
    });

    it('shows a moderator the most asked unanswered questions and the most 👎 answers of the period', async () => {
      await ask(UNANSWERABLE, channelId);
      await ask('how do I reset my PASSWORD', channelId); // the same question, written differently
      await ask('What is the weather on Mars?', channelId);
      await ask('', channelId); // a slip, not a gap in the documents
      const answer = await ask(PINNED_QUESTION, channelId);
      await press(answer, 'kz:v:', { userId: USER_A });
      await press(answer, button(answer, 'kz:v:')!.custom_id.replace(/:u$/, ':d'), { userId: USER_B });

      const { deferral, reply } = await command('unanswered', channelId, { memberPermissions: PERMISSIONS.oldModerator }, [{ name: 'days', type: 4, value: 30 }]);
      expect(deferral.data.flags).toBe(EPHEMERAL);
      const [embed] = reply.embeds;
      expect(embed.title).toContain('last 30 days');
      const today = new Intl.DateTimeFormat('en-u-nu-latn', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
      expect(embed.description.split('\n')).toEqual([
        '**Unanswered questions (most asked first)**',
        `**3×** how do I reset my PASSWORD — ${today}`,
        `**1×** What is the weather on Mars? — ${today}`,
        '',
        '**Answers with the most 👎**',
        `👎 1 · 👍 1 — [${PINNED_QUESTION}](https://discord.com/channels/${GUILD_ID}/${channelId}/${answer.id})`,
        '',
        'Add documents that answer these questions, or pin a good answer.',
      ]);
    });

    it('defaults to 7 days and says so when there is nothing to report', async () => {
      const { reply } = await command('unanswered', snowflake(), { memberPermissions: PERMISSIONS.moderator });
      expect(reply.embeds[0].title).toContain('last 7 days');
      expect(reply.embeds[0].description).toContain('Every question was answered.');
      expect(reply.embeds[0].description).toContain('No answer got a 👎.');
    });
  });

  describe('startDiscord with a store: restarts', () => {
    it('keeps votes and pins working on an answer sent before a restart (new client, store reopened)', async () => {
      const channelId = snowflake();
      const answer = await ask(PINNED_QUESTION, channelId);
      await bot.stop('restart');
      await store.close();
      store = await data.open();
      bot = await startDiscord(config, conversationOn(store), logger, botOptions);

      const { told, updated } = await press(answer, 'kz:v:');
      expect(told.body.content).toContain('Your vote: 👍');
      expect(votes(updated!)).toEqual(['👍1', '👎']);
      await press(answer, 'kz:pin', { memberPermissions: PERMISSIONS.moderator });
      expect((await command('pinned', channelId)).reply.embeds[0].description).toContain(`/${channelId}/${answer.id})`);
      expect((await ask(SIMILAR_QUESTION, channelId)).content).toContain('pinned for a similar question');
    });
  });

  describe('startDiscord with a store: mentions', () => {
    it('never lets a reply, edit or follow-up mention anyone', () => {
      const replies = fake.requests.filter((r) => (r.path.includes('/callback') && r.body.type === 4) || (r.path.startsWith('/webhooks/') && r.method !== 'DELETE'));
      expect(replies.length).toBeGreaterThan(20);
      for (const r of replies) expect(r.body.data?.allowed_mentions ?? r.body.allowed_mentions).toEqual({ parse: [] });
    });
  });
}
