/**
 * Child process of multi-instance.test.ts: one webhook instance of the Telegram bot on a shared PostgreSQL, wired as
 * `npm start` wires it (one store, one conversation, startTelegram). Prints "ready" once it serves.
 *
 *     node --import tsx test/adapters/telegram/webhook-instance.ts '{"port":…,"apiRoot":…,"databaseUrl":…,"leaseMs":…}'
 */
import { fileURLToPath } from 'node:url';
import { startTelegram } from '../../../adapters/telegram/bot.js';
import { createConversation, createLogger, loadSanad, openStore, readConfig } from '../../../src/index.js';
import { TEST_TOKEN } from './harness.js';

const { port, apiRoot, databaseUrl, leaseMs } = JSON.parse(process.argv[2] ?? '{}') as { port: number; apiRoot: string; databaseUrl: string; leaseMs: number };
const config = readConfig({
  TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: 'multi_instance',
  TELEGRAM_WEBHOOK_PORT: String(port), SANAD_DATABASE_URL: databaseUrl, TELEGRAM_USER_QUESTIONS_PER_MINUTE: '10', TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: '20',
});
const logger = createLogger('warn', [TEST_TOKEN], { pretty: false });
const sanad = loadSanad({ corpusDir: fileURLToPath(new URL('../../../corpus/', import.meta.url)) });
const store = await openStore({ dataDir: 'unused', databaseUrl: config.SANAD_DATABASE_URL, logger });
const bot = await startTelegram(config, createConversation({ sanad, store, log: logger, now: Date.now }), logger, {
  webhookHost: '127.0.0.1',
  flood: { chatMinTimeMs: 0, groupMessagesPerMinute: 1e9, globalMessagesPerSecond: 1e9 },
  dispatch: { claimLeaseMs: leaseMs },
});
process.once('SIGTERM', () => void bot.stop('SIGTERM').then(() => store.close()).finally(() => process.exit(0)));
process.stdout.write('ready\n');
