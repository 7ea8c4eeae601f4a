import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discordChat } from '../../../adapters/discord/chat-ref.js';
import type { ChannelPin, ChannelPins } from '../../../adapters/discord/fetch-channel-pins.js';
import { PINNED_WITH_DISCORD_MENU, syncChannelPins, type SyncPinsDeps } from '../../../adapters/discord/sync-channel-pins.js';
import type { Store } from '../../../src/store/store.js';
import { newAnswer, T0 } from '../../store/answers.js';
import { BOT_USER_ID } from './fake-discord.js';
import { GUILD_ID, snowflake } from './payloads.js';
import { tempDataDir, type TempDataDir } from './temp-store.js';

const MODERATOR = '410000000000000001';
const SOMEONE = '410000000000000002';
const NOW = T0 + 1_000_000;

describe('syncChannelPins', () => {
  let data: TempDataDir;
  let store: Store;
  let n = 0;

  beforeAll(async () => {
    data = await tempDataDir('sqlite');
    store = await data.open();
  });
  afterAll(async () => {
    await store?.close();
    await data?.remove();
  });

  /** A channel with one stored answer, sent as a message of the bot. */
  async function channelWithAnswer() {
    const channelId = snowflake();
    const messageId = snowflake();
    const answerId = await store.recordAnswer(newAnswer(++n, { platform: 'discord', chatId: channelId, messageId }));
    return { channelId, messageId, answerId, chat: discordChat(channelId) };
  }
  const pinOf = (messageId: string, authorId = BOT_USER_ID, pinnedAt = T0): ChannelPin => ({ messageId, authorId, pinnedAt });
  /** Deps whose Discord lists `listed` (or fails with it), with a spied log. */
  function deps(listed: ChannelPins | Error): SyncPinsDeps & { fetchPins: ReturnType<typeof vi.fn> } {
    return {
      store,
      fetchPins: vi.fn(async () => { if (listed instanceof Error) throw listed; return listed; }),
      botUserId: () => BOT_USER_ID,
      log: { warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
      now: () => NOW,
    };
  }
  const update = (channelId: string, lastPinTimestamp: string | null = new Date(T0).toISOString()) => ({ channelId, guildId: GUILD_ID, lastPinTimestamp });

  it('records an answer pinned with Discord\'s menu, as pinned by "discord" at Discord\'s pin time', async () => {
    const { channelId, messageId, answerId, chat } = await channelWithAnswer();
    const d = deps({ pins: [pinOf(messageId, BOT_USER_ID, T0 + 5)], complete: true });
    expect(await syncChannelPins(d, update(channelId))).toEqual({ pinned: 1, unpinned: 0 });
    const [pinned] = await store.pinnedAnswers(chat, 10);
    expect(pinned!.pin).toMatchObject({ answerId, messageId, pinnedBy: PINNED_WITH_DISCORD_MENU, pinnedAt: T0 + 5 });
    expect(d.log.info).toHaveBeenCalledWith(expect.objectContaining({ channelId, pinned: 1, unpinned: 0 }), 'channel pins synced');
  });

  it('leaves a pin already recorded (and its moderator) alone', async () => {
    const { channelId, messageId, answerId, chat } = await channelWithAnswer();
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: MODERATOR, pinnedAt: T0 });
    expect(await syncChannelPins(deps({ pins: [pinOf(messageId)], complete: true }), update(channelId))).toEqual({ pinned: 0, unpinned: 0 });
    expect((await store.pinnedAnswers(chat, 10))[0]!.pin.pinnedBy).toBe(MODERATOR);
  });

  it('unpins a stored pin whose message Discord no longer lists', async () => {
    const { channelId, messageId, answerId, chat } = await channelWithAnswer();
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: MODERATOR, pinnedAt: T0 });
    expect(await syncChannelPins(deps({ pins: [pinOf(snowflake(), SOMEONE)], complete: true }), update(channelId))).toEqual({ pinned: 0, unpinned: 1 });
    expect(await store.pinnedAnswers(chat, 10)).toEqual([]);
  });

  it('keeps stored pins when Discord\'s list is incomplete', async () => {
    const { channelId, messageId, answerId, chat } = await channelWithAnswer();
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: MODERATOR, pinnedAt: T0 });
    expect(await syncChannelPins(deps({ pins: [], complete: false }), update(channelId))).toEqual({ pinned: 0, unpinned: 0 });
    expect(await store.pinnedAnswers(chat, 10)).toHaveLength(1);
  });

  it('looks up only the bot\'s own messages, and ignores bot messages that are not stored answers', async () => {
    const { channelId, chat } = await channelWithAnswer();
    const lookups = vi.spyOn(store, 'answerByMessage');
    const listed = { pins: [pinOf(snowflake(), SOMEONE), pinOf(snowflake(), SOMEONE), pinOf(snowflake())], complete: true };
    expect(await syncChannelPins(deps(listed), update(channelId))).toEqual({ pinned: 0, unpinned: 0 });
    expect(lookups).toHaveBeenCalledTimes(1);
    lookups.mockRestore();
    expect(await store.pinnedAnswers(chat, 10)).toEqual([]);
  });

  it('does not ask Discord when the channel has no pins left and none are stored', async () => {
    const d = deps({ pins: [], complete: true });
    expect(await syncChannelPins(d, update(snowflake(), null))).toEqual({ pinned: 0, unpinned: 0 });
    expect(d.fetchPins).not.toHaveBeenCalled();
    expect(d.log.debug).toHaveBeenCalledWith(expect.anything(), 'channel pins synced');
  });

  it('logs where a failure came from and changes nothing when Discord refuses the read', async () => {
    const { channelId, messageId, answerId, chat } = await channelWithAnswer();
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: MODERATOR, pinnedAt: T0 });
    const refusal = Object.assign(new Error('Missing Access'), { code: 50001, status: 403, method: 'GET' });
    const d = deps(refusal);
    expect(await syncChannelPins(d, update(channelId))).toBeUndefined();
    expect(d.log.warn).toHaveBeenCalledWith(
      { err: refusal, code: 50001, status: 403, method: 'GET', channelId, step: 'reading the channel pins from Discord' }, 'channel pins not synced');
    expect(await store.pinnedAnswers(chat, 10)).toHaveLength(1);
  });

  it('logs a store failure as the store\'s, without throwing', async () => {
    const failing = { ...store, pinnedAnswers: () => Promise.reject(new Error('database down')) } as Store;
    const d = { ...deps({ pins: [], complete: true }), store: failing };
    expect(await syncChannelPins(d, update(snowflake()))).toBeUndefined();
    expect(d.log.warn).toHaveBeenCalledWith(expect.objectContaining({ step: 'reading the stored pins' }), 'channel pins not synced');
    expect(d.fetchPins).not.toHaveBeenCalled();
  });
});
