import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { discordChat } from './chat-ref.js';
import { errorFields } from './error-fields.js';
import type { ChannelPins } from './fetch-channel-pins.js';
import { DISCORD_CHANNEL_PINS_MAX } from './limits.js';

/**
 * Who the store says pinned an answer pinned with Discord's own menu: CHANNEL_PINS_UPDATE does not say who did it, and
 * this cannot be mistaken for a user id (those are numeric snowflakes).
 */
export const PINNED_WITH_DISCORD_MENU = 'discord';

/** A CHANNEL_PINS_UPDATE, as plain values (https://discord.com/developers/docs/events/gateway-events#channel-pins-update). */
export interface PinsUpdate {
  channelId: string;
  /** The server; absent in DMs, where answers are never pinned. */
  guildId?: string;
  /** When the newest pin still standing was made; null when the channel has no pins left. */
  lastPinTimestamp?: string | null;
}

/** What keeping a channel's pins in step needs: the store, Discord's pin list and who the bot is. */
export interface SyncPinsDeps {
  store: Store;
  /** Reads the channel's pins from Discord (fetchChannelPins); throws when Discord refuses or cannot be reached. */
  fetchPins(channelId: string): Promise<ChannelPins>;
  /** The bot's user id (undefined before login): only its own messages are looked up as answers. */
  botUserId(): string | undefined;
  /** Told when a re-read fails (warn) and what each re-read changed (info, debug when nothing). */
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
  /** Clock for unpin times. */
  now: () => number;
}

/** What a re-read changed in the store. */
export interface SyncPinsResult {
  pinned: number;
  unpinned: number;
}

/**
 * Makes the store's live pins of a channel match the channel's real pins: a pinned message that is a stored answer
 * gets a pin (pinned by PINNED_WITH_DISCORD_MENU, at Discord's pin time), and a stored pin whose message is no longer
 * pinned is unpinned. Never throws: a failure (Discord refusing, the store down) is logged and changes stop there;
 * the next pins event retries. Resolves to what changed, undefined when it failed.
 */
export async function syncChannelPins(deps: SyncPinsDeps, update: PinsUpdate): Promise<SyncPinsResult | undefined> {
  const { store, log } = deps;
  const chat = discordChat(update.channelId);
  let step = 'reading the stored pins';
  try {
    // The store before Discord: a 📌 press recorded after this read had pinned on Discord before the list below is
    // read, so a fresh pin is never taken for a removed one.
    const live = await store.pinnedAnswers(chat, DISCORD_CHANNEL_PINS_MAX);
    // No pins left on Discord and none stored (the usual case in channels without answers): nothing to ask Discord.
    if (update.lastPinTimestamp === null && live.length === 0) return report(deps, update, { pinned: 0, unpinned: 0 });
    step = 'reading the channel pins from Discord';
    const { pins, complete } = await deps.fetchPins(update.channelId);
    step = 'recording the pins';
    const stored = new Set(live.map((p) => p.pin.messageId));
    const botId = deps.botUserId();
    let pinned = 0;
    for (const pin of pins) {
      // Only the bot's messages can be answers: others cost no store lookup.
      if (stored.has(pin.messageId) || (botId !== undefined && pin.authorId !== botId)) continue;
      const answer = await store.answerByMessage(chat, pin.messageId);
      if (!answer) continue;
      const pinnedAt = Number.isFinite(pin.pinnedAt) ? pin.pinnedAt : deps.now();
      await store.recordPin({ ...chat, answerId: answer.id, messageId: pin.messageId, pinnedBy: PINNED_WITH_DISCORD_MENU, pinnedAt });
      pinned += 1;
    }
    let unpinned = 0;
    // A partial list (the pins changed while being paged) cannot tell an unpinned message from an unread one.
    if (complete) {
      const onDiscord = new Set(pins.map((p) => p.messageId));
      for (const { pin } of live) {
        if (!onDiscord.has(pin.messageId) && (await store.recordUnpin(chat, pin.messageId, deps.now()))) unpinned += 1;
      }
    }
    return report(deps, update, { pinned, unpinned });
  } catch (error) {
    log.warn({ ...errorFields(error), channelId: update.channelId, step }, 'channel pins not synced');
    return undefined;
  }
}

/** Logs what a re-read changed: at info when it changed something, else at debug. */
function report(deps: SyncPinsDeps, update: PinsUpdate, result: SyncPinsResult): SyncPinsResult {
  const fields = { channelId: update.channelId, guildId: update.guildId, ...result };
  if (result.pinned + result.unpinned > 0) deps.log.info(fields, 'channel pins synced');
  else deps.log.debug(fields, 'channel pins synced');
  return result;
}
