// npm start: the Telegram and/or Discord bots when their tokens are set, else a terminal chat on the same core.
// Start-up says what it does, one line per stage; GET /healthz, /readyz and /metrics on SANAD_OPS_PORT in every
// mode; SIGTERM or SIGINT stops cleanly at any moment, start-up included (bin/lifecycle.ts).
import { parseArgs } from 'node:util';
import { startDiscord } from '../adapters/discord/bot.js';
import { startTelegram } from '../adapters/telegram/bot.js';
import { runTerminalChat } from '../adapters/terminal/bot.js';
import {
  createConversation, createLogger, createMetrics, createReadiness, noStore, openStore, startOpsServer,
  type Config, type Logger, type Store,
} from '../src/index.js';
import { createLifecycle, type Lifecycle } from './lifecycle.js';
import { openLiveDocuments } from './live-documents.js';
import { configOrExit, openCoreOrExit } from './load-core.js';

const USAGE = `usage: npm start [-- --corpus DIR]
  With TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN (+ DISCORD_APPLICATION_ID) set (environment or .env), runs those bots.
  With neither, opens a terminal chat on the same documents: one question per line, /sources, /help; Ctrl-D or
  /quit leaves, and so does Ctrl-C (dropping the line being typed).
  SANAD_OPS_PORT serves /healthz, /readyz and /metrics. See .env.example for every setting.`;

let values: { corpus?: string; help?: boolean } = {};
try {
  ({ values } = parseArgs({ options: { corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`start: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const config = configOrExit();
const logger = createLogger(config.LOG_LEVEL, [config.TELEGRAM_BOT_TOKEN, config.DISCORD_TOKEN, config.SANAD_DATABASE_URL]);
const lifecycle = createLifecycle(logger);
try {
  await run(config, values.corpus ?? config.SANAD_CORPUS_DIR, logger, lifecycle);
} catch (error) {
  if (lifecycle.signal.aborted) {
    // A signal during start-up: the lifecycle is already stopping what had started, and exits 0.
    logger.info('start-up stopped by a signal');
  } else {
    logger.fatal({ err: error }, 'could not start');
    await lifecycle.stop('start-up failed', 1);
  }
}

/** Milliseconds since `started`, rounded. */
function since(started: number): number {
  return Math.round(performance.now() - started);
}

async function run(config: Config, corpusDir: string, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const metrics = createMetrics();
  const readiness = createReadiness();
  // Every part this mode needs is not ready until it has started: /readyz says 503 all through start-up.
  const terminalChat = !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN;
  for (const part of ['documents', ...(terminalChat ? ['terminal'] : ['store']), ...(config.TELEGRAM_BOT_TOKEN ? ['telegram'] : []), ...(config.DISCORD_TOKEN ? ['discord'] : [])]) {
    readiness.set(part, () => false);
  }
  if (config.SANAD_OPS_PORT !== undefined) {
    const ops = await startOpsServer({ port: config.SANAD_OPS_PORT, host: config.SANAD_OPS_HOST, readiness, registry: metrics.registry, logger });
    lifecycle.onStop('ops server', () => ops.close());
  }

  const sanad = await openCoreOrExit({
    corpusDir, cacheDir: config.SANAD_CACHE_DIR, logger, signal: lifecycle.signal, maxDocumentBytes: config.SANAD_MAX_DOCUMENT_BYTES,
    ...(config.SANAD_INDEX_WORKERS !== undefined ? { workers: config.SANAD_INDEX_WORKERS } : {}),
  });
  // Stopping waits for the saved copies being written (a stop before them would only cost the next start a rebuild).
  lifecycle.onStop('saved copies', () => sanad.saved.then(() => undefined));
  readiness.set('documents', () => sanad.documents.length > 0);
  lifecycle.signal.throwIfAborted();

  if (terminalChat) {
    // One user, no buttons: the terminal chat keeps no records.
    const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
    const chat = runTerminalChat(createConversation({ sanad, store: noStore(), log: quiet, now: Date.now, metrics }), { noColor: config.NO_COLOR, signal: lifecycle.signal });
    readiness.set('terminal', () => !lifecycle.signal.aborted);
    lifecycle.onStop('terminal chat', () => chat);
    await chat;
    await lifecycle.stop('the chat ended');
    return;
  }

  // The one store, opened here and handed down through one conversation to both bots: answers, pins, votes, recent
  // questions and button keys (SQLite under SANAD_DATA_DIR, or PostgreSQL).
  const started = performance.now();
  const store: Store = await openStore({
    dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL,
    logger: { info: ((fields: object, message?: string) => logger.info({ ...fields, ms: since(started) }, message)) as Logger['info'], warn: logger.warn.bind(logger) },
  });
  lifecycle.onStop('store', () => store.close());
  readiness.set('store', () => store.getKey('readyz').then(() => true));
  pruneEveryDay(store, config, logger, (what) => metrics.storeFailed(what));
  lifecycle.signal.throwIfAborted();

  // The documents the bots answer from change while they run (added from a chat, or in the corpus folder).
  const live = await openLiveDocuments(config, corpusDir, sanad, lifecycle, logger);
  lifecycle.signal.throwIfAborted();
  const conversation = createConversation({ ...live, store, log: logger, now: Date.now, metrics });
  const bots: string[] = [];
  /** Starts one platform's bot: stopped on a signal, checked by /readyz, its start-up line logged. */
  const startBot = async (
    name: string, label: string, begin: () => Promise<{ connected(): boolean; stop(reason?: string): Promise<void>; failed?: Promise<never> }>,
  ) => {
    const started = performance.now();
    const bot = await begin();
    lifecycle.onStop(name, () => bot.stop('stopping'));
    // A platform that refuses the bot for good (token revoked, another instance polling, the gateway lost) ends the
    // process with exit code 1 and one clear line, so that a supervisor restarts it or a person looks.
    bot.failed?.catch((error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      void lifecycle.stop('fatal platform error', 1);
    });
    readiness.set(name, () => bot.connected());
    logger.info({ ms: since(started) }, `${label} bot ready`);
    bots.push(name);
    lifecycle.signal.throwIfAborted();
  };
  if (config.TELEGRAM_BOT_TOKEN) await startBot('telegram', 'Telegram', () => startTelegram(config, conversation, logger, { metrics }));
  if (config.DISCORD_TOKEN) await startBot('discord', 'Discord', () => startDiscord(config, conversation, logger, { metrics }));
  logger.info({ bots, documents: live.sanad.documents.length, passages: live.sanad.passages.length, ms: Math.round(performance.now()) }, 'sanad is running');
}

/** Deletes records older than SANAD_RETENTION_DAYS now and once a day (pinned answers are kept). */
function pruneEveryDay(opened: Store, config: Config, logger: Logger, failed: (what: string) => void): void {
  const prune = () => opened.prune(Date.now() - config.SANAD_RETENTION_DAYS * 86_400_000)
    .then((deleted) => logger.info({ deleted, retentionDays: config.SANAD_RETENTION_DAYS }, 'old records pruned'))
    .catch((error: unknown) => {
      failed('prune');
      logger.warn({ err: error }, 'pruning old records failed');
    });
  void prune();
  setInterval(() => void prune(), 86_400_000).unref();
}
