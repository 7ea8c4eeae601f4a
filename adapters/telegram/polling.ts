import { setTimeout as sleep } from 'node:timers/promises';
import type { Telegraf } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Dispatcher, Logger } from '../../src/index.js';
import { ALLOWED_UPDATES } from './handlers.js';
import { fatalErrorOf, toPlatformError, type PlatformFatalError } from './platform-error.js';

/** A running way of receiving updates. */
export interface UpdateSource {
  stop(reason?: string): Promise<void>;
  /** Rejects with a PlatformFatalError when updates can no longer come (never resolves otherwise). */
  failed: Promise<never>;
  /** Whether updates still arrive (long polling has not ended). Default: while not stopped. */
  running?(): boolean;
}

/** Options of startPolling. */
export interface PollingOptions {
  /** Seconds one getUpdates may wait for updates (long polling). Default 50. */
  timeoutSeconds?: number;
  /** Updates waiting or being answered above which no more are fetched until some are done. Default 1,000. */
  maxPending?: number;
  /** The wait before retry `attempt` (from 1) of a failed getUpdates, in ms. Default 0.5 s doubling to 30 s, with jitter. */
  backoffMs?: (attempt: number) => number;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);

/** A wait that ends early when `signal` aborts. */
const pause = (ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal }).catch(() => undefined);

/**
 * Long polling of our own (https://core.telegram.org/bots/api#getupdates): every update fetched is handed to the
 * dispatcher, which claims and queues it at once, so fetching never waits for answers (telegraf's loop awaited the
 * whole batch, so one busy chat held up every other). Network failures, 5xx and 429 are retried with backoff;
 * 401/404/409 end polling with a PlatformFatalError (`failed`). Resolves once the first getUpdates succeeded.
 */
export async function startPolling(bot: Telegraf, dispatcher: Dispatcher<Update>, logger: Logger, options: PollingOptions = {}): Promise<UpdateSource> {
  const client = bot.telegram;
  const abort = new AbortController();
  const backoff = options.backoffMs ?? defaultBackoff;
  const maxPending = options.maxPending ?? 1000;
  const call = async <T>(method: string, payload: object): Promise<T> => {
    try {
      return (await client.callApi(method as never, payload as never, { signal: abort.signal as never })) as T;
    } catch (error) {
      throw toPlatformError(error, method);
    }
  };
  let failNow!: (error: PlatformFatalError) => void;
  const failed = new Promise<never>((_, reject) => (failNow = reject));
  failed.catch(() => undefined); // a caller that never listens must not crash the process: stop() still works
  let started!: () => void;
  let startFailed!: (error: unknown) => void;
  const start = new Promise<void>((resolve, reject) => { started = resolve; startFailed = reject; });

  const loop = async () => {
    let offset = 0;
    for (let attempt = 0; !abort.signal.aborted;) {
      if (dispatcher.pending >= maxPending) {
        await pause(50, abort.signal);
        continue;
      }
      try {
        const updates = await call<Update[]>('getUpdates', { timeout: options.timeoutSeconds ?? 50, offset, allowed_updates: [...ALLOWED_UPDATES] });
        attempt = 0;
        started();
        const receipts = updates.map((update) => dispatcher.receive(update));
        if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
        await Promise.all(receipts.map((r) => r.accepted));
      } catch (raw) {
        if (abort.signal.aborted) break;
        const error = toPlatformError(raw, 'getUpdates');
        const fatal = fatalErrorOf(error);
        if (fatal) {
          logger.fatal({ err: fatal }, fatal.message);
          startFailed(fatal);
          failNow(fatal);
          return;
        }
        attempt += 1;
        const waitMs = error.details.retryAfterSeconds !== undefined ? error.details.retryAfterSeconds * 1000 : backoff(attempt);
        logger.warn({ err: error, attempt, waitMs: Math.round(waitMs) }, 'getUpdates failed; retrying');
        await pause(waitMs, abort.signal);
      }
    }
    // Confirms what was fetched, so that a restart is not sent it again (claims would skip it anyway).
    await Promise.race([call('getUpdates', { offset, limit: 1, timeout: 0 }).catch(() => undefined), pause(2000, new AbortController().signal)]);
  };

  bot.botInfo ??= await call<UserFromGetMe>('getMe', {}).catch((raw: unknown) => {
    const error = toPlatformError(raw, 'getMe');
    throw fatalErrorOf(error) ?? error;
  });
  await call('deleteWebhook', { drop_pending_updates: false });
  let ended = false;
  const running = loop().finally(() => (ended = true));
  await start;
  logger.info({ bot: bot.botInfo?.username }, 'Telegram bot started (long polling)');
  return {
    failed,
    running: () => !ended,
    async stop() {
      abort.abort();
      await running;
    },
  };
}
