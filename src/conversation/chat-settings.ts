import { LRUCache } from 'lru-cache';
import type { ChatRef } from '../store/store.js';
import type { ConversationDeps } from './conversation-deps.js';
import { listenModeOf, type ListenMode, type ListenPlace } from './listen-mode.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** The store's name of the "where the bot listens" setting. */
export const LISTEN_SETTING = 'listen';
/**
 * How long a chat's setting is read from memory before the store is asked again, in ms: every message of a busy group
 * would otherwise cost a store read. A change made on this instance shows at once; on another instance sharing the
 * store, within this time.
 */
export const LISTEN_CACHE_MS = 5_000;
/** Chats whose setting is kept in memory at once; the least recently used go first. */
export const LISTEN_CACHE_MAX_CHATS = 10_000;

/** Options of createListenSettings. */
export interface ListenSettingsOptions {
  /** Default LISTEN_CACHE_MS. */
  cacheMs?: number;
  /** Default LISTEN_CACHE_MAX_CHATS. */
  maxChats?: number;
}

/** Where the bot listens in each chat: read through a short cache, written through to the store. */
export interface ListenSettings {
  /** The chat's mode (its default when unset, or when the store cannot be read). */
  modeOf(chat: ChatRef, place: ListenPlace): Promise<ListenMode>;
  /** Stores a moderator's choice; false when the store could not keep it (nothing changed). */
  set(chat: ChatRef, mode: ListenMode, by: string | undefined): Promise<boolean>;
}

const keyOf = (chat: ChatRef) => `${chat.platform}:${chat.chatId}`;

/** The chats' listening settings over the conversation's store, with a per-instance cache of `cacheMs`. */
export function createListenSettings(deps: ConversationDeps, options: ListenSettingsOptions = {}): ListenSettings {
  const cacheMs = options.cacheMs ?? LISTEN_CACHE_MS;
  // Bounded by count (lru-cache); freshness checked against the conversation's clock, so tests can move time.
  const cache = new LRUCache<string, { value: string | null; at: number }>({ max: options.maxChats ?? LISTEN_CACHE_MAX_CHATS });
  return {
    async modeOf(chat, place) {
      const key = keyOf(chat);
      const known = cache.get(key);
      if (known && deps.now() - known.at < cacheMs) return listenModeOf(known.value ?? undefined, place);
      // The store down: the default, remembered for the same short time, so that a busy chat does not retry per message.
      const value = await surviveStoreOutage(deps, 'chatSetting', () => deps.store.chatSetting(chat, LISTEN_SETTING), undefined);
      cache.set(key, { value: value ?? null, at: deps.now() });
      return listenModeOf(value, place);
    },
    async set(chat, mode, by) {
      try {
        await deps.store.setChatSetting({ ...chat, name: LISTEN_SETTING, value: mode, updatedBy: by, updatedAt: deps.now() });
      } catch (error) {
        deps.metrics?.storeFailed('setChatSetting');
        deps.log.warn({ err: error, what: 'setChatSetting' }, 'chat setting not stored');
        return false;
      }
      cache.set(keyOf(chat), { value: mode, at: deps.now() });
      return true;
    },
  };
}
