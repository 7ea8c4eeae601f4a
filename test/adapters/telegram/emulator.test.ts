import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram } from '../../../adapters/telegram/bot.js';
import { readConfig } from '../../../src/config.js';
import { freePort } from './free-port.js';
import { conversationFor, FAST_FLOOD, memoryLogger, realSanad, removeTempDataDirs, tempDataDir, TEST_TOKEN } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

const { conversation, store } = conversationFor(tempDataDir());
afterAll(async () => {
  await store.close();
  removeTempDataDirs();
});

/** The real telegraf bot, long polling over HTTP, against the telegram-test-api emulator on 127.0.0.1. */
let server: TelegramServer;
let bot: { stop(reason?: string): Promise<void> } | undefined;
let user: ReturnType<TelegramServer['getClient']>;
let group: ReturnType<TelegramServer['getClient']>;
const PRIVATE_ID = 7001;
const GROUP_ID = -7002;

beforeAll(async () => {
  server = new TelegramServer({ host: '127.0.0.1', port: await freePort() });
  await server.start();
  user = server.getClient(TEST_TOKEN, { userId: PRIVATE_ID, chatId: PRIVATE_ID, type: 'private' });
  group = server.getClient(TEST_TOKEN, { userId: 7003, chatId: GROUP_ID, type: 'group', chatTitle: 'Watchers' });
  const config = readConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, SANAD_DATA_DIR: tempDataDir() });
  bot = await startTelegram(config, conversation, memoryLogger().logger, { flood: FAST_FLOOD });
});
afterAll(async () => {
  await bot?.stop('tests done');
  await server?.stop();
});

const botMessages = (chatId: number) => server.storage.botMessages.filter((m: StoredBotUpdate) => Number(m.message.chat_id) === chatId);
const plain = (text: string) => parseTelegramHtml(text).text;

describe('Telegram bot over HTTP (telegram-test-api)', () => {
  it('answers a private question with a cited answer', async () => {
    const answered = server.waitBotMessage();
    await user.sendMessage(user.makeMessage('ما مهمة قوات حفظ السلام؟'));
    await answered;
    const [reply] = botMessages(PRIVATE_ID);
    const text = plain(reply!.message.text);
    expect(text).toMatch(/«[^»]+» \[1\]/);
    expect(text).toContain('«» نص منقول حرفيًا');
  });

  it('answers /ask in a group and ignores an ordinary group message', async () => {
    const answered = server.waitBotMessage();
    await group.sendMessage(group.makeMessage('the weather is nice today'));
    await group.sendCommand(group.makeCommand('/ask@TestNameBot Which armed forces make up the peacekeeping contingent?'));
    await answered;
    const replies = botMessages(GROUP_ID);
    expect(replies).toHaveLength(1);
    expect(plain(replies[0]!.message.text)).toContain('«» quoted word for word');
  });

  it('works with a button press: 📄 sends the supporting passages, labelled, without the quote', async () => {
    const [answer] = botMessages(PRIVATE_ID);
    const keyboard = answer!.message.reply_markup as { inline_keyboard: { callback_data?: string }[][] };
    const data = keyboard.inline_keyboard.flat().find((b) => b.callback_data?.startsWith('d:'))!.callback_data!;
    const sent = server.waitBotMessage();
    await user.sendCallback(user.makeCallbackQuery(data, { message: { message_id: answer!.messageId } }));
    await sent;
    const text = plain(botMessages(PRIVATE_ID).at(-1)!.message.text);
    expect(text).toMatch(/المقطع [1-3] · \[\d\]/);
    for (const quote of realSanad().ask('ما مهمة قوات حفظ السلام؟').quote) expect(text).not.toContain(quote.text);
  });
});
