import { describe, expect, it, vi } from 'vitest';
import type { ChannelPins } from '../../../adapters/discord/fetch-channel-pins.js';
import { createPinSync } from '../../../adapters/discord/pin-sync.js';
import type { SyncPinsDeps } from '../../../adapters/discord/sync-channel-pins.js';
import type { PinnedAnswer, Store } from '../../../src/store/store.js';
import { GUILD_ID } from './payloads.js';

const CHANNEL = '300000000000000001';
const OTHER_CHANNEL = '300000000000000002';
const pinsEvent = (channelId = CHANNEL, guildId: string | undefined = GUILD_ID) => ({ channelId, guildId, lastPinTimestamp: '2026-01-01T00:00:00.000Z' });

/** Deps with a store that has no pins and a Discord whose reads the test lets finish one by one. */
function gatedDeps() {
  const pending: Array<() => void> = [];
  let onRead: (() => void) | undefined;
  const fetchPins = vi.fn((_channelId: string) => new Promise<ChannelPins>((resolve) => {
    pending.push(() => resolve({ pins: [], complete: true }));
    onRead?.();
  }));
  const store = { pinnedAnswers: async (): Promise<PinnedAnswer[]> => [] } as unknown as Store;
  const deps: SyncPinsDeps = { store, fetchPins, botUserId: () => undefined, log: { warn: vi.fn(), info: vi.fn(), debug: vi.fn() }, now: Date.now };
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
});
