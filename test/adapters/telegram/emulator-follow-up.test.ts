import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { plain, useTelegramEmulator, type EmulatorClient } from './emulator-harness.js';

/** The real telegraf bot, long polling over HTTP, against the telegram-test-api emulator on 127.0.0.1. */
const emulator = useTelegramEmulator();
const { botMessages } = emulator;
const USER_ID = 8001;
const MEMBER_ID = 8003;
const GROUP_ID = -8002;
/** The emulator's getMe id. */
const BOT_ID = 666;
const TOPIC = 'هل وصلت قوات حفظ السلام إلى كازاخستان؟';
const FOLLOW_UP = 'وكم عددها؟';
let user: EmulatorClient, member: EmulatorClient;
beforeAll(() => {
  user = emulator.client({ userId: USER_ID, chatId: USER_ID, type: 'private' });
  member = emulator.client({ userId: MEMBER_ID, chatId: GROUP_ID, type: 'group', chatTitle: 'Watchers' });
});
const buttonsOf = (m: StoredBotUpdate) => ((m.message.reply_markup as { inline_keyboard?: { callback_data?: string }[][] })?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '');

/** Sends a message and waits for the bot's next message. */
async function exchange(client: typeof user, text: string, options: Record<string, unknown> = {}): Promise<void> {
  const answered = emulator.server.waitBotMessage();
  await client.sendMessage(client.makeMessage(text, options));
  await answered;
}

describe('follow-ups and 👎 reasons over HTTP (telegram-test-api)', () => {
  it('answers a reply to its answer in a group with the answer\'s topic', async () => {
    const alone = emulator.server.waitBotMessage();
    await member.sendCommand(member.makeCommand(`/ask@TestNameBot ${FOLLOW_UP}`));
    await alone;
    expect(plain(botMessages(GROUP_ID).at(-1)!.message.text)).not.toContain('2500');
    const asked = emulator.server.waitBotMessage();
    await member.sendCommand(member.makeCommand(`/ask@TestNameBot ${TOPIC}`));
    await asked;
    const answer = botMessages(GROUP_ID).at(-1)!;
    await exchange(member, FOLLOW_UP, { reply_to_message: { message_id: answer.messageId, from: { id: BOT_ID, is_bot: true } } });
    const reply = plain(botMessages(GROUP_ID).at(-1)!.message.text);
    expect(reply).toContain(FOLLOW_UP);
    expect(reply).toContain('2500');
  });

  it('answers the next private question with the previous one\'s topic', async () => {
    await exchange(user, FOLLOW_UP);
    expect(plain(botMessages(USER_ID).at(-1)!.message.text)).not.toContain('2500');
    await exchange(user, TOPIC);
    await exchange(user, FOLLOW_UP);
    expect(plain(botMessages(USER_ID).at(-1)!.message.text)).toContain('2500');
  });

  it('sends the reasons for a 👎 privately, and records the one picked', async () => {
    const answer = botMessages(GROUP_ID).at(-1)!;
    const down = buttonsOf(answer).find((d) => /^v:\d*:?d$/.test(d))!;
    const privately = emulator.server.waitBotMessage();
    await member.sendCallback(member.makeCallbackQuery(down, { message: { message_id: answer.messageId } }));
    await privately;
    const prompt = botMessages(MEMBER_ID).at(-1)!;
    expect(plain(prompt.message.text)).toContain(`What was wrong with the answer to “${FOLLOW_UP}”`);
    const reason = buttonsOf(prompt).find((d) => d.endsWith(':w'))!;
    // The reason picked is recorded, then ticked on the prompt.
    const dm = emulator.client({ userId: MEMBER_ID, chatId: MEMBER_ID, type: 'private' });
    const ticked = emulator.server.waitBotEdits();
    await dm.sendCallback(dm.makeCallbackQuery(reason, { message: { message_id: prompt.messageId, reply_markup: prompt.message.reply_markup } }));
    await ticked;
    const answerId = Number(/^r:(\d+):w$/.exec(reason)![1]);
    expect((await emulator.store.digest({ platform: 'telegram', chatId: String(GROUP_ID), since: 0, limit: 10 })).disliked)
      .toEqual([expect.objectContaining({ answerId, down: 1, reasons: { wrong_passage: 1 } })]);
  });

  it('answers a reply to the last part of a long answer, found by the answer its buttons carry', async () => {
    const asked = emulator.server.waitBotMessage();
    await member.sendCommand(member.makeCommand(`/ask@TestNameBot ${TOPIC}`));
    await asked;
    const answer = botMessages(GROUP_ID).at(-1)!;
    // The chat's next question is handled once the answer is recorded (a chat's updates are handled in order).
    const next = emulator.server.waitBotMessage();
    await member.sendCommand(member.makeCommand(`/ask@TestNameBot ${FOLLOW_UP}`));
    await next;
    // A long answer is sent in parts and recorded under the first; its buttons sit under the last, another message,
    // and carry the answer's id (as the keyboard of a split answer does).
    const { id } = (await emulator.store.answerByMessage({ platform: 'telegram', chatId: String(GROUP_ID) }, String(answer.messageId)))!;
    const lastPart = {
      message_id: answer.messageId + 1000, from: { id: BOT_ID, is_bot: true },
      reply_markup: { inline_keyboard: [[{ text: '👍', callback_data: `v:${id}:u` }, { text: '👎', callback_data: `v:${id}:d` }]] },
    };
    await exchange(member, FOLLOW_UP, { reply_to_message: lastPart });
    expect(plain(botMessages(GROUP_ID).at(-1)!.message.text)).toContain('2500');
  });
});
