import { beforeAll, describe, expect, it } from 'vitest';
import { realSanad } from './harness.js';
import { plain, useTelegramEmulator, type EmulatorClient } from './emulator-harness.js';

/** The real telegraf bot, long polling over HTTP, against the telegram-test-api emulator on 127.0.0.1. */
const emulator = useTelegramEmulator();
const { botMessages } = emulator;
const PRIVATE_ID = 7001;
const GROUP_ID = -7002;
let user: EmulatorClient, group: EmulatorClient;
beforeAll(() => {
  user = emulator.client({ userId: PRIVATE_ID, chatId: PRIVATE_ID, type: 'private' });
  group = emulator.client({ userId: 7003, chatId: GROUP_ID, type: 'group', chatTitle: 'Watchers' });
});

describe('Telegram bot over HTTP (telegram-test-api)', () => {
  it('answers a private question with a cited answer', async () => {
    const answered = emulator.server.waitBotMessage();
    await user.sendMessage(user.makeMessage('ما مهمة قوات حفظ السلام؟'));
    await answered;
    const [reply] = botMessages(PRIVATE_ID);
    const text = plain(reply!.message.text);
    expect(text).toMatch(/«[^»]+» \[1\]/);
    expect(text).toContain('«» نص منقول حرفيًا');
  });

  it('answers /ask in a group and ignores an ordinary group message', async () => {
    const answered = emulator.server.waitBotMessage();
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
    const sent = emulator.server.waitBotMessage();
    await user.sendCallback(user.makeCallbackQuery(data, { message: { message_id: answer!.messageId } }));
    await sent;
    const text = plain(botMessages(PRIVATE_ID).at(-1)!.message.text);
    expect(text).toMatch(/المقطع [1-3] · \[\d\]/);
    for (const quote of realSanad().ask('ما مهمة قوات حفظ السلام؟').quote) expect(text).not.toContain(quote.text);
  });

  it('greets back a greeting with example questions to tap, and answers thanks with a line', async () => {
    const greeted = emulator.server.waitBotMessage();
    await user.sendMessage(user.makeMessage('السلام عليكم'));
    await greeted;
    const greeting = botMessages(PRIVATE_ID).at(-1)!.message;
    expect(plain(greeting.text)).toContain('👋 وعليكم السلام');
    const keyboard = greeting.reply_markup as { inline_keyboard: { text: string }[][] } | undefined;
    expect(keyboard?.inline_keyboard.flat().length).toBeGreaterThan(0);
    const thanked = emulator.server.waitBotMessage();
    await user.sendMessage(user.makeMessage('شكرا جزيلا'));
    await thanked;
    const thanks = botMessages(PRIVATE_ID).at(-1)!.message;
    expect(plain(thanks.text)).toContain('🙏 العفو');
    expect(plain(thanks.text)).not.toContain('«');
  });
});
