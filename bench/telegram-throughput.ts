// Whole answers per second through the Telegram adapter: update → handlers.ts → core → render.ts → sendMessage,
// with the Bot API call stubbed (Telegram.prototype.callApi), one core, no network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createTelegramBot } from '../adapters/telegram/bot.js';
import { loadSanad } from '../src/sanad.js';
import type { AskThroughput } from './ask-throughput.js';
import { benchQuestions, throughputOf } from './ask-throughput.js';

/** Updates handled concurrently (one per chat). */
const IN_FLIGHT = 50;

/** Sends `asked` private-chat questions through the real handler chain and times each update. */
export async function telegramThroughput(asked: number): Promise<AskThroughput> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sanad-bench-tg-'));
  const original = Telegram.prototype.callApi;
  let sent = 0;
  Telegram.prototype.callApi = async function stubbedCallApi(method: string, payload: unknown) {
    if (method === 'sendMessage') sent++;
    const chat = (payload as { chat_id?: number }).chat_id ?? 1;
    return { message_id: sent, date: 0, chat: { id: chat, type: 'private' }, text: '' } as never;
  } as typeof original;
  try {
    const questions = benchQuestions();
    const { bot, close } = createTelegramBot(loadSanad(), pino({ level: 'silent' }), {
      token: '123456:bench-token-not-real-aaaaaaaaaaaa', apiRoot: 'http://127.0.0.1:9', dataDir,
      userQuestionsPerMinute: 1e9, chatQuestionsPerMinute: 1e9,
      flood: { chatMinTimeMs: 0, groupMessagesPerMinute: 1e9, globalMessagesPerSecond: 1e9, sleep: async () => {} },
      botInfo: { id: 1, is_bot: true, first_name: 'sanad', username: 'sanad_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } as never,
    });
    const update = (n: number): Update => ({
      update_id: n,
      message: { message_id: n, date: 0, chat: { id: 1000 + (n % 50), type: 'private', first_name: 'A' }, from: { id: 1000 + (n % 50), is_bot: false, first_name: 'A' }, text: questions[n % questions.length]! },
    }) as Update;
    for (let i = 0; i < questions.length; i++) await bot.handleUpdate(update(i));
    // Updates from IN_FLIGHT different chats are handled at once, as telegraf does with polling batches; the flood
    // queue adds latency per message, so one-at-a-time would measure timers, not work.
    const timings: number[] = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < asked; i = next++) {
        const t0 = performance.now();
        await bot.handleUpdate(update(i));
        timings.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    await close();
    return throughputOf(questions.length, timings, elapsed, used);
  } finally {
    Telegram.prototype.callApi = original;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
