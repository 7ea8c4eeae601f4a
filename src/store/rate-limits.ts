import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimit, RateVerdict } from './store.js';

/** Makes the rate-limiter-flexible limiter of one limit. */
export type MakeRateLimiter = (limit: RateLimit) => RateLimiterAbstract;

/** A limiter in this process's memory (SQLite, tests, and the stand-in while PostgreSQL fails). */
export const memoryRateLimiter: MakeRateLimiter = (limit) =>
  new RateLimiterMemory({ keyPrefix: limit.name, points: limit.points, duration: limit.durationSeconds });

/**
 * Store.consumeRate over limiters made by `make`, one per distinct limit (made on first use). A refusal is a verdict,
 * not an error; a limiter that fails (its database down, with no stand-in) rejects.
 */
export function rateCounter(make: MakeRateLimiter): (limit: RateLimit, key: string) => Promise<RateVerdict> {
  const limiters = new Map<string, RateLimiterAbstract>();
  return async (limit, key) => {
    const id = `${limit.name}\u0000${limit.points}\u0000${limit.durationSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) limiters.set(id, (limiter = make(limit)));
    try {
      const counted = await limiter.consume(key);
      return { allowed: true, consumedPoints: counted.consumedPoints, msBeforeNext: counted.msBeforeNext };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, consumedPoints: refusal.consumedPoints, msBeforeNext: refusal.msBeforeNext };
    }
  };
}
