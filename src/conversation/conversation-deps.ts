import type { Logger } from '../log.js';
import type { Sanad } from '../sanad.js';
import type { Platform, Store } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';

/** What every use case works with: the core, the one store (opened at start-up), a log, a clock. */
export interface ConversationDeps {
  sanad: Sanad;
  store: Store;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
  now: () => number;
  /** Longest wait for one store call before carrying on without it, in ms. Default STORE_CALL_DEADLINE_MS. */
  storeDeadlineMs?: number;
  /** This process among the instances sharing the store (event claims name it). Default: random per conversation. */
  instanceId?: string;
}

/** Who asks and where, as plain values an adapter takes from its platform's input. */
export interface ChatRequest {
  platform: Platform;
  /** The chat (a Telegram chat, a Discord channel) whose records the request reads and writes. */
  chatId: string;
  /** The user, as the platform names them (an anonymous admin: the chat's own id). */
  userId?: string;
  /** The user's language as the platform reports it (Telegram's language_code, Discord's locale), if the bot speaks it. */
  userLanguage?: UiLanguage;
  /** Links a message of this chat, where the platform has such links (pinned answers, the digest). */
  messageLink?: (messageId: string) => string | undefined;
}

/** The store's reference to the request's chat. */
export function chatOf(request: Pick<ChatRequest, 'platform' | 'chatId'>) {
  return { platform: request.platform, chatId: request.chatId };
}
