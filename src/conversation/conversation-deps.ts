import type { DocumentLibrary } from '../documents/document-library.js';
import type { Logger } from '../log.js';
import type { Sanad, SearchTimings } from '../sanad.js';
import type { Platform, Store } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import type { DocumentReader } from './documents-reader.js';

/** Why a question was declined: as given it could not be asked (empty, no words, too long), or the documents do not answer it. */
export type DeclineReason = 'empty' | 'no_words' | 'too_long' | 'small_talk' | 'too_broad' | 'not_found';

/** What the conversation reports for the operator's metrics (src/ops/metrics.ts counts them); plain calls, no library. */
export interface ConversationMetrics {
  questionAsked(platform: Platform): void;
  answered(platform: Platform): void;
  declined(platform: Platform, reason: DeclineReason): void;
  /** A pinned answer was given instead of a fresh search. */
  curatedAnswered(platform: Platform): void;
  searched(timings: SearchTimings): void;
  /** A store call failed (the store-outage policy carried on without it). */
  storeFailed(operation: string): void;
}

/** What every use case works with: the core, the one store (opened at start-up), a log, a clock, and optionally metrics. */
export interface ConversationDeps {
  sanad: Sanad;
  store: Store;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
  now: () => number;
  /** Longest wait for one store call before carrying on without it, in ms. Default STORE_CALL_DEADLINE_MS. */
  storeDeadlineMs?: number;
  /** This process among the instances sharing the store (event claims name it). Default: random per conversation. */
  instanceId?: string;
  metrics?: ConversationMetrics;
  /** How long a chat's listening setting is trusted from memory, in ms. Default LISTEN_CACHE_MS (src/conversation/chat-settings.ts). */
  listenCacheMs?: number;
  /** The live collection maintainers add to and remove from. Without it (or the reader) adding says it is not available. */
  library?: DocumentLibrary;
  /** Reads an upload or a link into a document. */
  reader?: DocumentReader;
  /** Who may add and remove documents: `platform:userId` entries (SANAD_MAINTAINERS). Default: nobody. */
  maintainers?: readonly string[];
  /** Largest upload downloaded at all, in bytes (the reader applies its own, usually smaller, limit). Default MAX_UPLOAD_BYTES. */
  maxUploadBytes?: number;
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
