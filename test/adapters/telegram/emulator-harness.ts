import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll } from 'vitest';
import { startTelegram } from '../../../adapters/telegram/bot.js';
import { readConfig } from '../../../src/config.js';
import { freePort } from './free-port.js';
import { conversationFor, FAST_FLOOD, memoryLogger, removeTempDataDirs, tempDataDir, TEST_TOKEN } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

/** A client of the emulator: a user writing in a private chat or a group. */
export type EmulatorClient = ReturnType<TelegramServer['getClient']>;

/**
 * The real telegraf bot, long polling over HTTP, against the telegram-test-api emulator on 127.0.0.1, for the test
 * file that calls it: started before its tests (over a conversation on a temporary SQLite store), stopped after.
 */
export function useTelegramEmulator() {
  const { conversation, store } = conversationFor(tempDataDir());
  let server: TelegramServer | undefined;
  let bot: { stop(reason?: string): Promise<void> } | undefined;
  beforeAll(async () => {
    server = new TelegramServer({ host: '127.0.0.1', port: await freePort() });
    await server.start();
    const config = readConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, SANAD_DATA_DIR: tempDataDir() });
    bot = await startTelegram(config, conversation, memoryLogger().logger, { flood: FAST_FLOOD });
  });
  afterAll(async () => {
    await bot?.stop('tests done');
    await server?.stop();
    await store.close();
    removeTempDataDirs();
  });
  const running = () => server ?? (() => { throw new Error('the emulator starts in beforeAll'); })();
  return {
    /** The store the bot's conversation records to. */
    store,
    get server() {
      return running();
    },
    /** A user writing in a private chat (chatId = userId) or in a group. */
    client: (options: { userId: number; chatId: number; type: 'private' | 'group'; chatTitle?: string }): EmulatorClient => running().getClient(TEST_TOKEN, options),
    /** What the bot sent to a chat, oldest first. */
    botMessages: (chatId: number) => running().storage.botMessages.filter((m: StoredBotUpdate) => Number(m.message.chat_id) === chatId),
  };
}

/** A message's text as a reader sees it (the HTML rendered to plain text). */
export const plain = (text: string) => parseTelegramHtml(text).text;
