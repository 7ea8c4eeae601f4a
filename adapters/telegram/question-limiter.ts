import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Options of createQuestionLimiter. */
export interface QuestionLimiterOptions {
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

/** Per-user and per-chat question limits, in memory. */
export interface QuestionLimiter {
  /** Counts a question of `userKey` in `chatKey`. */
  check(userKey: number, chatKey: number): Promise<QuestionVerdict>;
  /** Counts an inline query of `userKey`. */
  checkInline(userKey: number): Promise<QuestionVerdict>;
}

async function consume(limiter: RateLimiterMemory, key: number): Promise<QuestionVerdict> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
      notify: refusal.consumedPoints === limiter.points + 1,
    };
  }
}

/** Limits questions per user and per chat over a rolling minute (rate-limiter-flexible, in memory). */
export function createQuestionLimiter(options: QuestionLimiterOptions): QuestionLimiter {
  const users = new RateLimiterMemory({ keyPrefix: 'user', points: options.userPerMinute, duration: 60 });
  const chats = new RateLimiterMemory({ keyPrefix: 'chat', points: options.chatPerMinute, duration: 60 });
  const inline = new RateLimiterMemory({ keyPrefix: 'inline', points: options.inlinePerMinute ?? options.userPerMinute * 6, duration: 60 });
  return {
    async check(userKey, chatKey) {
      const byUser = await consume(users, userKey);
      if (!byUser.allowed) return byUser;
      return userKey === chatKey ? byUser : consume(chats, chatKey);
    },
    checkInline: (userKey) => consume(inline, userKey),
  };
}
