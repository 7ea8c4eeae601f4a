import { describe, expect, it, vi } from 'vitest';
import type { ChannelPins } from '../../../adapters/discord/fetch-channel-pins.js';
import { createPinSync, type PinSyncDeps } from '../../../adapters/discord/pin-sync.js';
import { createConversation, loadSanad, type Store } from '../../../src/index.js';
import { memoryStore } from '../../conversation/memory-store.js';
import { BOT_USER_ID } from './fake-discord.js';
import { GUILD_ID } from './payloads.js';

const CHANNEL = '300000000000000001';
const OTHER_CHANNEL = '300000000000000002';
const sanad = loadSanad({ corpusDir: 'corpus' });
const conversationOn = (store: Store) => createConversation({ sanad, store, log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });
const pinsEvent = (channelId = CHANNEL, guildId: string | undefined = GUILD_ID) => ({ channelId, guildId, lastPinTimestamp: '2026-01-01T00:00:00.000Z' });

/** Deps with a store that has no pins and a Discord whose reads the test lets finish one by one. */
function gatedDeps() {
  const pending: Array<() => void> = [];
  let onRead: (() => void) | undefined;
  const fetchPins = vi.fn((_channelId: string) => new Promise<ChannelPins>((resolve) => {
    pending.push(() => resolve({ pins: [], complete: true }));
    onRead?.();
  }));
  const deps: PinSyncDeps = { conversation: conversationOn(memoryStore()), fetchPins, botUserId: () => undefined, log: { warn: vi.fn(), info: vi.fn(), debug: vi.fn() } };
  /** Resolves once a read is waiting for Discord. */
  const asked = async () => {
    if (pending.length === 0) await new Promise<void>((resolve) => (onRead = resolve));
  };
  /** Lets the oldest waiting read finish (waiting for one to be asked first). */
  const release = async () => {
    await asked();
    pending.shift()!();
  };
  return { deps, fetchPins, asked, release };
}

describe('createPinSync', () => {
  it('re-reads a channel once for a burst of events, and each channel apart', async () => {
    const { deps, fetchPins, release } = gatedDeps();
    const sync = createPinSync(deps, 0);
    for (let i = 0; i < 5; i++) sync.notify(pinsEvent());
    sync.notify(pinsEvent(OTHER_CHANNEL));
    await release();
    await release();
    await sync.idle();
    expect(fetchPins.mock.calls.map(([channelId]) => channelId).sort()).toEqual([CHANNEL, OTHER_CHANNEL]);
  });

  it('reads again once after a read that events arrived during', async () => {
    const { deps, fetchPins, asked, release } = gatedDeps();
    const sync = createPinSync(deps, 0);
    sync.notify(pinsEvent());
    await asked();
    sync.notify(pinsEvent()); // the running read may have missed this change
    sync.notify(pinsEvent());
    await release();
    await release();
    await sync.idle();
    expect(fetchPins).toHaveBeenCalledTimes(2);
  });

  it('ignores DMs, and drops waiting reads once stopped', async () => {
    const { deps, fetchPins } = gatedDeps();
    const sync = createPinSync(deps, 60_000);
    sync.notify(pinsEvent(CHANNEL, undefined));
    sync.notify(pinsEvent());
    await sync.stop();
    sync.notify(pinsEvent());
    await sync.idle();
    expect(fetchPins).not.toHaveBeenCalled();
  });

  it('records only the bot\'s own pinned messages that are stored answers, and logs what changed', async () => {
    const store = memoryStore();
    const answerId = await store.recordAnswer({ platform: 'discord', chatId: CHANNEL, messageId: 'm1', question: 'q', questionKey: 'q', answer: {} as never, sentAt: 1 });
    const fetchPins = vi.fn(async () => ({ pins: [{ messageId: 'm1', authorId: BOT_USER_ID, pinnedAt: 5 }, { messageId: 'm2', authorId: '9', pinnedAt: 6 }], complete: true }));
    const lookups = vi.spyOn(store, 'answerByMessage');
    const log = { warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const sync = createPinSync({ conversation: conversationOn(store), fetchPins, botUserId: () => BOT_USER_ID, log }, 0);
    sync.notify(pinsEvent());
    await sync.idle();
    expect(lookups).toHaveBeenCalledTimes(1);
    expect((await store.pinnedAnswers({ platform: 'discord', chatId: CHANNEL }, 5)).map((p) => [p.answer.id, p.pin.pinnedBy])).toEqual([[answerId, 'discord']]);
    expect(log.info).toHaveBeenCalledWith(expect.objectContaining({ channelId: CHANNEL, pinned: 1, unpinned: 0 }), 'channel pins synced');
  });

  it('logs where a failed re-read failed, with Discord\'s code and status, and never throws', async () => {
    const refusal = Object.assign(new Error('Missing Access'), { code: 50001, status: 403, method: 'GET' });
    const log = { warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const sync = createPinSync({ conversation: conversationOn(memoryStore()), fetchPins: () => Promise.reject(refusal), botUserId: () => BOT_USER_ID, log }, 0);
    sync.notify(pinsEvent());
    await sync.idle();
    expect(log.warn).toHaveBeenCalledWith({ err: refusal, code: 50001, status: 403, method: 'GET', channelId: CHANNEL, guildId: GUILD_ID, step: 'reading the platform pins' }, 'channel pins not synced');
  });
});
