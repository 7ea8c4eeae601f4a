import { forwardTo } from './store-methods.js';
import type { ChatRef, PinnedAnswer, Store } from './store.js';

/** How long a chat's pinned answers are reused before they are read again. */
export const PIN_CACHE_MS = 2_000;

/** Chats whose pinned answers are kept at once; the least recently read are dropped first. */
const PIN_CACHE_CHATS = 10_000;

/**
 * A Store whose pinnedAnswers are read at most once per chat every `ttlMs`: every question looks for a curated
 * answer, and most chats have no pins, so the same empty read would otherwise run for each message of a busy chat.
 * Pins and unpins made through this store show at once; those made by another instance sharing the database show
 * within `ttlMs`.
 */
export function withPinCache(store: Store, ttlMs = PIN_CACHE_MS, now: () => number = Date.now): Store {
  const cache = new Map<string, { at: number; limit: number; pinned: Promise<PinnedAnswer[]> }>();
  const keyOf = (chat: ChatRef) => `${chat.platform}\u0000${chat.chatId}`;
  const forget = (chat: ChatRef) => void cache.delete(keyOf(chat));
  return {
    ...forwardTo(() => store),
    pinnedAnswers(chat, limit) {
      const key = keyOf(chat);
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs && hit.limit >= limit) return hit.pinned.then((p) => p.slice(0, limit));
      const pinned = store.pinnedAnswers(chat, limit);
      cache.delete(key);
      cache.set(key, { at: now(), limit, pinned });
      if (cache.size > PIN_CACHE_CHATS) cache.delete(cache.keys().next().value!);
      pinned.catch(() => cache.get(key)?.pinned === pinned && cache.delete(key));
      return pinned;
    },
    async recordPin(pin) {
      await store.recordPin(pin);
      forget(pin);
    },
    async recordUnpin(chat, messageId, at) {
      const changed = await store.recordUnpin(chat, messageId, at);
      forget(chat);
      return changed;
    },
    async migrateChat(platform, fromChatId, toChatId) {
      await store.migrateChat(platform, fromChatId, toChatId);
      forget({ platform, chatId: fromChatId });
      forget({ platform, chatId: toChatId });
    },
    async prune(before) {
      const deleted = await store.prune(before);
      cache.clear();
      return deleted;
    },
  };
}
