// Another chat's answer time while one chat floods and is rate-limited: the issue-12 goal (p99 under 1 s through the
// Telegram handler). One chat sends 300 questions at once and every message to it gets a 429 (retry_after 5 s);
// meanwhile 100 other chats each ask one question, spread over 5 s (20 a second, within Telegram's 30 a second).
// The Bot API is stubbed (Telegram.prototype.callApi), the flood limits are Telegram's own, the store keeps nothing.
// Alone: node --import tsx bench/telegram-isolation.ts
import { pino } from 'pino';
import { Telegram, TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import { createTelegramBot } from '../adapters/telegram/bot.js';
import { createConversation, loadSanad, noStore } from '../src/index.js';
import { benchQuestions } from './ask-throughput.js';

/** What the isolation bench measured. */
export interface IsolationResult {
  otherChats: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Messages the flooding chat was sent (its 429s included). */
  floodChatCalls: number;
}

const FLOOD_CHAT = -1001;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Runs the scenario above and times every other chat's update, from arrival to its answer sent. */
export async function telegramIsolation(): Promise<IsolationResult> {
  const original = Telegram.prototype.callApi;
  let floodChatCalls = 0;
  let sent = 0;
  Telegram.prototype.callApi = async function stubbedCallApi(method: string, payload: unknown) {
    const chat = (payload as { chat_id?: number }).chat_id ?? 1;
    if (chat === FLOOD_CHAT) {
      floodChatCalls++;
      throw new TelegramError({ error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } });
    }
    return { message_id: ++sent, date: 0, chat: { id: chat, type: 'private' }, text: '' } as never;
  } as typeof original;
  const questions = benchQuestions();
  const conversation = createConversation({ sanad: loadSanad(), store: noStore(), log: pino({ level: 'silent' }), now: Date.now });
  const { bot, close } = createTelegramBot(conversation, pino({ level: 'silent' }), {
    token: '123456:bench-token-not-real-aaaaaaaaaaaa', apiRoot: 'http://127.0.0.1:9', userQuestionsPerMinute: 1e6, chatQuestionsPerMinute: 1e6,
    botInfo: { id: 1, is_bot: true, first_name: 'sanad', username: 'sanad_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } as never,
  });
  const update = (n: number, chat: number): Update => ({
    update_id: n,
    message: { message_id: n, date: 0, chat: { id: chat, type: chat < 0 ? 'supergroup' : 'private', first_name: 'A' }, from: { id: 5000 + n, is_bot: false, first_name: 'A' }, text: `/ask ${questions[n % questions.length]!}`, entities: [{ type: 'bot_command', offset: 0, length: 4 }] },
  }) as Update;
  try {
    const flood = Array.from({ length: 300 }, (_, i) => bot.handleUpdate(update(i, FLOOD_CHAT)));
    const timings: number[] = [];
    const others = Array.from({ length: 100 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 50));
      const t0 = performance.now();
      await bot.handleUpdate(update(1000 + i, 2000 + i));
      timings.push(performance.now() - t0);
    });
    await Promise.all(others);
    await close();
    await Promise.allSettled(flood);
    timings.sort((a, b) => a - b);
    return { otherChats: timings.length, p50Ms: percentile(timings, 0.5), p99Ms: percentile(timings, 0.99), maxMs: timings.at(-1)!, floodChatCalls };
  } finally {
    Telegram.prototype.callApi = original;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await telegramIsolation())}\n`);
  process.exit(0);
}
