import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramBot } from '../../../adapters/telegram/bot.js';
import type { Answer } from '../../../src/answer/answer.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';
import { FakeBotApi } from './fake-bot-api.js';
import {
  buttonData, fakeBot, feed, GROUP_CHAT, memoryLogger, messageUpdate, realSanad, removeTempDataDirs, tempDataDir, USER,
} from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const api = new FakeBotApi();
let apiRoot = '';
let app: TelegramBot;
const log = memoryLogger();

beforeAll(async () => {
  apiRoot = await api.start();
  app = fakeBot(apiRoot, tempDataDir(), {}, log.logger);
});
beforeEach(() => api.clear());
afterAll(async () => {
  await app.close();
  await api.stop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sent = () => api.callsOf('sendMessage').map((c): Record<string, any> => ({ ...c.payload, plain: parseTelegramHtml(c.payload.text).text }));

describe('private chat', () => {
  it('answers any text with the short cited answer, its source, the verbatim note and buttons; no link previews', async () => {
    await feed(app, messageUpdate('ما مهمة قوات حفظ السلام؟'));
    const [reply] = sent();
    expect(reply!.parse_mode).toBe('HTML');
    expect(reply!.link_preview_options).toEqual({ is_disabled: true });
    expect(reply!.plain).toMatch(/«[^»]+» \[1\]/);
    expect(reply!.plain).toContain('[1] ');
    expect(reply!.plain).toContain('«» نص منقول حرفيًا');
    expect(reply!.plain.length).toBeLessThan(700);
    expect(reply!.text).toContain('<b>');
    const data = buttonData(reply!);
    expect(data).toContain('d:ar');
    expect(data.some((d) => d.startsWith('pin'))).toBe(false);
    expect(reply!.reply_parameters).toBeUndefined();
  });

  it('answers an English question about the Arabic documents in English wording', async () => {
    await feed(app, messageUpdate('Which armed forces make up the peacekeeping contingent?'));
    expect(sent()[0]!.plain).toContain('🔤 Quote in Arabic · key facts: ');
    expect(sent()[0]!.plain).toContain('«» quoted word for word');
  });

  it('says clearly when the documents do not answer, with example questions to tap', async () => {
    await feed(app, messageUpdate('How do I reset my password?'));
    const [reply] = sent();
    expect(reply!.plain).toContain('The documents do not answer this question.');
    expect(reply!.plain).toContain(`• ${realSanad().exampleQuestions('en')[0]}`);
    expect(buttonData(reply!).every((d) => d.startsWith('q:'))).toBe(true);
  });

  it('explains itself on /start and /help in the user’s language, with examples', async () => {
    await feed(
      app,
      messageUpdate('/start', { from: { ...USER, language_code: 'ar' } }),
      messageUpdate('/help', { from: { ...USER, language_code: 'ru-RU' } }),
      messageUpdate('/help', { from: { ...USER, language_code: 'de' } }),
    );
    const [ar, ru, en] = sent();
    expect(ar!.plain).toContain('أجيب عن الأسئلة');
    expect(ar!.plain).toContain(realSanad().exampleQuestions('ar')[0]);
    expect(ru!.plain).toContain('Я отвечаю на вопросы');
    expect(en!.plain).toContain('I answer questions');
    expect(en!.plain).toContain('@sanad_test_bot');
  });

  it('lists the documents on /sources with number, outlet, headline and link', async () => {
    await feed(app, messageUpdate('/sources'));
    const [reply] = sent();
    for (const doc of realSanad().documents) expect(reply!.plain).toContain(doc.title);
    expect(reply!.plain).toMatch(/\[5\] /);
    expect(reply!.text).toContain('<a href="https://ar.rt.com/s48q">');
  });

  it('handles bad input without crashing: long questions, stickers, unknown commands, service messages', async () => {
    await feed(
      app,
      messageUpdate('س'.repeat(4000)),
      messageUpdate(undefined, { sticker: { file_id: 'x' } }),
      messageUpdate('/frobnicate'),
      messageUpdate(undefined, { new_chat_members: [USER] }),
    );
    const replies = sent().map((r) => r.plain);
    expect(replies).toHaveLength(3);
    expect(replies[0]).toContain('السؤال طويل جدًا');
    expect(replies[1]).toContain('Please send your question as text.');
    expect(replies[2]).toContain('I don’t know that command.');
  });

  it('survives every hostile string: each gets a reply Telegram accepts', async () => {
    for (const hostile of Object.values(HOSTILE_STRINGS)) await feed(app, messageUpdate(hostile));
    expect(api.callsOf('sendMessage')).toHaveLength(Object.keys(HOSTILE_STRINGS).length);
    expect(log.lines.join('')).not.toContain('Telegram update failed');
  });
});

describe('groups', () => {
  const inGroup = { chat: GROUP_CHAT };

  it('answers /ask and /ask@bot as a reply, in the same forum topic, with a 📌 button', async () => {
    await feed(app, messageUpdate('/ask@sanad_test_bot ما مهمة قوات حفظ السلام؟', { ...inGroup, message_id: 9001, is_topic_message: true, message_thread_id: 77 }));
    const [reply] = sent();
    expect(reply!.reply_parameters).toMatchObject({ message_id: 9001 });
    expect(reply!.message_thread_id).toBe(77);
    expect(buttonData(reply!)).toContain('pin');
  });

  it('ignores everything else, even with every message visible to an admin bot', async () => {
    await feed(
      app,
      messageUpdate('peacekeepers are great', inGroup),
      messageUpdate('/help@another_bot', inGroup),
      messageUpdate(undefined, { ...inGroup, photo: [], caption: 'what is this?' }),
      messageUpdate(undefined, { ...inGroup, migrate_to_chat_id: -100999 }),
      messageUpdate('@sanad_test_bot hi', { ...inGroup, from: { id: 777000, is_bot: false, first_name: 'Telegram' }, is_automatic_forward: true }),
    );
    expect(sent()).toHaveLength(0);
  });

  it('answers mentions and replies to its messages, and /ask without text with usage', async () => {
    await feed(
      app,
      messageUpdate('@sanad_test_bot What happened at Almaty airport?', { ...inGroup, entities: [{ type: 'mention', offset: 0, length: 15 }] }),
      messageUpdate('What is the mission of the CSTO peacekeepers?', { ...inGroup, reply_to_message: { message_id: 5, date: 1, chat: GROUP_CHAT, from: { id: 4242, is_bot: true, first_name: 'Sanad' } } }),
      messageUpdate('/ask', inGroup),
    );
    const replies = sent().map((r) => r.plain);
    expect(replies[0]).toContain('«» quoted word for word');
    expect(replies[1]).toContain('«» quoted word for word');
    expect(replies[2]).toContain('Write the question after the command');
  });

  it('does not answer edited messages or channel posts', async () => {
    const edited = { update_id: 99001, edited_message: { message_id: 1, date: 1, edit_date: 2, chat: GROUP_CHAT, from: USER, text: '/ask why?' } };
    const post = { update_id: 99002, channel_post: { message_id: 1, date: 1, chat: { id: -100555, type: 'channel', title: 'C' }, text: '/ask why?' } };
    await feed(app, edited as never, post as never);
    expect(api.calls).toHaveLength(0);
  });
});

describe('rendering through the bot', () => {
  it('splits a long answer at 4,096 characters: sources and buttons on the last part, 📌 pins the first', async () => {
    const base = realSanad().ask('ما مهمة قوات حفظ السلام؟', { top: 10 });
    // A long quote and a long headline (documents can have both) make even the short answer pass 4,096 characters.
    const long: Answer = { ...base, quote: base.quote.map((q) => ({ ...q, text: `${q.text} `.repeat(16) })), sources: base.sources.map((s) => ({ ...s, title: `${s.title} `.repeat(12) })) };
    const sanad = { ...realSanad(), ask: (q: string) => ({ ...long, question: q }) };
    const splitting = fakeBot(apiRoot, tempDataDir(), {}, memoryLogger().logger, sanad);
    await feed(splitting, messageUpdate('/ask q', { chat: GROUP_CHAT, message_id: 4321 }));
    const parts = sent();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.plain.length).toBeLessThanOrEqual(4096);
    expect(parts.at(-1)!.plain).toContain('«» نص منقول حرفيًا');
    expect(parts.slice(0, -1).every((p) => !p.plain.includes('«»') && !p.reply_markup)).toBe(true);
    expect(parts[0]!.reply_parameters).toMatchObject({ message_id: 4321 });
    const first = api.callsOf('sendMessage')[0]!.reply as { result: { message_id: number } };
    expect(buttonData(parts.at(-1)!)).toContain(`pin:${first.result.message_id}`);
    // Its buttons sit on the last part, so they name the answer (recorded when the first part went out).
    expect(buttonData(parts.at(-1)!).some((d) => /^v:\d+:u$/.test(d))).toBe(true);
    await splitting.close();
  });
});
