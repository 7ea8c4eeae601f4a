// Whole answers per second through the Telegram adapter: update → handlers.ts → core → render.ts → sendMessage, with
// the Bot API call stubbed (Telegram.prototype.callApi), no network. Run by run.ts in its own process pinned to one
// core (taskset) when it can be, so "per second on one core" is literal: GC and JIT threads share that core.
// Alone: node --import tsx bench/telegram-throughput.ts [--asked N] [--warm-up N] [--store disk|none]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createTelegramBot } from '../adapters/telegram/bot.js';
import { createConversation, loadSanad, noStore, openStore } from '../src/index.js';
import type { Store } from '../src/store/store.js';
import { benchQuestions, throughputOf, type AskThroughput } from './ask-throughput.js';

/** Updates handled concurrently (one per chat). */
const IN_FLIGHT = 50;

/** Where answers are recorded: SQLite on disk (what `npm start` does), or nowhere (retrieval + rendering alone). */
export type StoreMode = 'disk' | 'none';

/** A store that records nothing: isolates retrieval, composition and rendering from persistence. */
function storeThatKeepsNothing(): Store {
  return { ...noStore(), putKey: async () => 'benchkey0000' };
}

/**
 * Sends `asked` private-chat questions through the real handler chain, after `warmUp` untimed ones (the JIT and the
 * store settle first: a bot runs for days), and times each update.
 */
export async function telegramThroughput(asked: number, warmUp: number, store: StoreMode): Promise<AskThroughput> {
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
    // The store is opened once and handed down, as `npm start` does.
    const opened = store === 'none' ? storeThatKeepsNothing() : await openStore({ dataDir });
    const conversation = createConversation({ sanad: loadSanad(), store: opened, log: pino({ level: 'silent' }), now: Date.now });
    const { bot, close } = createTelegramBot(conversation, pino({ level: 'silent' }), {
      token: '123456:bench-token-not-real-aaaaaaaaaaaa', apiRoot: 'http://127.0.0.1:9',
      userQuestionsPerMinute: 1e9, chatQuestionsPerMinute: 1e9,
      flood: { chatMinTimeMs: 0, groupMessagesPerMinute: 1e9, globalMessagesPerSecond: 1e9, sleep: async () => {} },
      botInfo: { id: 1, is_bot: true, first_name: 'sanad', username: 'sanad_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } as never,
    });
    const update = (n: number): Update => ({
      update_id: n,
      message: { message_id: n, date: 0, chat: { id: 1000 + (n % 50), type: 'private', first_name: 'A' }, from: { id: 1000 + (n % 50), is_bot: false, first_name: 'A' }, text: questions[n % questions.length]! },
    }) as Update;
    // Updates from IN_FLIGHT different chats are handled at once, as telegraf does with polling batches.
    const run = async (from: number, to: number, timings?: number[]) => {
      let next = from;
      const worker = async () => {
        for (let i = next++; i < to; i = next++) {
          const t0 = performance.now();
          await bot.handleUpdate(update(i));
          timings?.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    };
    await run(0, warmUp);
    const timings: number[] = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run(warmUp, warmUp + asked, timings);
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    await close();
    await opened.close();
    return throughputOf(questions.length, timings, elapsed, used);
  } finally {
    Telegram.prototype.callApi = original;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { asked: { type: 'string' }, 'warm-up': { type: 'string' }, store: { type: 'string' } } });
  const mode = values.store === 'none' ? 'none' : 'disk';
  const result = await telegramThroughput(Number(values.asked ?? 10_000), Number(values['warm-up'] ?? 10_000), mode);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
