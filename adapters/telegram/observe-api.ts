import type { PlatformMetrics } from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { PlatformError } from './platform-error.js';

/** Bot API methods that send or update what the user sees: their time is the sending latency. */
const SENDING_METHODS: ReadonlySet<string> = new Set(['sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'answerInlineQuery', 'answerCallbackQuery']);

/** Telegram's "Too Many Requests" (https://core.telegram.org/bots/api#making-requests). */
const TOO_MANY_REQUESTS = 429;

/**
 * The Bot API as the handlers see it, timing every call that sends (sendMessage, edits, answers) and counting
 * every 429, for the operator's metrics. Results and errors pass through unchanged.
 */
export function observeApi(api: CallApi, metrics: PlatformMetrics): CallApi {
  return (async (method, payload) => {
    const started = performance.now();
    try {
      return await api(method, payload);
    } catch (error) {
      if (error instanceof PlatformError && error.code === TOO_MANY_REQUESTS) metrics.platformRateLimited('telegram');
      throw error;
    } finally {
      if (SENDING_METHODS.has(method)) metrics.sent('telegram', (performance.now() - started) / 1000);
    }
  }) as CallApi;
}
