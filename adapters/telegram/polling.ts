import type { Telegraf } from 'telegraf';
import type { Logger } from '../../src/index.js';
import { ALLOWED_UPDATES } from './handlers.js';
import { toPlatformError } from './platform-error.js';

/** A running way of receiving updates. */
export interface UpdateSource {
  stop(reason?: string): Promise<void>;
  /** Whether updates still arrive (long polling has not ended). Default: while not stopped. */
  running?(): boolean;
}

/**
 * Starts long polling and resolves once polling has begun (its first getUpdates). telegraf 4.16's `launch()` only
 * settles when polling ends, so it is watched, not awaited; a polling failure after start is logged.
 */
export async function startPolling(bot: Telegraf, logger: Logger): Promise<UpdateSource> {
  const client = bot.telegram;
  const callApi = client.callApi.bind(client);
  let running: Promise<void> = Promise.resolve();
  let ended = false;
  await new Promise<void>((resolve, reject) => {
    client.callApi = ((method, payload, options) => {
      if (method === 'getUpdates') resolve();
      return callApi(method, payload, options);
    }) as typeof client.callApi;
    running = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
      () => logger.info('Telegram long polling stopped'),
      (error: unknown) => {
        const failure = toPlatformError(error, (error as { on?: { method?: string } }).on?.method ?? 'getUpdates');
        reject(failure);
        logger.error({ error: { type: failure.name, message: failure.message } }, 'Telegram long polling failed');
      },
    );
  });
  void running.finally(() => {
    ended = true;
  });
  logger.info({ bot: bot.botInfo?.username }, 'Telegram bot started (long polling)');
  return {
    running: () => !ended,
    async stop(reason = 'stop') {
      try {
        bot.stop(reason);
      } catch {
        // Polling had already ended (it failed and was logged).
      }
      await running;
    },
  };
}
