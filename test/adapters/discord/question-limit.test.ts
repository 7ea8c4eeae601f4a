import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createConversation, createLogger, loadSanad, openStore, readConfig, type Store } from '../../../src/index.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { askMessagePayload, askPayload } from './payloads.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const QUESTION = 'Which armed forces make up the peacekeeping contingent?';
const EPHEMERAL = 64;
type Payload = { id: string; token: string };

let fake: FakeDiscord;
let store: Store;
let bot: DiscordBot;
let dataDir: string;

const callback = (p: Payload) => fake.callbackOf(p);

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dataDir = mkdtempSync(join(tmpdir(), 'sanad-discord-limit-'));
  const config = readConfig({
    DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, SANAD_DATA_DIR: dataDir,
    DISCORD_USER_QUESTIONS_PER_MINUTE: '2', DISCORD_CHANNEL_QUESTIONS_PER_MINUTE: '100',
  });
  store = await openStore({ dataDir });
  bot = await startDiscord(config, createConversation({ sanad: loadSanad({ corpusDir: CORPUS }), store, log: createLogger('silent'), now: Date.now }), createLogger('silent'));
});

afterAll(async () => {
  await bot?.stop('tests done');
  await store?.close();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Discord question limits', () => {
  it('counts /kz ask and Ask sanad together per user: the question over the limit is told, to the asker alone, when to ask again', async () => {
    const first = askPayload(QUESTION, { userId: '300000000000000001' });
    const second = askMessagePayload(QUESTION, { userId: '300000000000000001' });
    const third = askPayload(QUESTION, { userId: '300000000000000001' });
    const other = askPayload(QUESTION, { userId: '300000000000000002' });
    for (const payload of [first, second]) {
      fake.dispatch('INTERACTION_CREATE', payload);
      expect((await callback(payload)).body).toEqual({ type: 5, data: { flags: 0 } });
    }
    fake.dispatch('INTERACTION_CREATE', third);
    const refused = (await callback(third)).body;
    expect(refused.type).toBe(4);
    expect(refused.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(refused.data)).toMatch(/Please try again in \d+ s/);
    fake.dispatch('INTERACTION_CREATE', other);
    expect((await callback(other)).body).toEqual({ type: 5, data: { flags: 0 } });
  });
});
