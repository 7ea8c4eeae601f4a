import type { Logger } from '../log.js';
import type { ConversationMetrics } from './conversation-deps.js';

/**
 * Longest a use case waits for one store call before carrying on without it, in ms: a database that stops
 * answering (frozen, unreachable behind a silent network) must not hold an answer back.
 */
export const STORE_CALL_DEADLINE_MS = 3_000;
/** After a store call outlived its deadline, store calls are skipped (their fallbacks used at once) this long, in ms. */
export const STORE_PAUSE_AFTER_DEADLINE_MS = 5_000;

/** Thrown in place of a store call that outlived its deadline (it keeps running, and its result is dropped). */
export class StoreDeadlineError extends Error {
  override name = 'StoreDeadlineError';
}

/** Settles as `call` does, or rejects with StoreDeadlineError after `ms`. */
export function withDeadline<T>(call: () => Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreDeadlineError(`${what}: no answer from the store within ${ms} ms`)), ms);
  });
  const running = Promise.resolve().then(call);
  running.catch(() => undefined); // once late, its own failure is no one's concern
  return Promise.race([running, late]).finally(() => clearTimeout(timer));
}

/**
 * The store-outage policy, the one place it is decided: a store call that fails, or does not answer within the
 * deadline (STORE_CALL_DEADLINE_MS), is logged and replaced by `fallback`, and the use case carries on. An answer is
 * still given (without what needs the store: its votes, a pinned answer, the ➕ and 🔎 buttons), and nothing is said
 * about the outage, which the user cannot act on. Use cases that exist only for the store (a vote, the pinned list,
 * the digest) turn the fallback into a reply asking to try again later. Nothing needs resetting when the store is
 * back: the next call simply succeeds.
 */
export async function surviveStoreOutage<T>(
  deps: { log: Pick<Logger, 'warn'>; storeDeadlineMs?: number; store?: object; metrics?: Pick<ConversationMetrics, 'storeFailed'> }, what: string, call: () => Promise<T>, fallback: T,
): Promise<T> {
  // A store that stopped answering is not waited for again at every step of every answer: for a few seconds its
  // calls are skipped, then tried again (so it recovers by itself). Quick failures pause nothing.
  const key = deps.store ?? deps;
  if ((pausedUntil.get(key) ?? 0) > Date.now()) return fallback;
  try {
    return await withDeadline(call, deps.storeDeadlineMs ?? STORE_CALL_DEADLINE_MS, what);
  } catch (error) {
    if (error instanceof StoreDeadlineError) pausedUntil.set(key, Date.now() + STORE_PAUSE_AFTER_DEADLINE_MS);
    deps.metrics?.storeFailed(what);
    deps.log.warn({ err: error, what }, 'store call failed; carrying on without it');
    return fallback;
  }
}

/** Per store: until when its calls are skipped after one outlived its deadline. */
const pausedUntil = new WeakMap<object, number>();
