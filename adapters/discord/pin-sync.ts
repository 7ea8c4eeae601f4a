import { PinSyncError, type Conversation, type Logger } from '../../src/index.js';
import { errorFields } from './error-fields.js';
import type { ChannelPins } from './fetch-channel-pins.js';

/** Wait after a channel's first pins event before re-reading its pins, in milliseconds. */
export const PIN_SYNC_DELAY_MS = 1_000;

/** A CHANNEL_PINS_UPDATE, as plain values (https://discord.com/developers/docs/events/gateway-events#channel-pins-update). */
export interface PinsUpdate {
  channelId: string;
  /** The server; absent in DMs, where answers are never pinned. */
  guildId?: string;
  /** When the newest pin still standing was made; null when the channel has no pins left. */
  lastPinTimestamp?: string | null;
}

/** What keeping the pins in step needs: the conversation, Discord's pin list, who the bot is, a log. */
export interface PinSyncDeps {
  conversation: Pick<Conversation, 'syncPins'>;
  /** Reads the channel's pins from Discord (fetchChannelPins); throws when Discord refuses or cannot be reached. */
  fetchPins(channelId: string): Promise<ChannelPins>;
  /** The bot's user id (undefined before login): only its own messages can be answers. */
  botUserId(): string | undefined;
  /** Told when a re-read fails (warn) and what each re-read changed (info, debug when nothing). */
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
}

/** Keeps the store's pins in step with the channels' real pins, one re-read per burst of pins events. */
export interface PinSync {
  /** Takes a CHANNEL_PINS_UPDATE: the channel's pins are re-read once, delayMs after the first event of a burst. */
  notify(update: PinsUpdate): void;
  /** Resolves once no re-read is waiting or running. */
  idle(): Promise<void>;
  /** Drops waiting re-reads, takes no more events and waits for running ones (call before closing the store). */
  stop(): Promise<void>;
}

/**
 * Re-reads a channel's pins into the store (the conversation's syncPins), logging what changed or where it failed
 * (never a token); a failure changes nothing more, and the next event retries.
 */
async function syncChannel(deps: PinSyncDeps, update: PinsUpdate): Promise<void> {
  const fields = { channelId: update.channelId, guildId: update.guildId };
  try {
    const result = await deps.conversation.syncPins({
      platform: 'discord', chatId: update.channelId, noneLeft: update.lastPinTimestamp === null,
      readPins: async () => {
        const { pins, complete } = await deps.fetchPins(update.channelId);
        const botId = deps.botUserId();
        // Only the bot's messages can be answers: others cost no store lookup.
        return { pins: pins.filter((p) => botId === undefined || p.authorId === botId), complete };
      },
    });
    if (result.pinned + result.unpinned > 0) deps.log.info({ ...fields, ...result }, 'channel pins synced');
    else deps.log.debug({ ...fields, ...result }, 'channel pins synced');
  } catch (error) {
    const step = error instanceof PinSyncError ? error.step : undefined;
    deps.log.warn({ ...errorFields(error instanceof PinSyncError ? error.cause : error), ...fields, step }, 'channel pins not synced');
  }
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
 * Debounces pins events per channel and re-reads each channel's pins. Events tell neither which message changed nor
 * who changed it, and a moderator tidying pins sends a burst; the delay also lets a 📌 press record its pin (with
 * the moderator's id) before the event it caused is handled. DMs are ignored.
 */
export function createPinSync(deps: PinSyncDeps, delayMs = PIN_SYNC_DELAY_MS): PinSync {
  const channels = new Map<string, ChannelSync>();
  let stopped = false;

  const schedule = (channelId: string, sync: ChannelSync) => {
    sync.timer = setTimeout(() => {
      sync.timer = undefined;
      sync.running = true;
      void syncChannel(deps, sync.update).finally(() => {
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
