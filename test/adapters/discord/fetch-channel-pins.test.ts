import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchChannelPins } from '../../../adapters/discord/fetch-channel-pins.js';
import { DISCORD_CHANNEL_PINS_MAX, DISCORD_PINS_PAGE_MAX } from '../../../adapters/discord/limits.js';
import { BOT_USER_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { snowflake } from './payloads.js';

const SOMEONE = '410000000000000002';

describe('fetchChannelPins', () => {
  let fake: FakeDiscord;
  let rest: REST;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    rest = new REST({ api: fake.apiRoot }).setToken(FAKE_TOKEN);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('reads every pin of a full channel, newest first, 50 a page, paging back by pin time', async () => {
    const channelId = snowflake();
    const ids = Array.from({ length: DISCORD_CHANNEL_PINS_MAX }, () => snowflake());
    ids.forEach((id, i) => fake.setPinned(channelId, id, true, i % 2 ? SOMEONE : undefined));
    const { pins, complete } = await fetchChannelPins(rest, channelId);
    expect(complete).toBe(true);
    expect(pins.map((p) => p.messageId)).toEqual([...ids].reverse());
    expect(pins.at(-1)).toMatchObject({ authorId: BOT_USER_ID, pinnedAt: expect.any(Number) });
    const pages = fake.requestsTo(`/channels/${channelId}/messages/pins`);
    expect(pages).toHaveLength(5);
    expect(pages.map((r) => r.query.get('limit'))).toEqual(['50', '50', '50', '50', '50']);
    expect(pages[0]!.query.has('before')).toBe(false);
    expect(pages[1]!.query.get('before')).toBe(fake.pins.get(channelId)![49]!.pinned_at);
  });

  it('reads an empty channel in one request', async () => {
    const channelId = snowflake();
    expect(await fetchChannelPins(rest, channelId)).toEqual({ pins: [], complete: true });
    expect(fake.requestsTo(`/channels/${channelId}/messages/pins`)).toHaveLength(1);
  });

  it('says the list is incomplete when Discord keeps having more past the channel limit', async () => {
    let page = 0;
    const endless = {
      get: async () => ({ items: [{ pinned_at: new Date(Date.UTC(2026, 0, 1) - ++page).toISOString(), message: { id: String(page), author: { id: SOMEONE } } }], has_more: true }),
    };
    const { pins, complete } = await fetchChannelPins(endless, snowflake());
    expect(complete).toBe(false);
    expect(pins).toHaveLength(DISCORD_CHANNEL_PINS_MAX / DISCORD_PINS_PAGE_MAX + 1); // one page past the limit, then it stops
  });

  it('throws Discord\'s refusal, with its code, to the caller', async () => {
    const channelId = snowflake();
    fake.responders.push((r) => (r.path === `/channels/${channelId}/messages/pins` ? { status: 403, body: { message: 'Missing Access', code: 50001 } } : undefined));
    await expect(fetchChannelPins(rest, channelId)).rejects.toMatchObject({ code: 50001, status: 403 });
  });
});
