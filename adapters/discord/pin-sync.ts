import { coalescePerKey, PinSyncError, type Coalescer, type Conversation, type Logger } from '../../src/index.js';
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

/**
 * Keeps the store's pins in step with the channels' real pins, one re-read per burst of pins events: `notify` takes
 * a CHANNEL_PINS_UPDATE; `stop` drops waiting re-reads and waits for running ones (call before closing the store).
 */
export type PinSync = Omit<Coalescer<PinsUpdate>, 'notify'> & { notify(update: PinsUpdate): void };

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

/**
 * Debounces pins events per channel and re-reads each channel's pins (coalescePerKey). Events tell neither which
 * message changed nor who changed it, and a moderator tidying pins sends a burst; the delay also lets a 📌 press
 * record its pin (with the moderator's id) before the event it caused is handled. DMs are ignored.
 */
export function createPinSync(deps: PinSyncDeps, delayMs = PIN_SYNC_DELAY_MS): PinSync {
  const channels = coalescePerKey<PinsUpdate>((_, update) => syncChannel(deps, update), delayMs);
  return {
    notify(update) {
      if (update.guildId) channels.notify(update.channelId, update);
    },
    idle: () => channels.idle(),
    stop: () => channels.stop(),
  };
}
