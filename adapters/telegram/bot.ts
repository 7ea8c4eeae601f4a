import { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import { ConfigError, redactSecrets, type Config, type Conversation, type Logger, type PlatformMetrics } from '../../src/index.js';
import { createCallApi, type CallApi } from './call-api.js';
import { registerCommands } from './commands.js';
import { createFloodControl, type FloodOptions } from './flood.js';
import { handleUpdate } from './handlers.js';
import { observeApi } from './observe-api.js';
import { startPolling, type UpdateSource } from './polling.js';
import { createQuestionLimiter } from './question-limiter.js';
import { createChatRights, type ChatRightsOptions } from './rights.js';
import { deriveWebhookSecret, startWebhook } from './webhook.js';

/** Options of createTelegramBot. */
export interface TelegramBotOptions {
  token: string;
  /** Bot API root, e.g. https://api.telegram.org (TELEGRAM_API_ROOT). */
  apiRoot: string;
  userQuestionsPerMinute: number;
  chatQuestionsPerMinute: number;
  flood?: FloodOptions;
  rights?: ChatRightsOptions;
  /** Skips getMe when known (tests). */
  botInfo?: UserFromGetMe;
  /** Sending latency and 429s for the operator's metrics. Default: not counted. */
  metrics?: PlatformMetrics;
}

/** A wired bot: telegraf, and the flood-limited Bot API; close() waits for the updates being handled, then stops the flood control's timers. */
export interface TelegramBot {
  bot: Telegraf;
  api: CallApi;
  close(): Promise<void>;
}

/**
 * Wires telegraf to the handlers over the conversation (whose store the caller opened and closes), with one error
 * boundary: a failing update is logged (never the token), never fatal.
 */
export function createTelegramBot(conversation: Conversation, logger: Logger, options: TelegramBotOptions): TelegramBot {
  const bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false } });
  if (options.botInfo) bot.botInfo = options.botInfo;
  const callApi = createCallApi(bot.telegram);
  const flood = createFloodControl(options.metrics ? observeApi(callApi, options.metrics) : callApi, {
    ...options.flood,
    onRetry: (info) => {
      logger.warn(info, 'Telegram asked to retry');
      // A message sent to a group that became a supergroup: its records follow it to the new id.
      if (info.migrateToChatId !== undefined && info.chatId !== undefined) void conversation.migrateChat('telegram', String(info.chatId), String(info.migrateToChatId));
    },
  });
  const rights = createChatRights(flood.api, options.rights);
  const limiter = createQuestionLimiter({ userPerMinute: options.userQuestionsPerMinute, chatPerMinute: options.chatQuestionsPerMinute });
  // Updates being handled: stopping waits for them, so an answer under way is still sent (webhook and polling alike).
  const inFlight = new Set<Promise<void>>();
  bot.use(async (ctx) => {
    const me = { id: ctx.botInfo.id, username: ctx.botInfo.username };
    const handling = handleUpdate({ conversation, api: flood.api, rights, limiter, me, logger }, ctx.update);
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  bot.catch((error, ctx) => {
    const e = error instanceof Error ? error : new Error(String(error));
    logger.error({
      updateId: ctx.update.update_id, updateType: ctx.updateType,
      error: { type: e.name, message: redactSecrets(e.message, [options.token]), stack: redactSecrets(e.stack ?? '', [options.token]) },
    }, 'Telegram update failed');
  });
  return {
    bot, api: flood.api,
    close: async () => {
      await Promise.allSettled([...inFlight]);
      await flood.stop();
    },
  };
}

/** Options of startTelegram beyond the configuration (tests, embedding). */
export interface TelegramStartOptions {
  /** Interface the webhook server listens on. Default all interfaces. */
  webhookHost?: string;
  flood?: FloodOptions;
  rights?: ChatRightsOptions;
  metrics?: PlatformMetrics;
}

/** A running Telegram bot. */
export interface TelegramRunning {
  /** Whether updates still flow (long polling running, or the webhook served); for GET /readyz. */
  connected(): boolean;
  stop(reason?: string): Promise<void>;
}

/**
 * Starts the Telegram bot over the conversation: long polling, or a webhook server (with GET /healthz) when
 * TELEGRAM_WEBHOOK_URL is set; registers the commands per language. Resolves once updates flow; `stop` ends it.
 */
export async function startTelegram(config: Config, conversation: Conversation, logger: Logger, options: TelegramStartOptions = {}): Promise<TelegramRunning> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError(['TELEGRAM_BOT_TOKEN: required to start the Telegram bot']);
  const app = createTelegramBot(conversation, logger, {
    token, apiRoot: config.TELEGRAM_API_ROOT, flood: options.flood, rights: options.rights, metrics: options.metrics,
    userQuestionsPerMinute: config.TELEGRAM_USER_QUESTIONS_PER_MINUTE, chatQuestionsPerMinute: config.TELEGRAM_CHAT_QUESTIONS_PER_MINUTE,
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
    throw error;
  }
  const registered = await registerCommands(app.api, (error) => logger.warn({ error: { message: error instanceof Error ? error.message : String(error) } }, 'setMyCommands failed'));
  logger.debug({ registered }, 'Telegram commands registered');
  let stopping: Promise<void> | undefined;
  return {
    connected: () => stopping === undefined && (source.running?.() ?? true),
    stop(reason = 'stop') {
      stopping ??= (async () => {
        await source.stop(reason);
        await app.close();
        logger.info({ reason }, 'Telegram bot stopped');
      })();
      return stopping;
    },
  };
}
