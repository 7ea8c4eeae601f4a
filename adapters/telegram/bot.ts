import { Telegraf } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { ConfigError, createQuestionLimiter, redactSecrets, type Config, type Dispatcher, type Conversation, type Logger, type PlatformMetrics } from '../../src/index.js';
import { createCallApi, type CallApi } from './call-api.js';
import { registerCommands } from './commands.js';
import { createDispatcher, type DispatcherOptions } from './dispatch.js';
import { fileDownloader } from './download-file.js';
import { telegramNoteSender } from './documents.js';
import { createFloodControl, type FloodOptions } from './flood.js';
import { observeApi } from './observe-api.js';
import { startPolling, type PollingOptions, type UpdateSource } from './polling.js';
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
  dispatch?: DispatcherOptions;
  /** Skips getMe when known (tests). */
  botInfo?: UserFromGetMe;
  /** Sending latency and 429s for the operator's metrics. Default: not counted. */
  metrics?: PlatformMetrics;
}

/** A wired bot: telegraf, the flood-limited Bot API, the dispatcher; close() stops the timers (not the store). */
export interface TelegramBot {
  bot: Telegraf;
  api: CallApi;
  dispatcher: Dispatcher<Update>;
  close(): Promise<void>;
}

/** How long a stopping bot lets updates being answered finish before it drops them, in ms (SIGTERM ends within 10 s). */
export const STOP_GRACE_MS = 4_000;

/**
 * Wires the handlers over the conversation (whose store the caller opened and closes) behind the dispatcher: every
 * update, from polling, the webhook or bot.handleUpdate (tests, benchmarks), goes through its chat's queue, is
 * claimed once, and fails into an apology, never into silence (the token is never logged).
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
  const limiter = createQuestionLimiter(conversation.checkRate, { prefix: 'tg', userPerMinute: options.userQuestionsPerMinute, chatPerMinute: options.chatQuestionsPerMinute });
  let dispatcher: Dispatcher<Update> | undefined;
  const dispatcherFor = (me: UserFromGetMe) => (dispatcher ??= createDispatcher(
    { conversation, api: flood.api, patient: flood.patient, rights, limiter, me: { id: me.id, username: me.username }, logger, downloadFile: fileDownloader(bot, flood.api) },
    options.dispatch,
  ));
  if (options.botInfo) dispatcherFor(options.botInfo);
  // Notes to Telegram chats from any bot of this process (a document removed on Discord that Telegram pins cited).
  const unregisterNotes = conversation.chatNotes.register('telegram', telegramNoteSender({ api: flood.api, conversation }));
  bot.use(async (ctx) => {
    await dispatcherFor(ctx.botInfo).receive(ctx.update).done;
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
    get dispatcher() {
      if (!bot.botInfo) throw new Error('the bot is not known yet (getMe)');
      return dispatcherFor(bot.botInfo);
    },
    async close() {
      await unregisterNotes();
      await dispatcher?.stop(0);
      flood.stop();
    },
  };
}

/** Options of startTelegram beyond the configuration (tests, embedding). */
export interface TelegramStartOptions {
  /** Interface the webhook server listens on. Default all interfaces. */
  webhookHost?: string;
  /** How often the webhook is checked with Telegram, in ms. Default WEBHOOK_CHECK_MS. */
  webhookCheckMs?: number;
  flood?: FloodOptions;
  rights?: ChatRightsOptions;
  dispatch?: DispatcherOptions;
  polling?: PollingOptions;
  /** Sending latency and 429s for the operator's metrics. Default: not counted. */
  metrics?: PlatformMetrics;
}

/** A running Telegram bot. */
export interface RunningTelegram {
  /** Whether updates still flow (long polling running, or the webhook served); for GET /readyz. */
  connected(): boolean;
  /** Stops taking updates, gives those being answered STOP_GRACE_MS, drops the rest (logged and counted). */
  stop(reason?: string): Promise<void>;
  /** Rejects with a PlatformFatalError (Unauthorized, Conflict) when the bot cannot go on; the process should end non-zero. */
  failed: Promise<never>;
}

/**
 * Starts the Telegram bot over the conversation: long polling, or a webhook server (with GET /healthz) when
 * TELEGRAM_WEBHOOK_URL is set; registers the commands per language. Resolves once updates flow.
 */
export async function startTelegram(config: Config, conversation: Conversation, logger: Logger, options: TelegramStartOptions = {}): Promise<RunningTelegram> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError(['TELEGRAM_BOT_TOKEN: required to start the Telegram bot']);
  const app = createTelegramBot(conversation, logger, {
    token, apiRoot: config.TELEGRAM_API_ROOT, flood: options.flood, rights: options.rights, dispatch: options.dispatch, metrics: options.metrics,
    userQuestionsPerMinute: config.TELEGRAM_USER_QUESTIONS_PER_MINUTE, chatQuestionsPerMinute: config.TELEGRAM_CHAT_QUESTIONS_PER_MINUTE,
  });
  let source: UpdateSource;
  try {
    app.bot.botInfo ??= await app.api('getMe', {});
    source = config.TELEGRAM_WEBHOOK_URL
      ? await startWebhook(app.bot, app.api, app.dispatcher, {
        url: config.TELEGRAM_WEBHOOK_URL, port: config.TELEGRAM_WEBHOOK_PORT, host: options.webhookHost, checkEveryMs: options.webhookCheckMs,
        secretToken: config.TELEGRAM_WEBHOOK_SECRET ?? deriveWebhookSecret(token), maxBodyBytes: config.TELEGRAM_WEBHOOK_MAX_BODY_BYTES,
      }, logger)
      : await startPolling(app.bot, app.dispatcher, logger, options.polling);
  } catch (error) {
    await app.close();
    throw error;
  }
  app.dispatcher.start();
  const registered = await registerCommands(app.api, (error) => logger.warn({ error: { message: error instanceof Error ? error.message : String(error) } }, 'setMyCommands failed'));
  logger.debug({ registered }, 'Telegram commands registered');
  let stopping: Promise<void> | undefined;
  return {
    failed: source.failed,
    connected: () => stopping === undefined && (source.running?.() ?? true),
    stop(reason = 'stop') {
      stopping ??= (async () => {
        await source.stop(reason);
        await app.dispatcher.stop(STOP_GRACE_MS);
        await app.close();
        logger.info({ reason }, 'Telegram bot stopped');
      })();
      return stopping;
    },
  };
}
