import Bottleneck from 'bottleneck';
import type { CallApi } from './call-api.js';
import {
  TELEGRAM_CHAT_MESSAGES_PER_SECOND, TELEGRAM_GLOBAL_MESSAGES_PER_SECOND, TELEGRAM_GROUP_MESSAGES_PER_MINUTE,
} from './limits.js';
import { toPlatformError } from './platform-error.js';

/** Options of createFloodControl. */
export interface FloodOptions {
  /** Least time between two messages to one chat, in ms. Default 1000 (about 1 message a second per chat). */
  chatMinTimeMs?: number;
  /** Messages to one group per minute. Default 20. */
  groupMessagesPerMinute?: number;
  /** Messages in all per second. Default 30. */
  globalMessagesPerSecond?: number;
  /** Retries of one call after a 429 or a group→supergroup migration. Default 3. */
  maxRetries?: number;
  /** Longest retry_after waited out, in seconds; a longer one fails the call. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Waits `ms` milliseconds; replaceable so tests need not sleep. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry (for the log). */
  onRetry?: (info: { method: string; retryAfterSeconds?: number; migrateToChatId?: number }) => void;
}

/** Defaults of FloodOptions, from Telegram's published limits. */
export const DEFAULT_FLOOD_OPTIONS: Required<FloodOptions> = {
  chatMinTimeMs: 1000 / TELEGRAM_CHAT_MESSAGES_PER_SECOND,
  groupMessagesPerMinute: TELEGRAM_GROUP_MESSAGES_PER_MINUTE,
  globalMessagesPerSecond: TELEGRAM_GLOBAL_MESSAGES_PER_SECOND,
  maxRetries: 3,
  maxRetryAfterSeconds: 60,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onRetry: () => {},
};

/** A CallApi that keeps within the flood limits, and a way to stop its timers. */
export interface FloodControl {
  api: CallApi;
  stop(): Promise<void>;
}

/** Methods that post or change a message: these count against the flood limits. */
const MESSAGE_METHOD = /^(send|edit|copy|forward)/;

/**
 * Wraps a CallApi so outgoing messages respect Telegram's flood limits (per chat, per group, overall; Bottleneck
 * queues them), a 429 is waited out for its `retry_after` and retried, and a message to a group that became a
 * supergroup is resent to its new id. https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 */
export function createFloodControl(call: CallApi, options: FloodOptions = {}): FloodControl {
  const o = { ...DEFAULT_FLOOD_OPTIONS, ...options };
  const perSecond = o.globalMessagesPerSecond;
  const global = new Bottleneck({ reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000 });
  const perMinute = o.groupMessagesPerMinute;
  const chats = new Bottleneck.Group({ maxConcurrent: 1, minTime: o.chatMinTimeMs });
  const groups = new Bottleneck.Group({
    maxConcurrent: 1, minTime: o.chatMinTimeMs, reservoir: perMinute, reservoirRefreshAmount: perMinute, reservoirRefreshInterval: 60_000,
  });
  for (const group of [chats, groups]) group.on('created', (limiter: Bottleneck) => limiter.chain(global));

  const schedule = <T>(method: string, chatId: unknown, job: () => Promise<T>): Promise<T> => {
    if (!MESSAGE_METHOD.test(method) || chatId === undefined) return job();
    const isGroup = typeof chatId === 'string' || (typeof chatId === 'number' && chatId < 0);
    return (isGroup ? groups : chats).key(String(chatId)).schedule(job);
  };

  const api: CallApi = async (method, payload) => {
    let current = payload;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await schedule(method, (current as { chat_id?: unknown }).chat_id, () => call(method, current));
      } catch (raw) {
        const error = toPlatformError(raw, method);
        const { retryAfterSeconds, migrateToChatId } = error.details;
        if (attempt >= o.maxRetries) throw error;
        if (retryAfterSeconds !== undefined && retryAfterSeconds <= o.maxRetryAfterSeconds) {
          o.onRetry({ method, retryAfterSeconds });
          await o.sleep(retryAfterSeconds * 1000);
        } else if (migrateToChatId !== undefined && 'chat_id' in current) {
          o.onRetry({ method, migrateToChatId });
          current = { ...current, chat_id: migrateToChatId };
        } else {
          throw error;
        }
      }
    }
  };

  return {
    api,
    async stop() {
      const limiters = [global, ...[chats, groups].flatMap((g) => g.limiters().map((l) => l.limiter))];
      await Promise.all(limiters.map((l) => l.disconnect(false).catch(() => {})));
    },
  };
}
