import type { Logger } from '../log.js';
import type { ConversationMetrics } from './conversation-deps.js';

/**
 * The store-outage policy, the one place it is decided: a store call that fails is logged and replaced by
 * `fallback`, and the use case carries on. An answer is still given (without what needs the store: its votes, a
 * pinned answer, the ➕ and 🔎 buttons), and nothing is said about the outage, which the user cannot act on. Use
 * cases that exist only for the store (a vote, the pinned list, the digest) turn the fallback into a reply asking
 * to try again later.
 */
export async function surviveStoreOutage<T>(
  deps: { log: Pick<Logger, 'warn'>; metrics?: Pick<ConversationMetrics, 'storeFailed'> }, what: string, call: () => Promise<T>, fallback: T,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    deps.metrics?.storeFailed(what);
    deps.log.warn({ err: error, what }, 'store call failed; carrying on without it');
    return fallback;
  }
}
