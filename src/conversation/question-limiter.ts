import type { RateLimit, RateVerdict } from '../store/store.js';

/** Options of createQuestionLimiter. */
export interface QuestionLimiterOptions {
  /** Prefix of the limits' names in the store, one per platform (`tg`: tg-user, tg-chat, tg-inline). */
  prefix: string;
  /** Questions one user may ask per minute (TELEGRAM_USER_QUESTIONS_PER_MINUTE). */
  userPerMinute: number;
  /** Questions one chat may ask per minute (TELEGRAM_CHAT_QUESTIONS_PER_MINUTE). */
  chatPerMinute: number;
  /** Inline queries one user may send per minute (they come with every keystroke). Default 6 × userPerMinute. */
  inlinePerMinute?: number;
}

/** The verdict on one question. */
export type QuestionVerdict =
  | { allowed: true }
  /** `notify` is true only for the first refusal in a window, so a flood of questions gets one reply, not many. */
  | { allowed: false; retryAfterSeconds: number; notify: boolean };

/** Per-user and per-chat question limits. */
export interface QuestionLimiter {
  /** Counts a question of `userKey` in `chatKey` (the same key for a private chat: counted once). */
  check(userKey: number | string, chatKey: number | string): Promise<QuestionVerdict>;
  /** Counts an inline query of `userKey`. */
  checkInline(userKey: number | string): Promise<QuestionVerdict>;
}

/** Counts one attempt against a limit (the conversation's checkRate: shared by every instance on PostgreSQL). */
export type CheckRate = (limit: RateLimit, key: string) => Promise<RateVerdict>;

const MINUTE_S = 60;

async function consume(checkRate: CheckRate, limit: RateLimit, key: number | string): Promise<QuestionVerdict> {
  const verdict = await checkRate(limit, String(key));
  if (verdict.allowed) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil(verdict.msBeforeNext / 1000)),
    // Counted atomically: exactly one refusal (on any instance) sees points + 1.
    notify: verdict.consumedPoints === limit.points + 1,
  };
}

/**
 * Limits questions per user and per chat over a rolling minute, counted in the store (rate-limiter-flexible): in
 * PostgreSQL the limits hold across every instance; with SQLite, or while the store fails, in memory.
 */
export function createQuestionLimiter(checkRate: CheckRate, options: QuestionLimiterOptions): QuestionLimiter {
  const users: RateLimit = { name: `${options.prefix}-user`, points: options.userPerMinute, durationSeconds: MINUTE_S };
  const chats: RateLimit = { name: `${options.prefix}-chat`, points: options.chatPerMinute, durationSeconds: MINUTE_S };
  const inline: RateLimit = { name: `${options.prefix}-inline`, points: options.inlinePerMinute ?? options.userPerMinute * 6, durationSeconds: MINUTE_S };
  return {
    async check(userKey, chatKey) {
      const byUser = await consume(checkRate, users, userKey);
      if (!byUser.allowed) return byUser;
      return String(userKey) === String(chatKey) ? byUser : consume(checkRate, chats, chatKey);
    },
    checkInline: (userKey) => consume(checkRate, inline, userKey),
  };
}
