import { Routes, type REST, type RESTGetAPIChannelMessagesPinsResult } from 'discord.js';
import { DISCORD_CHANNEL_PINS_MAX, DISCORD_PINS_PAGE_MAX } from './limits.js';

/** One pinned message of a channel, as plain values. */
export interface ChannelPin {
  messageId: string;
  /** Who wrote the message: only the bot's own messages can be stored answers. */
  authorId: string;
  /** When it was pinned, epoch milliseconds. */
  pinnedAt: number;
}

/** A channel's pins as Discord listed them, newest pin first. */
export interface ChannelPins {
  pins: ChannelPin[];
  /** Every pin was read: only then may a pin missing from the list be taken as unpinned. */
  complete: boolean;
}

/**
 * Reads a channel's pinned messages through GET /channels/{channel}/messages/pins, a page of 50 at a time, paging back
 * by pin time until Discord has no more (https://discord.com/developers/docs/resources/message#get-channel-pins).
 * Not discord.js's fetchPinned(): its GET /channels/{channel}/pins is deprecated and lists only the first 50 of the
 * 250 pins a channel may hold. Needs View Channel and Read Message History; Discord's refusals are thrown.
 */
export async function fetchChannelPins(rest: Pick<REST, 'get'>, channelId: string): Promise<ChannelPins> {
  const pins: ChannelPin[] = [];
  let before: string | undefined;
  // One page past the channel limit at most: a has_more beyond that means the list changed while it was read.
  for (let read = 0; read <= DISCORD_CHANNEL_PINS_MAX; read += DISCORD_PINS_PAGE_MAX) {
    const query = new URLSearchParams({ limit: String(DISCORD_PINS_PAGE_MAX) });
    if (before !== undefined) query.set('before', before);
    const page = (await rest.get(Routes.channelMessagesPins(channelId), { query })) as RESTGetAPIChannelMessagesPinsResult;
    for (const item of page.items) {
      pins.push({ messageId: item.message.id, authorId: item.message.author.id, pinnedAt: Date.parse(item.pinned_at) });
    }
    const last = page.items.at(-1);
    if (!page.has_more || !last) return { pins, complete: true };
    before = last.pinned_at;
  }
  return { pins, complete: false };
}
