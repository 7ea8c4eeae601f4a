import { LRUCache } from 'lru-cache';
import type { Update } from 'telegraf/types';
import { replyText, truncateText, type Reply } from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { FloodWaitTooLongError } from './flood.js';
import { replyPlaceOf, requestOf, send, type HandlerDeps } from './handlers.js';
import { TELEGRAM_CALLBACK_ANSWER_MAX_CHARS } from './limits.js';

/** Options of createApologies. */
export interface ApologyOptions {
  /** Least time between two apologies (or "too many at once" notices) in one chat, in ms. Default 60,000. */
  intervalMs?: number;
}

/** What telling a user about a failure needs: the handlers' deps and a patient Bot API (waits out a long 429). */
export type ApologyDeps = Pick<HandlerDeps, 'api' | 'conversation' | 'logger'> & { patient: CallApi };

/** Why an update got no proper answer. */
export type FailureKind = 'failed' | 'overflow';

/** Tells users, briefly, that their update got no proper answer. */
export interface Apologies {
  /** One short reply for a failed or refused update: a button press is always answered; a chat hears at most one a minute. */
  tell(update: Update, why: FailureKind, error?: unknown): Promise<void>;
}

/** The chat an update came from, for the apology's rate limit. */
function chatOf(update: Update): number | undefined {
  if ('message' in update) return update.message.chat.id;
  if ('callback_query' in update) return update.callback_query.message?.chat.id ?? update.callback_query.from.id;
  return undefined;
}

/**
 * Apologies per update kind. A question gets a reply under it (the apology, or "too many questions, try again in N s"
 * when Telegram asked to wait or the chat's queue was full; that one is sent once the wait is over); a button press
 * gets its answerCallbackQuery whatever happened, so no spinner is left turning; an inline query an empty list.
 */
export function createApologies(deps: ApologyDeps, options: ApologyOptions = {}): Apologies {
  const recent = new LRUCache<number, true>({ max: 10_000, ttl: options.intervalMs ?? 60_000 });
  const { conversation } = deps;
  const replyFor = (request: Parameters<typeof conversation.notice>[0], why: FailureKind, error: unknown): Reply => {
    if (error instanceof FloodWaitTooLongError) return conversation.rateLimited(request, error.retryAfterSeconds);
    return why === 'overflow' ? conversation.rateLimited(request, 60) : conversation.notice(request, 'apology');
  };
  return {
    async tell(update, why, error) {
      if ('callback_query' in update) {
        const query = update.callback_query;
        const request = requestOf(query.message?.chat ?? { id: query.from.id }, query.from.id, query.from.language_code);
        const reply = replyFor(request, why, error);
        // Already answered (the failure came later): Telegram refuses a second answer, harmlessly.
        await deps.api('answerCallbackQuery', { callback_query_id: query.id, text: truncateText(replyText(reply), TELEGRAM_CALLBACK_ANSWER_MAX_CHARS), show_alert: true })
          .catch((e: unknown) => deps.logger.debug({ err: e }, 'button press not answered'));
        return;
      }
      if ('inline_query' in update) {
        await deps.api('answerInlineQuery', { inline_query_id: update.inline_query.id, results: [], cache_time: 0, is_personal: true });
        return;
      }
      const chatId = chatOf(update);
      if (!('message' in update) || chatId === undefined || recent.has(chatId)) return;
      recent.set(chatId, true);
      const { message } = update;
      const reply = replyFor(requestOf(message.chat, message.from?.id, message.from?.language_code), why, error);
      // A chat Telegram holds back gets the notice once the wait is over (`patient`), in its turn.
      await send({ ...deps, api: error instanceof FloodWaitTooLongError ? deps.patient : deps.api }, replyPlaceOf(message), reply, async () => undefined);
    },
  };
}
