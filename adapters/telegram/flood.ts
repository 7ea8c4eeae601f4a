import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
  onRetry?: (info: { method: string; retryAfterSeconds?: number; migrateToChatId?: number; chatId?: number | string }) => void;
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

/** A stopped FloodControl refuses calls still waiting for their turn. */
export class FloodStoppedError extends Error {
  override name = 'FloodStoppedError';
}

/** A counter of `points` per `ms` (rate-limiter-flexible, in memory), or none when the limit is off. */
function windowLimiter(points: number, ms: number): RateLimiterMemory | undefined {
  if (!(ms > 0) || !Number.isFinite(points) || points >= 1e6) return undefined;
  return new RateLimiterMemory({ points, duration: ms / 1000 });
}

/**
 * Wraps a CallApi so outgoing messages respect Telegram's flood limits (per chat, per group, overall), a 429 is
 * waited out for its `retry_after` and retried, and a message to a group that became a supergroup is resent to its
 * new id. https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 *
 * Messages to one chat go out one at a time, in order. A message under every limit goes out at once, with no timer
 * (a queue library's scheduling tick cost five times the answer itself under load); one over a limit waits exactly
 * until the window frees.
 */
export function createFloodControl(call: CallApi, options: FloodOptions = {}): FloodControl {
  const o = { ...DEFAULT_FLOOD_OPTIONS, ...options };
  const perChat = windowLimiter(1, o.chatMinTimeMs);
  const perGroup = windowLimiter(o.groupMessagesPerMinute, 60_000);
  const overall = windowLimiter(o.globalMessagesPerSecond, 1000);
  const tails = new Map<string, Promise<unknown>>();
  const timers = new Set<{ timer: NodeJS.Timeout; reject: (e: Error) => void }>();
  let stopped = false;

  const wait = (ms: number) => new Promise<void>((resolve, reject) => {
    const entry = { timer: setTimeout(() => { timers.delete(entry); resolve(); }, ms), reject };
    timers.add(entry);
  });
  /** Takes one point from a limiter, waiting for its window to free when it has none. */
  const take = async (limiter: RateLimiterMemory | undefined, key: string): Promise<void> => {
    while (limiter) {
      if (stopped) throw new FloodStoppedError('flood control stopped');
      try {
        await limiter.consume(key);
        return;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        await wait(Math.max(1, refusal.msBeforeNext));
      }
    }
  };
  /** Runs jobs of one key one after another, in the order they came. */
  const inOrder = <T>(key: string, job: () => Promise<T>): Promise<T> => {
    const before = tails.get(key);
    const run = before ? before.then(job, job) : job();
    const tail = run.catch(() => {});
    tails.set(key, tail);
    void tail.then(() => { if (tails.get(key) === tail) tails.delete(key); });
    return run;
  };

  const schedule = <T>(method: string, chatId: unknown, job: () => Promise<T>): Promise<T> => {
    if (!MESSAGE_METHOD.test(method) || chatId === undefined) return job();
    const key = String(chatId);
    const isGroup = typeof chatId === 'string' || (typeof chatId === 'number' && chatId < 0);
    return inOrder(key, async () => {
      await take(perChat, key);
      if (isGroup) await take(perGroup, key);
      await take(overall, 'all');
      return job();
    });
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
          o.onRetry({ method, migrateToChatId, chatId: (current as { chat_id?: number | string }).chat_id });
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
      stopped = true;
      for (const { timer, reject } of timers) {
        clearTimeout(timer);
        reject(new FloodStoppedError('flood control stopped'));
      }
      timers.clear();
      await Promise.all([...tails.values()]);
    },
  };
}
