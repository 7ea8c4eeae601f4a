import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createConversation, loadSanad, openStore, readConfig, type Store } from '../../../src/index.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord, type RecordedRequest, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { askPayload, buttonPayload, messageObject, PERMISSIONS, slashCommand } from './payloads.js';

/** The real discord.js bot against the local fake Discord: 👎 reasons as an ephemeral follow-up, the digest and its dismissals. */
const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const QUESTION = 'Which armed forces make up the peacekeeping contingent?';
const EPHEMERAL = 64;
type Payload = { id: string; token: string };

let fake: FakeDiscord;
let store: Store;
let bot: DiscordBot;
let dataDir: string;

const send = (payload: unknown) => fake.dispatch('INTERACTION_CREATE', payload);
const callback = (p: Payload) => fake.callbackOf(p);
const edit = (p: Payload) => fake.originalEditOf(p);
const followUp = (p: Payload) => fake.followUpOf(p);
const customIds = (body: RecordedRequest['body']): string[] =>
  (body.components ?? []).flatMap((row: { components: Array<{ custom_id: string }> }) => row.components.map((c) => c.custom_id));
/** Everything a message says, embeds included, without direction marks and isolates. */
const wordsOf = (body: RecordedRequest['body']) => JSON.stringify([body.content ?? body.data?.content, body.embeds ?? body.data?.embeds]).replace(/\\u20(0e|0f|6[6-9])|[\u200e\u200f\u2066-\u2069]/g, '');

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dataDir = mkdtempSync(join(tmpdir(), 'sanad-discord-feedback-'));
  const config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: dataDir });
  store = await openStore({ dataDir });
  const logger = pino({ level: 'silent' });
  bot = await startDiscord(config, createConversation({ sanad: loadSanad({ corpusDir: CORPUS }), store, log: logger, now: Date.now }), logger);
});

afterAll(async () => {
  await bot?.stop('tests done');
  await store?.close();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('👎 with reasons and the digest on Discord', () => {
  let answerId: number;

  it('follows a 👎 with the reasons for the voter alone, and records the one picked', async () => {
    const ask = askPayload(QUESTION);
    send(ask);
    const answer = await edit(ask);
    const down = customIds(answer.body).find((id) => /^kz:v:\d+:d$/.test(id))!;
    answerId = Number(down.split(':')[2]);

    const press = buttonPayload(down, messageObject({ components: answer.body.components }));
    send(press);
    expect((await callback(press)).body.type).toBe(6);
    const prompt = await followUp(press);
    expect(prompt.body.flags).toBe(EPHEMERAL);
    expect(wordsOf(prompt.body)).toContain('Your vote: 👎');
    expect(wordsOf(prompt.body)).toContain('What was wrong with the answer');
    const reasons = customIds(prompt.body);
    expect(reasons).toEqual(['wrong_passage', 'not_answered', 'outdated', 'other'].map((r) => `kz:r:${answerId}:${r}`));

    const pick = buttonPayload(reasons[2]!, messageObject({ components: prompt.body.components, flags: EPHEMERAL }));
    send(pick);
    const thanks = await callback(pick);
    expect(thanks.body.data.flags).toBe(EPHEMERAL);
    expect(wordsOf(thanks.body)).toContain('Thanks, the moderators will see why.');
  });

  it('shows the reasons in the digest; refuses a member\'s dismissal and keeps a moderator\'s', async () => {
    const digestAs = async (memberPermissions: bigint) => {
      const payload = slashCommand('unanswered', [], { memberPermissions });
      send(payload);
      return (await edit(payload)).body;
    };
    const digest = await digestAs(PERMISSIONS.moderator);
    // The question links to its answer; the reasons follow it.
    expect(wordsOf(digest)).toMatch(/👎 1 · 👍 0 — \[Which armed forces make up the peacekeeping contingent\?\]\([^)]+\) \(why: Outdated 1\)/);
    const dismiss = `kz:x:d:${answerId}`;
    expect(customIds(digest)).toContain(dismiss);

    const byMember = buttonPayload(dismiss, messageObject({ components: digest.components, flags: EPHEMERAL }), { memberPermissions: PERMISSIONS.member });
    send(byMember);
    const refusal = await callback(byMember);
    expect(refusal.body.data.flags).toBe(EPHEMERAL);
    expect(wordsOf(refusal.body)).toContain('Only moderators can dismiss digest items');
    expect(wordsOf(await digestAs(PERMISSIONS.moderator))).toContain(QUESTION);

    const byModerator = buttonPayload(dismiss, messageObject({ components: digest.components, flags: EPHEMERAL }), { memberPermissions: PERMISSIONS.moderator });
    send(byModerator);
    expect((await callback(byModerator)).body.type).toBe(6);
    expect(customIds((await edit(byModerator)).body)).not.toContain(dismiss);
    expect(wordsOf((await followUp(byModerator)).body)).toContain('Taken off the digest.');
    expect(wordsOf(await digestAs(PERMISSIONS.moderator))).not.toContain(QUESTION);
  });
});
