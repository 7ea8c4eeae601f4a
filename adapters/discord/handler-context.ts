import type { Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import type { Store } from '../../src/store/store.js';
import type { RecentQuestions } from './recent-questions.js';
import type { RenderedMessage } from './render.js';

/** What a handler wants sent: a rendered message or a short line, and whether only the user sees it. */
export interface Reply extends Partial<RenderedMessage> {
  content?: string;
  ephemeral: boolean;
}

/** What handlers work with: the core, the store, the recent questions. No discord.js objects. */
export interface HandlerContext {
  sanad: Sanad;
  /** Answers sent, pins, votes and unanswered questions (shared with the other adapters). */
  store: Store;
  recent: RecentQuestions;
  /** Told when a store call an answer can do without failed. */
  log: Pick<Logger, 'warn'>;
  /** Clock for the store's times. */
  now: () => number;
}

/**
 * Runs a store call the reply can do without (recording, the pinned-answer check); when it fails, logs it and gives
 * `fallback`, so a database outage costs the extras (votes, curated answers) but never the answer itself.
 */
export async function withFallback<T>(ctx: HandlerContext, what: string, call: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    ctx.log.warn({ err: error, what }, 'store call failed; answering without it');
    return fallback;
  }
}
