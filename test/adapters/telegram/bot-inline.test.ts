import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramBot } from '../../../adapters/telegram/bot.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';
import { FakeBotApi } from './fake-bot-api.js';
import { fakeBot, feed, inlineUpdate, memoryLogger, realSanad, removeTempDataDirs, tempDataDir, USER } from './harness.js';
import { parseTelegramHtml } from './telegram-html.js';

afterAll(removeTempDataDirs);

const api = new FakeBotApi();
const log = memoryLogger();
let app: TelegramBot;
beforeAll(async () => { app = fakeBot(await api.start(), tempDataDir(), {}, log.logger); });
beforeEach(() => api.clear());
afterAll(async () => {
  await app.close();
  await api.stop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const results = (): any[] => api.callsOf('answerInlineQuery')[0]!.payload.results;

describe('inline mode', () => {
  it('offers cited answers: ids within 64 bytes, at most 50 results, each one message Telegram accepts', async () => {
    await feed(app, inlineUpdate('Which armed forces make up the peacekeeping contingent?'));
    const call = api.callsOf('answerInlineQuery')[0]!;
    expect(call.reply).toMatchObject({ ok: true });
    const list = results();
    expect(list.length).toBeGreaterThan(1);
    expect(list.length).toBeLessThanOrEqual(50);
    for (const r of list) {
      expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
      const text = parseTelegramHtml(r.input_message_content.message_text).text;
      expect(text).toMatch(/\[1\]/);
      expect(text).toContain('«» quoted word for word');
      expect(r.input_message_content.link_preview_options).toEqual({ is_disabled: true });
    }
  });

  it('offers the example questions for an empty query', async () => {
    await feed(app, inlineUpdate('  ', { ...USER, language_code: 'ru' }));
    const titles = results().map((r) => r.title);
    expect(titles).toEqual(realSanad().exampleQuestions('ru').map((q) => `❓ ${q}`));
    expect(results()[0].reply_markup.inline_keyboard[0][0].url).toMatch(/^https:\/\/t\.me\/sanad_test_bot\?start=q_[\w-]+$/);
  });

  it('offers a clear "not found" result', async () => {
    await feed(app, inlineUpdate('How do I reset my password?'));
    expect(results()).toHaveLength(1);
    expect(parseTelegramHtml(results()[0].input_message_content.message_text).text).toContain('The documents do not answer this question.');
  });

  it('says which report gives no date when asked when it was published, its source line under the title', async () => {
    await feed(app, inlineUpdate('when was the RT article published?'));
    expect(results()).toHaveLength(1);
    expect(results()[0].title).toBe('📅 The report does not give its date.');
    expect(results()[0].description).toContain('RT عربي');
    const text = parseTelegramHtml(results()[0].input_message_content.message_text).text;
    expect(text).toContain('📅 The report does not give its date.');
    expect(text).toContain('the report the question asks about');
  });

  it('survives hostile queries', async () => {
    for (const hostile of Object.values(HOSTILE_STRINGS)) await feed(app, inlineUpdate(hostile.slice(0, 256)));
    expect(api.callsOf('answerInlineQuery').every((c) => c.reply?.ok)).toBe(true);
    expect(log.lines.join('')).not.toContain('Telegram update failed');
  });
});
