import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommands } from '../../../adapters/discord/commands.js';
import { CommandRegistrationError, registerCommands, registerOptionsFrom } from '../../../adapters/discord/register-commands.js';
import { ConfigError, readConfig } from '../../../src/config.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { GUILD_ID } from './payloads.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('registerCommands', () => {
  it('bulk-overwrites (PUT) the commands of one guild when a guild id is set', async () => {
    const result = await registerCommands({ token: FAKE_TOKEN, applicationId: APPLICATION_ID, guildId: GUILD_ID, apiRoot: fake.apiRoot });
    expect(result).toEqual({ scope: 'guild', route: `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`, count: 2 });
    const put = fake.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(buildCommands())));
  });

  it('bulk-overwrites the global commands without a guild id', async () => {
    const result = await registerCommands({ token: FAKE_TOKEN, applicationId: APPLICATION_ID, apiRoot: fake.apiRoot });
    expect(result.scope).toBe('global');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${APPLICATION_ID}/commands` });
  });

  it('says in one line, without the token, that Discord refused', async () => {
    fake.responders.push((r) => (r.path.includes('/commands') ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined));
    const failure = registerCommands({ token: FAKE_TOKEN, applicationId: APPLICATION_ID, apiRoot: fake.apiRoot });
    await expect(failure).rejects.toBeInstanceOf(CommandRegistrationError);
    const message = await failure.catch((e: Error) => e.message);
    expect(message).toBe('Discord refused the request (HTTP 401, code 0): 401: Unauthorized');
    expect(message).not.toContain(FAKE_TOKEN);
    fake.responders.pop();
  });

  it('says in one line that Discord could not be reached', async () => {
    const apiRoot = `http://127.0.0.1:${await closedPort()}/api`;
    const message = await registerCommands({ token: FAKE_TOKEN, applicationId: APPLICATION_ID, apiRoot }).catch((e: Error) => e.message);
    expect(message).toMatch(new RegExp(`^Could not reach Discord at ${apiRoot.replace(/[.]/g, '\\.')}: `));
    expect(message).not.toContain('\n');
  });
});

describe('registerOptionsFrom', () => {
  it('names every missing setting, one line each', () => {
    const error = (() => {
      try {
        registerOptionsFrom(readConfig({}));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']);
  });

  it('takes the guild and API root from the configuration', () => {
    const config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID });
    expect(registerOptionsFrom(config)).toEqual({ token: FAKE_TOKEN, applicationId: APPLICATION_ID, guildId: GUILD_ID, apiRoot: 'https://discord.com/api' });
  });
});
