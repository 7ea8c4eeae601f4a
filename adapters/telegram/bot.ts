import { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import { ConfigError, type Config } from '../../src/config.js';
import { redactSecrets, type Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import { lazyStore } from '../../src/store/lazy-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createCallApi, type CallApi } from './call-api.js';
import { registerCommands } from './commands.js';
import { createFloodControl, type FloodOptions } from './flood.js';
import { handleUpdate } from './handlers.js';
import { startPolling, type UpdateSource } from './polling.js';
import { createQuestionLimiter } from './question-limiter.js';
import { createChatRights, type ChatRightsOptions } from './rights.js';
import { deriveWebhookSecret, startWebhook } from './webhook.js';

/** Options of createTelegramBot. */
export interface TelegramBotOptions {
  token: string;
  /** Bot API root, e.g. https://api.telegram.org (TELEGRAM_API_ROOT). */
  apiRoot: string;
  /** Where durable state lives (SANAD_DATA_DIR): the SQLite store when no `store` is given. */
  dataDir: string;
  /** The store (answers, pins, votes, button keys); the caller closes it. Default: SQLite under dataDir, closed by close(). */
  store?: Store;
  userQuestionsPerMinute: number;
  chatQuestionsPerMinute: number;
  flood?: FloodOptions;
  rights?: ChatRightsOptions;
  /** Skips getMe when known (tests). */
  botInfo?: UserFromGetMe;
}

/** A wired bot: telegraf, the flood-limited Bot API, the store, and a way to release them. */
export interface TelegramBot {
  bot: Telegraf;
  api: CallApi;
  store: Store;
  close(): Promise<void>;
}

/** Wires telegraf to the handlers, with one error boundary: a failing update is logged (never the token), never fatal. */
export function createTelegramBot(sanad: Sanad, logger: Logger, options: TelegramBotOptions): TelegramBot {
  const bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false } });
  if (options.botInfo) bot.botInfo = options.botInfo;
  const flood = createFloodControl(createCallApi(bot.telegram), {
    ...options.flood,
    onRetry: (info) => {
      logger.warn(info, 'Telegram asked to retry');
      // A message sent to a group that became a supergroup: its records follow it to the new id.
      if (info.migrateToChatId !== undefined && info.chatId !== undefined) {
        store.migrateChat('telegram', String(info.chatId), String(info.migrateToChatId))
          .catch((error: unknown) => logger.warn({ err: error }, 'moving the records of a migrated group failed'));
      }
    },
  });
  const ownsStore = !options.store;
  const store = options.store ?? lazyStore(() => openStore({ dataDir: options.dataDir }));
  const rights = createChatRights(flood.api, options.rights);
  const limiter = createQuestionLimiter({ userPerMinute: options.userQuestionsPerMinute, chatPerMinute: options.chatQuestionsPerMinute });
  bot.use(async (ctx) => {
    const me = { id: ctx.botInfo.id, username: ctx.botInfo.username };
    await handleUpdate({ sanad, api: flood.api, store, rights, limiter, me, logger }, ctx.update);
  });
  bot.catch((error, ctx) => {
    const e = error instanceof Error ? error : new Error(String(error));
    logger.error({
      updateId: ctx.update.update_id, updateType: ctx.updateType,
      error: { type: e.name, message: redactSecrets(e.message, [options.token]), stack: redactSecrets(e.stack ?? '', [options.token]) },
    }, 'Telegram update failed');
  });
  return {
    bot, api: flood.api, store,
    async close() {
      await flood.stop();
      if (ownsStore) await store.close();
    },
  };
}

/** Options of startTelegram beyond the configuration (tests, embedding). */
export interface TelegramStartOptions {
  /** Interface the webhook server listens on. Default all interfaces. */
  webhookHost?: string;
  flood?: FloodOptions;
  rights?: ChatRightsOptions;
  /** The store shared with other adapters; the caller closes it. Default: opened from the configuration, closed on stop. */
  store?: Store;
}

/**
 * Starts the Telegram bot: long polling, or a webhook server (with GET /healthz) when TELEGRAM_WEBHOOK_URL is set;
 * registers the commands per language. Resolves once updates flow; `stop` ends everything and flushes state.
 */
export async function startTelegram(config: Config, sanad: Sanad, logger: Logger, options: TelegramStartOptions = {}): Promise<{ stop(reason?: string): Promise<void> }> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError(['TELEGRAM_BOT_TOKEN: required to start the Telegram bot']);
  // Opened before anything else, so an unreachable database stops the start with a clear error.
  const ownStore = options.store ? undefined : await openStore({ dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL, logger });
  const store = options.store ?? ownStore!;
  const app = createTelegramBot(sanad, logger, {
    token, apiRoot: config.TELEGRAM_API_ROOT, dataDir: config.SANAD_DATA_DIR, store,
    userQuestionsPerMinute: config.TELEGRAM_USER_QUESTIONS_PER_MINUTE, chatQuestionsPerMinute: config.TELEGRAM_CHAT_QUESTIONS_PER_MINUTE,
    flood: options.flood, rights: options.rights,
  });
  let source: UpdateSource;
  try {
    source = config.TELEGRAM_WEBHOOK_URL
      ? await startWebhook(app.bot, app.api, {
        url: config.TELEGRAM_WEBHOOK_URL, port: config.TELEGRAM_WEBHOOK_PORT, host: options.webhookHost,
        secretToken: config.TELEGRAM_WEBHOOK_SECRET ?? deriveWebhookSecret(token),
      }, logger)
      : await startPolling(app.bot, logger);
  } catch (error) {
    await app.close();
    await ownStore?.close();
    throw error;
  }
  const registered = await registerCommands(app.api, (error) => logger.warn({ error: { message: error instanceof Error ? error.message : String(error) } }, 'setMyCommands failed'));
  logger.debug({ registered }, 'Telegram commands registered');
  let stopping: Promise<void> | undefined;
  return {
    stop(reason = 'stop') {
      stopping ??= (async () => {
        await source.stop(reason);
        await app.close();
        await ownStore?.close();
        logger.info({ reason }, 'Telegram bot stopped');
      })();
      return stopping;
    },
  };
}
