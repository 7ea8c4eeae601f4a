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
  /**
   * Longest wait for a chat's 429 (retry_after) an answer may sit through, in seconds; a longer one fails the call
   * with FloodWaitTooLongError at once (the caller tells the user when to ask again). Default 30.
   */
  maxRetryAfterSeconds?: number;
  /** Waits `ms` milliseconds; replaceable so tests need not sleep. Default setTimeout (stopped by stop()). */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry (for the log). */
  onRetry?: (info: { method: string; retryAfterSeconds?: number; migrateToChatId?: number; chatId?: number | string }) => void;
}

/** Defaults of FloodOptions, from Telegram's published limits. */
export const DEFAULT_FLOOD_OPTIONS: Required<Omit<FloodOptions, 'sleep'>> = {
  chatMinTimeMs: 1000 / TELEGRAM_CHAT_MESSAGES_PER_SECOND,
  groupMessagesPerMinute: TELEGRAM_GROUP_MESSAGES_PER_MINUTE,
  globalMessagesPerSecond: TELEGRAM_GLOBAL_MESSAGES_PER_SECOND,
  maxRetries: 3,
  maxRetryAfterSeconds: 30,
  onRetry: () => {},
};

/** Longest any message waits for its chat, even a patient one (a notice sent once a long 429 is over). */
const PATIENT_MAX_WAIT_MS = 60 * 60 * 1000;

/** A CallApi that keeps within the flood limits; `patient` also waits out a long 429 (for a notice sent once it ends). */
export interface FloodControl {
  api: CallApi;
  patient: CallApi;
  /** Refuses every call still waiting for its turn (FloodStoppedError) and takes no more; calls already sent run on. */
  stop(): void;
}

/** Methods that post or change a message: these count against the flood limits. */
const MESSAGE_METHOD = /^(send|edit|copy|forward)/;

/** A stopped FloodControl refuses calls still waiting for their turn. */
export class FloodStoppedError extends Error {
  override name = 'FloodStoppedError';
}

/**
 * Telegram asked to wait longer than FloodOptions.maxRetryAfterSeconds before writing to a chat: the message was not
 * sent. `retryAfterSeconds` says when the chat can be written to again.
 */
export class FloodWaitTooLongError extends Error {
  override name = 'FloodWaitTooLongError';
  constructor(readonly chatId: number | string, readonly retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(`Telegram asks to wait ${retryAfterSeconds} s before writing to chat ${chatId}`, options);
  }
}

/** A counter of `points` per `ms` (rate-limiter-flexible, in memory), or none when the limit is off. */
function windowLimiter(points: number, ms: number): RateLimiterMemory | undefined {
  if (!(ms > 0) || !Number.isFinite(points) || points >= 1e6) return undefined;
  return new RateLimiterMemory({ points, duration: ms / 1000 });
}

/**
 * Wraps a CallApi so outgoing messages respect Telegram's flood limits (per chat, per group, overall), a 429 is
 * waited out and retried, and a message to a group that became a supergroup is resent to its new id.
 * https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 *
 * Messages to one chat go out one at a time, in order. A message under every limit goes out at once, with no timer;
 * one over a limit waits exactly until the window frees. A 429 blocks only its own chat: that chat's later messages
 * wait behind the retry (keeping their order), every other chat goes on. A wait longer than maxRetryAfterSeconds is
 * not sat through: the call (and the chat's next ones, until the wait is over) fail with FloodWaitTooLongError.
 */
export function createFloodControl(call: CallApi, options: FloodOptions = {}): FloodControl {
  const o = { ...DEFAULT_FLOOD_OPTIONS, ...options };
  const perChat = windowLimiter(1, o.chatMinTimeMs);
  const perGroup = windowLimiter(o.groupMessagesPerMinute, 60_000);
  const overall = windowLimiter(o.globalMessagesPerSecond, 1000);
  const tails = new Map<string, Promise<unknown>>();
  /** Per chat: until when Telegram asked not to write to it (epoch ms). */
  const blockedUntil = new Map<string, number>();
  const timers = new Set<{ timer: NodeJS.Timeout; reject: (e: Error) => void }>();
  let stopped = false;

  const wait = options.sleep ?? ((ms: number) => new Promise<void>((resolve, reject) => {
    if (stopped) return reject(new FloodStoppedError('flood control stopped'));
    const entry = { timer: setTimeout(() => { timers.delete(entry); resolve(); }, ms), reject };
    timers.add(entry);
  }));
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
  /** Waits while the chat is blocked by a 429; a wait past the limit fails instead (unless patient). */
  const waitForChat = async (chatId: number | string, patient: boolean) => {
    const key = String(chatId);
    const ms = (blockedUntil.get(key) ?? 0) - Date.now();
    if (ms <= 0) return blockedUntil.delete(key);
    if (ms > (patient ? PATIENT_MAX_WAIT_MS : o.maxRetryAfterSeconds * 1000)) throw new FloodWaitTooLongError(chatId, Math.ceil(ms / 1000));
    await wait(ms);
  };

  /** One message call in its chat's turn, retried there after a 429. */
  const sendInTurn = (method: string, chatId: number | string, payload: object, patient: boolean) => {
    const key = String(chatId);
    const isGroup = typeof chatId === 'string' || chatId < 0;
    return inOrder(key, async () => {
      for (let attempt = 0; ; attempt += 1) {
        await waitForChat(chatId, patient);
        await take(perChat, key);
        if (isGroup) await take(perGroup, key);
        await take(overall, 'all');
        try {
          return await call(method as never, payload as never);
        } catch (raw) {
          const error = toPlatformError(raw, method);
          const seconds = error.details.retryAfterSeconds;
          if (seconds === undefined || attempt >= o.maxRetries) throw error;
          blockedUntil.set(key, Math.max(blockedUntil.get(key) ?? 0, Date.now() + seconds * 1000));
          o.onRetry({ method, retryAfterSeconds: seconds, chatId });
          if (!patient && seconds > o.maxRetryAfterSeconds) throw new FloodWaitTooLongError(chatId, seconds, { cause: error });
        }
      }
    });
  };

  const apiOf = (patient: boolean): CallApi => async (method, payload) => {
    let current = payload as { chat_id?: number | string };
    for (let attempt = 0; ; attempt += 1) {
      if (stopped) throw new FloodStoppedError('flood control stopped');
      const chatId = current.chat_id;
      try {
        if (MESSAGE_METHOD.test(method) && chatId !== undefined) return (await sendInTurn(method, chatId, current, patient)) as never;
        return await call(method, current as never);
      } catch (raw) {
        if (raw instanceof FloodWaitTooLongError || raw instanceof FloodStoppedError) throw raw;
        const error = toPlatformError(raw, method);
        const { retryAfterSeconds, migrateToChatId } = error.details;
        if (attempt >= o.maxRetries) throw error;
        if (migrateToChatId !== undefined && chatId !== undefined) {
          // A message sent to a group that became a supergroup: resent to its new id.
          o.onRetry({ method, migrateToChatId, chatId });
          current = { ...current, chat_id: migrateToChatId };
        } else if (retryAfterSeconds !== undefined && retryAfterSeconds <= o.maxRetryAfterSeconds && !MESSAGE_METHOD.test(method)) {
          o.onRetry({ method, retryAfterSeconds });
          await wait(retryAfterSeconds * 1000);
        } else {
          throw error;
        }
      }
    }
  };

  return {
    api: apiOf(false),
    patient: apiOf(true),
    stop() {
      stopped = true;
      for (const { timer, reject } of timers) {
        clearTimeout(timer);
        reject(new FloodStoppedError('flood control stopped'));
      }
      timers.clear();
    },
  };
}
