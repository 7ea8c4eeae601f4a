import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CallbackQuery, Update } from 'telegraf/types';
import { createTelegramBot, type TelegramBot, type TelegramBotOptions } from '../../../adapters/telegram/bot.js';
import { createConversation, createLogger, loadSanad, openStore, type Conversation, type Logger, type Sanad, type Store } from '../../../src/index.js';
import { lazyStore } from '../../../src/store/lazy-store.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FAKE_BOT_INFO, FakeBotApi } from './fake-bot-api.js';

/** A token of the right shape; never a real one. */
export const TEST_TOKEN = '123456789:TEST-token_abcdefghijklmnopqrstuvwxyz';

/** Flood limits off, retries without waiting: tests run at full speed. */
export const FAST_FLOOD = { chatMinTimeMs: 0, groupMessagesPerMinute: 100_000, globalMessagesPerSecond: 100_000, sleep: async () => {} };

let sanad: Sanad | undefined;
/** The real corpus, loaded once per test file. */
export function realSanad(): Sanad {
  sanad ??= loadSanad({ corpusDir: join(import.meta.dirname, '../../../corpus') });
  return sanad;
}

const tempDirs: string[] = [];
/** A fresh temporary SANAD_DATA_DIR (removed by removeTempDataDirs). */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-telegram-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes the temporary directories this test file made. */
export function removeTempDataDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A logger that keeps its lines in memory, to check what was logged (and that no token was). */
export function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  // The process logger itself (its err serializer masks tokens), writing JSON lines here.
  return { logger: createLogger('debug', [TEST_TOKEN], { pretty: false, destination: stream }), lines };
}

/** A conversation on the core and a store (default: SQLite under dataDir, opened on first use). */
export function conversationFor(dataDir: string, logger: Logger = memoryLogger().logger, sanad: Sanad = realSanad(), store?: Store): { conversation: Conversation; store: Store } {
  const opened = store ?? lazyStore(() => openStore({ dataDir }));
  return { conversation: createConversation({ sanad, store: opened, log: logger, now: Date.now }), store: opened };
}

/** A bot against the fake Bot API, botInfo preset, driven with bot.handleUpdate; close() also closes a store it opened. */
export function fakeBot(
  apiRoot: string, dataDir: string, options: Partial<TelegramBotOptions> & { store?: Store } = {}, logger: Logger = memoryLogger().logger, sanad: Sanad = realSanad(),
): TelegramBot & { store: Store } {
  const { store: given, ...rest } = options;
  const { conversation, store } = conversationFor(dataDir, logger, sanad, given);
  const app = createTelegramBot(conversation, logger, {
    token: TEST_TOKEN, apiRoot, userQuestionsPerMinute: 100, chatQuestionsPerMinute: 100, flood: FAST_FLOOD, botInfo: FAKE_BOT_INFO,
    ...rest,
  });
  return {
    ...app, store,
    async close() {
      await app.close();
      if (!given) await store.close();
    },
  };
}

let updateId = 1;
let messageId = 1;
/** Chats the tests use. */
export const PRIVATE_CHAT = { id: 501, type: 'private', first_name: 'Ali' } as const;
export const GROUP_CHAT = { id: -100777, type: 'supergroup', title: 'Kazakhstan watchers' } as const;
export const USER = { id: 501, is_bot: false, first_name: 'Ali', language_code: 'en' } as const;

/** A message update; `text` starting with / gets a bot_command entity, as Telegram adds. */
export function messageUpdate(text: string | undefined, extra: Record<string, unknown> = {}): Update {
  const command = text?.match(/^\/[\w@]+/)?.[0];
  const message = {
    message_id: messageId++, date: 1, chat: PRIVATE_CHAT, from: USER,
    ...(text !== undefined ? { text } : {}),
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    ...extra,
  };
  return { update_id: updateId++, message } as unknown as Update;
}

/** A button press on a message the bot sent. */
export function callbackUpdate(data: string, message: Record<string, unknown>, from: Record<string, unknown> = USER): Update {
  const query = { id: `cb${updateId}`, from, chat_instance: '1', data, message } as unknown as CallbackQuery;
  return { update_id: updateId++, callback_query: query } as Update;
}

/** An inline query. */
export function inlineUpdate(query: string, from: Record<string, unknown> = USER): Update {
  return { update_id: updateId++, inline_query: { id: `iq${updateId}`, from, query, offset: '' } } as unknown as Update;
}

/** Runs updates through the bot one by one (each fully handled before the next). */
export async function feed(app: TelegramBot, ...updates: Update[]): Promise<void> {
  for (const update of updates) await app.bot.handleUpdate(update);
}

/** The reply_markup callback_data of every button of a sent message. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function buttonData(payload: Record<string, any>): string[] {
  return (payload.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data?: string }) => b.callback_data).filter(Boolean);
}


/** A fake Bot API for one test file: started before its tests, cleared before each, stopped after. */
export function useFakeBotApi(): { api: FakeBotApi; root: () => string } {
  const api = new FakeBotApi();
  let apiRoot = '';
  beforeAll(async () => { apiRoot = await api.start(); });
  beforeEach(() => api.clear());
  afterAll(() => api.stop());
  return { api, root: () => apiRoot };
}
