import { LRUCache } from 'lru-cache';
import type { ChatMember } from 'telegraf/types';
import type { CallApi } from './call-api.js';

/** Options of createChatRights. */
export interface ChatRightsOptions {
  /** How long a member's rights are trusted before asking Telegram again, in ms. Default 60,000. */
  cacheMs?: number;
  /** Members (chat, user) whose rights are kept at once; the least recently used go first. Default 10,000. */
  maxEntries?: number;
  /** The clock. Default Date.now. */
  now?: () => number;
}

/** Defaults of ChatRightsOptions. */
export const DEFAULT_CHAT_RIGHTS_OPTIONS: Required<ChatRightsOptions> = { cacheMs: 60_000, maxEntries: 10_000, now: Date.now };

/** Whether the bot may pin: yes, no, or unknown (Telegram would not say; then the pin is simply tried). */
export type BotPinRight = 'yes' | 'no' | 'unknown';

/** Who may pin in a chat, asked of Telegram (getChatMember) at click time, with a brief cache. */
export interface ChatRights {
  /** Members whose rights are cached now (at most maxEntries). */
  readonly cached: number;
  /** Creator, or administrator with can_pin_messages. */
  isModerator(chatId: number, userId: number): Promise<boolean>;
  /** Whether the bot itself is an administrator allowed to pin. */
  botCanPin(chatId: number, botId: number): Promise<BotPinRight>;
  /** Forgets what is cached about a chat (the bot's own rights changed, the group migrated). */
  forgetChat(chatId: number): void;
}

/** True for the creator and for administrators with can_pin_messages. https://core.telegram.org/bots/api#chatmember */
export function memberMayPin(member: ChatMember): boolean {
  if (member.status === 'creator') return true;
  return member.status === 'administrator' && member.can_pin_messages === true;
}

/**
 * Rights read with getChatMember. Members' answers are cached for `cacheMs` (both yes and no, so a crowd pressing 📌
 * costs one call each); the bot's own rights are asked every time (pins are rare), so a moderator who just granted
 * or revoked the right sees it at once.
 */
export function createChatRights(api: CallApi, options: ChatRightsOptions = {}): ChatRights {
  const { cacheMs, maxEntries, now } = { ...DEFAULT_CHAT_RIGHTS_OPTIONS, ...options };
  // Bounded both ways (lru-cache): by age (TTL) and by count (least recently used out), however many members press.
  const cache = new LRUCache<string, { member: ChatMember; at: number; chatId: number }>({ max: maxEntries });

  async function member(chatId: number, userId: number): Promise<ChatMember> {
    const key = `${chatId}:${userId}`;
    const known = cache.get(key);
    if (known && now() - known.at < cacheMs) return known.member;
    const fresh = await api('getChatMember', { chat_id: chatId, user_id: userId });
    cache.set(key, { member: fresh, at: now(), chatId });
    return fresh;
  }

  return {
    get cached() {
      return cache.size;
    },
    async isModerator(chatId, userId) {
      try {
        return memberMayPin(await member(chatId, userId));
      } catch {
        return false;
      }
    },
    async botCanPin(chatId, botId) {
      try {
        const me = await api('getChatMember', { chat_id: chatId, user_id: botId });
        return me.status === 'administrator' && me.can_pin_messages !== false ? 'yes' : 'no';
      } catch {
        return 'unknown';
      }
    },
    forgetChat(chatId) {
      for (const [key, entry] of cache.entries()) if (entry.chatId === chatId) cache.delete(key);
    },
  };
}
