import { memoryRateLimiter, rateCounter } from '../store/rate-limits.js';
import type { RateLimit, RateVerdict } from '../store/store.js';
import type { ConversationDeps } from './conversation-deps.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/**
 * Counts one attempt against a limit in the store (shared by every instance on PostgreSQL); while the store fails,
 * this process counts alone in memory (logged), so limits still hold per instance and nobody is refused for it.
 */
export function rateChecker(deps: ConversationDeps): (limit: RateLimit, key: string) => Promise<RateVerdict> {
  const inMemory = rateCounter(memoryRateLimiter);
  return async (limit, key) => {
    const verdict = await surviveStoreOutage<RateVerdict | undefined>(deps, 'consumeRate', () => deps.store.consumeRate(limit, key), undefined);
    return verdict ?? inMemory(limit, key);
  };
}
