import { syncChannelPins, type PinsUpdate, type SyncPinsDeps } from './sync-channel-pins.js';

/** Wait after a channel's first pins event before re-reading its pins, in milliseconds. */
export const PIN_SYNC_DELAY_MS = 1_000;

/** Keeps the store's pins in step with the channels' real pins, one re-read per burst of pins events. */
export interface PinSync {
  /** Takes a CHANNEL_PINS_UPDATE: the channel's pins are re-read once, delayMs after the first event of a burst. */
  notify(update: PinsUpdate): void;
  /** Resolves once no re-read is waiting or running. */
  idle(): Promise<void>;
  /** Drops waiting re-reads, takes no more events and waits for running ones (call before closing the store). */
  stop(): Promise<void>;
}

/** One channel with a re-read waiting or running. */
interface ChannelSync {
  /** The latest event: its last pin time says whether any pins are left. */
  update: PinsUpdate;
  timer?: NodeJS.Timeout;
  running: boolean;
  /** An event came while re-reading: read again once done, since that read may have missed the change. */
  again: boolean;
  done: Promise<void>;
  finish: () => void;
}

/**
 * Debounces pins events per channel and re-reads each channel's pins (syncChannelPins). Events tell neither which
 * message changed nor who changed it, and a moderator tidying pins sends a burst; the delay also lets a 📌 press
 * record its pin (with the moderator's id) before the event it caused is handled. DMs are ignored.
 */
export function createPinSync(deps: SyncPinsDeps, delayMs = PIN_SYNC_DELAY_MS): PinSync {
  const channels = new Map<string, ChannelSync>();
  let stopped = false;

  const schedule = (channelId: string, sync: ChannelSync) => {
    sync.timer = setTimeout(() => {
      sync.timer = undefined;
      sync.running = true;
      void syncChannelPins(deps, sync.update).finally(() => {
        sync.running = false;
        if (sync.again && !stopped) {
          sync.again = false;
          schedule(channelId, sync);
        } else {
          channels.delete(channelId);
          sync.finish();
        }
      });
    }, delayMs);
  };

  const idle = async () => {
    while (channels.size > 0) await Promise.all([...channels.values()].map((s) => s.done));
  };

  return {
    notify(update) {
      if (stopped || !update.guildId) return;
      const sync = channels.get(update.channelId);
      if (sync) {
        sync.update = update;
        if (sync.running) sync.again = true;
        return;
      }
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const fresh: ChannelSync = { update, running: false, again: false, done, finish };
      channels.set(update.channelId, fresh);
      schedule(update.channelId, fresh);
    },
    idle,
    async stop() {
      stopped = true;
      for (const [channelId, sync] of channels) {
        if (sync.running) continue;
        clearTimeout(sync.timer);
        channels.delete(channelId);
        sync.finish();
      }
      await idle();
    },
  };
}
