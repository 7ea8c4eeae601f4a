import { ChannelType, Routes, type REST } from 'discord.js';
import { LRUCache } from 'lru-cache';

/** What the bot needs to know of a channel to decide where it listens: its type, and for a thread its parent and owner. */
export interface ChannelInfo {
  id: string;
  type: ChannelType;
  /** A thread's channel (a forum's post: the forum). */
  parentId?: string;
  /** Who started a thread (the bot, for the threads it starts on its answers). */
  ownerId?: string;
  /** Its name, as the settings name it. */
  name?: string;
}

/** A channel as Discord sends it (REST, THREAD_CREATE), the fields read here. */
export interface RawChannel {
  id: string;
  type: number;
  parent_id?: string | null;
  owner_id?: string;
  name?: string | null;
}

/** Channels looked up once and kept (their type, parent and owner do not change), so messages cost no request each. */
export interface ChannelDirectory {
  /** The channel, from memory or GET /channels/{id}; undefined when Discord will not say (deleted, no access). */
  get(channelId: string): Promise<ChannelInfo | undefined>;
  /** Keeps a channel Discord sent anyway (a thread the bot started, THREAD_CREATE). */
  remember(channel: RawChannel): void;
}

/** Channels kept at once; the least recently used go first. */
export const CHANNEL_DIRECTORY_MAX = 10_000;

const infoOf = (raw: RawChannel): ChannelInfo => ({
  id: raw.id, type: raw.type as ChannelType, ...(raw.parent_id ? { parentId: raw.parent_id } : {}), ...(raw.owner_id ? { ownerId: raw.owner_id } : {}),
  ...(raw.name ? { name: raw.name } : {}),
});

/** Thread channel types (https://discord.com/developers/docs/resources/channel#channel-object-channel-types). */
export const isThread = (type: ChannelType): boolean =>
  type === ChannelType.PublicThread || type === ChannelType.PrivateThread || type === ChannelType.AnnouncementThread;

/** Forum-like channels: each post is a thread (forums and media channels). */
export const isForum = (type: ChannelType): boolean => type === ChannelType.GuildForum || type === ChannelType.GuildMedia;

/** Channels where /kz ask answers may start a thread, and where every message can be a question. */
export const isTextChannel = (type: ChannelType): boolean => type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement;

/**
 * A directory over the REST client, bounded by lru-cache. Lookups of one channel at once share their request; a
 * failed lookup is not kept (the next message asks again).
 */
export function createChannelDirectory(rest: REST, max = CHANNEL_DIRECTORY_MAX): ChannelDirectory {
  const known = new LRUCache<string, ChannelInfo>({ max });
  const pending = new Map<string, Promise<ChannelInfo | undefined>>();
  return {
    async get(channelId) {
      const cached = known.get(channelId);
      if (cached) return cached;
      let lookup = pending.get(channelId);
      if (!lookup) {
        lookup = (rest.get(Routes.channel(channelId)) as Promise<RawChannel>)
          .then((raw) => {
            const info = infoOf(raw);
            known.set(channelId, info);
            return info;
          }, () => undefined)
          .finally(() => pending.delete(channelId));
        pending.set(channelId, lookup);
      }
      return lookup;
    },
    remember(channel) {
      known.set(channel.id, infoOf(channel));
    },
  };
}
