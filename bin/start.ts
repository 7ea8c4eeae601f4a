// npm start: the Telegram and/or Discord bots when their tokens are set, else a terminal chat on the same core.
import { parseArgs } from 'node:util';
import { startDiscord } from '../adapters/discord/bot.js';
import { startTelegram } from '../adapters/telegram/bot.js';
import { runTerminalChat } from '../adapters/terminal/bot.js';
import { createConversation, createLogger, noStore, openStore, type Store } from '../src/index.js';
import { configOrExit, coreOrExit } from './load-core.js';

const USAGE = `usage: npm start [-- --corpus DIR]
  With TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN (+ DISCORD_APPLICATION_ID) set (environment or .env), runs those bots.
  With neither, opens a terminal chat on the same documents: one question per line, /sources, /help, Ctrl-D to leave.
  See .env.example for every setting.`;

let values;
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
const sanad = coreOrExit(values.corpus ?? config.SANAD_CORPUS_DIR, config.SANAD_CACHE_DIR, config.SANAD_MAX_DOCUMENT_BYTES);

if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
  // One user, no buttons: the terminal chat keeps no records.
  const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
  await runTerminalChat(createConversation({ sanad, store: noStore(), log: quiet, now: Date.now }), { noColor: config.NO_COLOR });
  process.exit(0);
}

const logger = createLogger(config.LOG_LEVEL, [config.TELEGRAM_BOT_TOKEN, config.DISCORD_TOKEN, config.SANAD_DATABASE_URL]);
const running: Array<{ name: string; stop(reason?: string): Promise<void>; failed?: Promise<never> }> = [];
let store: Store | undefined;
try {
  // The one store, opened here and handed down through one conversation to both bots: answers, pins, votes, recent
  // questions and button keys (SQLite under SANAD_DATA_DIR, or PostgreSQL).
  store = await openStore({ dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL, logger });
  pruneEveryDay(store);
  const conversation = createConversation({ sanad, store, log: logger, now: Date.now });
  if (config.TELEGRAM_BOT_TOKEN) running.push({ name: 'telegram', ...(await startTelegram(config, conversation, logger)) });
  if (config.DISCORD_TOKEN) running.push({ name: 'discord', ...(await startDiscord(config, conversation, logger)) });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  await Promise.allSettled(running.map((bot) => bot.stop('start-up failed')));
  await store?.close().catch(() => undefined);
  process.exit(1);
}

/** Deletes records older than SANAD_RETENTION_DAYS now and once a day (pinned answers are kept). */
function pruneEveryDay(opened: Store): void {
  const prune = () => opened.prune(Date.now() - config.SANAD_RETENTION_DAYS * 86_400_000)
    .then((deleted) => logger.info({ deleted, retentionDays: config.SANAD_RETENTION_DAYS }, 'old records pruned'))
    .catch((error: unknown) => logger.warn({ err: error }, 'pruning old records failed'));
  void prune();
  setInterval(() => void prune(), 86_400_000).unref();
}
logger.info({ bots: running.map((b) => b.name), documents: sanad.documents.length }, 'sanad is running');
// A platform that refuses the bot for good (token revoked, another instance polling, the gateway lost) ends the
// process with exit code 1 and one clear line, so that a supervisor restarts it or a person looks.
for (const bot of running) {
  bot.failed?.catch(async (error: unknown) => {
    console.error(`${bot.name}: ${error instanceof Error ? error.message : String(error)}`);
    await Promise.allSettled(running.map((b) => b.stop('fatal platform error')));
    await store?.close().catch(() => undefined);
    process.exit(1);
  });
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await Promise.allSettled(running.map((bot) => bot.stop(signal)));
  await store?.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the store failed'));
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
