import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordFatalError, startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createConversation, loadSanad, openStore, readConfig, type Store } from '../../../src/index.js';
import { FAKE_TOKEN, APPLICATION_ID, FakeDiscord, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { askPayload } from './payloads.js';
import { postgresBackend, type StoreBackend } from '../../store/backends.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const sanad = loadSanad({ corpusDir: CORPUS });

let fake: FakeDiscord;
let dataDir: string;
let stores: Store[];
let bots: DiscordBot[];
const logger = pino({ level: 'silent' });

async function start(store: Store, gatewayGiveUpMs?: number): Promise<DiscordBot> {
  const config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: dataDir });
  const bot = await startDiscord(config, createConversation({ sanad, store, log: logger, now: Date.now }), logger, { gatewayGiveUpMs });
  bots.push(bot);
  return bot;
}

beforeEach(async () => {
  fake = await FakeDiscord.start();
  dataDir = mkdtempSync(join(tmpdir(), 'sanad-discord-gw-'));
  stores = [];
  bots = [];
});
afterEach(async () => {
  for (const bot of bots) await bot.stop('test done');
  for (const store of stores) await store.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startDiscord: a dead gateway is a failure', () => {
  it('rejects `failed` with one clear line when Discord closes the gateway for good (4004: the token was revoked)', async () => {
    const store = await openStore({ dataDir });
    stores.push(store);
    const bot = await start(store);
    fake.closeGateway(4004);
    await expect(bot.failed).rejects.toThrow(DiscordFatalError);
    await expect(bot.failed).rejects.toThrow(/shard 0 closed for good \(gateway close code 4004/);
  });

  it('rejects `failed` when a lost gateway does not come back in time', async () => {
    const store = await openStore({ dataDir });
    stores.push(store);
    const bot = await start(store, 300);
    fake.refuseGateway = true;
    fake.closeGateway(1011);
    await expect(bot.failed).rejects.toThrow(/did not come back within/);
  });
});

describe('interaction claims', () => {
  let backend: StoreBackend | undefined;
  afterEach(async () => backend?.dispose());

  for (const kind of ['SQLite', 'PostgreSQL'] as const) {
    it(`answers an interaction delivered twice, or to two processes, once (${kind})`, async () => {
      const open = async () => {
        if (kind === 'SQLite') return openStore({ dataDir });
        backend ??= await postgresBackend();
        return openStore(backend.target);
      };
      const store = await open();
      stores.push(store);
      await start(store);
      const payload = askPayload('Which armed forces make up the peacekeeping contingent?');
      fake.dispatch('INTERACTION_CREATE', payload);
      fake.dispatch('INTERACTION_CREATE', payload);
      const edit = `/webhooks/${APPLICATION_ID}/${payload.token}/messages/%40original`;
      await fake.waitFor((r) => r.method === 'PATCH' && r.path === edit, 'the answer');
      // A later interaction is answered: by then the duplicate has been handled (events are handled in order).
      const next = askPayload('Why did the protests start?');
      fake.dispatch('INTERACTION_CREATE', next);
      await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${next.token}/messages/%40original`, 'the next answer');
      expect(fake.requests.filter((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`)).toHaveLength(1);
      expect(fake.requests.filter((r) => r.method === 'PATCH' && r.path === edit)).toHaveLength(1);
    });
  }
});
