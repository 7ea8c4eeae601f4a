import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../../src/store/sqlite-store.js';
import type { ApiCall } from './fake-bot-api.js';
import { buttonData, callbackUpdate, fakeBot, feed, GROUP_CHAT, messageUpdate, realSanad, removeTempDataDirs, tempDataDir, useFakeBotApi } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const { api, root } = useFakeBotApi();

const QUESTION = 'ما مهمة قوات حفظ السلام؟';
const lastSent = () => api.callsOf('sendMessage').at(-1)!;
const plainOf = (call: ApiCall) => parseTelegramHtml(call.payload.text).text;

/** Asks in the group and returns the answer message as Telegram would hand it back on a button press. */
async function askInGroup(dataDir: string) {
  const app = fakeBot(root(), dataDir);
  const question = messageUpdate(`/ask ${QUESTION}`, { chat: GROUP_CHAT });
  await feed(app, question);
  const answer = lastSent();
  const result = (answer.reply as { result: Record<string, unknown> }).result;
  const message = { ...result, reply_markup: answer.payload.reply_markup, reply_to_message: (question as { message: unknown }).message };
  await app.close();
  return { data: buttonData(answer.payload), message };
}

describe('answer buttons', () => {
  it('📄 sends the answer\'s supporting passages, labelled by passage and without the quote, and answers the button', async () => {
    const dir = tempDataDir();
    const { data, message } = await askInGroup(dir);
    const passages = data.find((d) => d.startsWith('d:'))!;
    // The answer is recorded once sent: the button finds it by the message it sits under.
    expect(passages).toBe('d:ar');
    const app = fakeBot(root(), dir);
    api.clear();
    await feed(app, callbackUpdate(passages, message));
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    const text = plainOf(lastSent());
    const answer = realSanad().ask(QUESTION);
    expect(text).toContain('📄 مقاطع داعمة');
    for (const quote of answer.quote) expect(text).not.toContain(quote.text);
    expect(text).toMatch(/المقطع [1-3] · \[\d\]/);
    expect(text).toContain('«» نص منقول حرفيًا');
    await app.close();
  });

  it('📄 of a button sent before answers were short still shows its one passage', async () => {
    const dir = tempDataDir();
    const { message } = await askInGroup(dir);
    const passage = realSanad().passages[0]!;
    const app = fakeBot(root(), dir);
    api.clear();
    await feed(app, callbackUpdate(`p:ar:${passage.id}`, message));
    // Each line of it: a passage may join two paragraphs, and every line gets its own direction mark.
    for (const line of passage.text.split('\n')) expect(plainOf(lastSent())).toContain(line);
    expect(plainOf(lastSent())).toContain(realSanad().document(passage.docId)!.title);
    await app.close();
  });

  it('keeps working after a restart: a new bot instance resolves the old ➕ and 📄 buttons', async () => {
    const dir = tempDataDir();
    const { data, message } = await askInGroup(dir);
    const more = data.find((d) => d.startsWith('ma:'))!;
    expect(more).toBeDefined();
    const restarted = fakeBot(root(), dir);
    api.clear();
    await feed(restarted, callbackUpdate(more, message));
    const text = plainOf(lastSent());
    expect(text).toContain('مصادر أخرى');
    expect(text).toContain('📚 المصادر');
    expect(text).toMatch(/المقطع 4 · /);
    expect(text).toMatch(/\[1\]/);
    expect(api.callsOf('answerCallbackQuery')[0]!.payload.text).toBeUndefined();
    await restarted.close();
  });

  it('derives the question from the answered message when the store is gone (➕ and 📄)', async () => {
    const dir = tempDataDir();
    const { data, message } = await askInGroup(dir);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${SQLITE_FILE_NAME}${suffix}`), { force: true });
    const amnesiac = fakeBot(root(), dir);
    api.clear();
    await feed(amnesiac, callbackUpdate(data.find((d) => d.startsWith('ma:'))!, message));
    expect(plainOf(lastSent())).toContain('مصادر أخرى');
    api.clear();
    await feed(amnesiac, callbackUpdate(data.find((d) => d.startsWith('ma:'))!, { ...message, reply_to_message: undefined }));
    expect(plainOf(lastSent())).toContain('مصادر أخرى');
    api.clear();
    await feed(amnesiac, callbackUpdate(data.find((d) => d.startsWith('d:'))!, message));
    expect(plainOf(lastSent())).toContain('📄 مقاطع داعمة');
    await amnesiac.close();
  });

  it('answers stale or forged buttons with an alert, never a crash', async () => {
    const app = fakeBot(root(), tempDataDir());
    const message = { message_id: 1, date: 1, chat: GROUP_CHAT, text: 'x' };
    await feed(app, callbackUpdate('p:ar:nope#1', message), callbackUpdate('m:ar:unknownkey12', message), callbackUpdate('garbage', message), callbackUpdate('q:unknownkey12', message));
    const answers = api.callsOf('answerCallbackQuery');
    expect(answers).toHaveLength(4);
    expect(answers.every((a) => a.payload.show_alert === true)).toBe(true);
    expect(api.callsOf('sendMessage')).toHaveLength(0);
    await app.close();
  });

  it('❓ example buttons ask the example', async () => {
    const app = fakeBot(root(), tempDataDir());
    await feed(app, messageUpdate('/help', { from: { id: 501, is_bot: false, first_name: 'A', language_code: 'en' } }));
    const example = buttonData(lastSent().payload)[0]!;
    await feed(app, callbackUpdate(example, { message_id: 2, date: 1, chat: { id: 501, type: 'private' }, text: 'help' }));
    expect(plainOf(lastSent())).toContain(`❓ ${realSanad().exampleQuestions('en')[0]}`);
    await app.close();
  });
});
