import { describe, expect, it } from 'vitest';
import { createConversation, replyText, type AskRequest, type Conversation, type Store } from '../../src/index.js';
import {
  FOLLOW_UP_MAX_TURNS, FOLLOW_UP_PRIVATE_WINDOW_MS, FOLLOW_UP_REPLY_WINDOW_MS, FOLLOW_UP_THREAD_WINDOW_MS,
} from '../../src/conversation/follow-up.js';
import { inNewChat, realSanad } from './harness.js';
import { downStore, memoryStore } from './memory-store.js';

const TOPIC = 'هل وصلت قوات حفظ السلام إلى كازاخستان؟';
const FOLLOW_UP = 'وكم عددها؟';
/** The count the follow-up asks for, in the passage that answers it with its topic. */
const COUNT = /2500/;

/** A conversation on the real corpus and an in-memory store, with a clock the test moves. */
function conversationAt(store: Store = memoryStore()): { conversation: Conversation; store: Store; clock: { now: number } } {
  const clock = { now: Date.UTC(2026, 0, 10) };
  const log = { warn: () => {}, info: () => {}, debug: () => {} };
  return { conversation: createConversation({ sanad: realSanad(), store, log, now: () => clock.now }), store, clock };
}

/** Asks and records the answer as an adapter does, under the message id given. */
async function askAndSend(conversation: Conversation, request: AskRequest, messageId: string) {
  const outcome = await conversation.ask(request);
  await outcome.record?.(messageId);
  return outcome.reply;
}

const answersCount = (text: string) => COUNT.test(text);

describe('ask with a follow-up hint', () => {
  it('reads a reply to an answer with that answer\'s question, and keeps the user\'s own words as the question', async () => {
    const { conversation, store } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    const alone = await conversation.ask({ ...chat, question: FOLLOW_UP });
    expect(answersCount(replyText(alone.reply))).toBe(false);
    const reply = await askAndSend(conversation, { ...chat, question: FOLLOW_UP, followUp: { kind: 'reply-to-answer', messageId: 'm1' } }, 'm2');
    expect(reply.tone).toBe('answer');
    expect(answersCount(replyText(reply))).toBe(true);
    expect(reply.blocks.find((b) => b.kind === 'question')).toEqual({ kind: 'question', text: FOLLOW_UP });
    expect((await store.answerByMessage(chat, 'm2'))).toMatchObject({ question: FOLLOW_UP, followUp: { topic: TOPIC, turn: 1 } });
  });

  it('reads a reply to a later part of a long answer by the answer its buttons name, never another chat\'s', async () => {
    const { conversation } = conversationAt();
    const chat = inNewChat();
    const outcome = await conversation.ask({ ...chat, question: TOPIC });
    const answerId = (await outcome.record?.('m1'))!;
    const hint = { kind: 'reply-to-answer', messageId: 'm1-last-part', answerId } as const;
    const reply = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: hint });
    expect(answersCount(replyText(reply.reply))).toBe(true);
    const elsewhere = await conversation.ask({ ...inNewChat(), question: FOLLOW_UP, followUp: hint });
    expect(answersCount(replyText(elsewhere.reply))).toBe(false);
  });

  it('➕ under a follow-up\'s answer searches again as the answer was read: with the topic', async () => {
    const { conversation } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    await askAndSend(conversation, { ...chat, question: FOLLOW_UP, followUp: { kind: 'reply-to-answer', messageId: 'm1' } }, 'm2');
    const more = await conversation.moreSources({ ...chat, messageId: 'm2' });
    const alone = await conversation.moreSources({ ...chat, question: FOLLOW_UP });
    expect(replyText(more)).not.toBe(replyText(alone));
    expect(replyText(more)).toMatch(/حفظ السلام/);
  });

  it('forgets a reply\'s topic after FOLLOW_UP_REPLY_WINDOW_MS, and ignores a reply to a message that is no answer', async () => {
    const { conversation, clock } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    clock.now += FOLLOW_UP_REPLY_WINDOW_MS + 1;
    const late = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: { kind: 'reply-to-answer', messageId: 'm1' } });
    expect(answersCount(replyText(late.reply))).toBe(false);
    const stranger = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: { kind: 'reply-to-answer', messageId: 'not-an-answer' } });
    expect(answersCount(replyText(stranger.reply))).toBe(false);
  });

  for (const [kind, window] of [['private-chat', FOLLOW_UP_PRIVATE_WINDOW_MS], ['same-thread', FOLLOW_UP_THREAD_WINDOW_MS]] as const) {
    it(`reads the next question in a ${kind} with the latest answer's topic for ${window / 60_000} minutes`, async () => {
      const { conversation, clock } = conversationAt();
      const chat = inNewChat({ platform: kind === 'same-thread' ? 'discord' : 'telegram' });
      await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
      clock.now += window;
      const inTime = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: { kind } });
      expect(answersCount(replyText(inTime.reply))).toBe(true);
      clock.now += 1;
      const late = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: { kind } });
      expect(answersCount(replyText(late.reply))).toBe(false);
      // Another chat's answers are no topic.
      const elsewhere = await conversation.ask({ ...inNewChat(), question: FOLLOW_UP, followUp: { kind } });
      expect(answersCount(replyText(elsewhere.reply))).toBe(false);
    });
  }

  it('reads the first message of a thread started on an answer with that answer\'s topic (the thread has the answer\'s id)', async () => {
    const { conversation, clock } = conversationAt();
    const channel = inNewChat({ platform: 'discord' });
    await askAndSend(conversation, { ...channel, question: TOPIC }, 'answer-1');
    const thread = { platform: 'discord' as const, chatId: 'answer-1' };
    const startedOn = { chatId: channel.chatId, messageId: 'answer-1' };
    const first = await conversation.ask({ ...thread, question: FOLLOW_UP, followUp: { kind: 'same-thread', startedOn } });
    expect(answersCount(replyText(first.reply))).toBe(true);
    clock.now += FOLLOW_UP_THREAD_WINDOW_MS + 1;
    const late = await conversation.ask({ ...thread, question: FOLLOW_UP, followUp: { kind: 'same-thread', startedOn } });
    expect(answersCount(replyText(late.reply))).toBe(false);
  });

  it(`ends a chain after ${FOLLOW_UP_MAX_TURNS} follow-ups: the next question is read on its own`, async () => {
    const { conversation, store, clock } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm0');
    for (let turn = 1; turn <= FOLLOW_UP_MAX_TURNS; turn++) {
      clock.now += 1000;
      const reply = await askAndSend(conversation, { ...chat, question: FOLLOW_UP, followUp: { kind: 'private-chat' } }, `m${turn}`);
      expect(answersCount(replyText(reply))).toBe(true);
      expect((await store.answerByMessage(chat, `m${turn}`))?.followUp?.turn).toBe(turn);
    }
    expect((await store.answerByMessage(chat, `m${FOLLOW_UP_MAX_TURNS}`))?.followUp?.topic).toBe([TOPIC, FOLLOW_UP, FOLLOW_UP].join(' '));
    clock.now += 1000;
    const past = await conversation.ask({ ...chat, question: FOLLOW_UP, followUp: { kind: 'private-chat' } });
    expect(answersCount(replyText(past.reply))).toBe(false);
  });

  it('reads a private chat\'s next question on its own when its wording does not continue (a new subject is declined)', async () => {
    const { conversation } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    const { reply } = await conversation.ask({ ...chat, question: 'How do I reset my password?', followUp: { kind: 'private-chat' } });
    expect(reply.tone).toBe('not_found');
  });

  it('does not answer a greeting or thanks with the last answer\'s topic, in a private chat or as a reply to the answer', async () => {
    const { conversation } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    for (const followUp of [{ kind: 'private-chat' as const }, { kind: 'reply-to-answer' as const, messageId: 'm1' }]) {
      for (const question of ['thanks!', 'привет', 'شكرا يا شباب', 'thank you so much']) {
        const { reply } = await conversation.ask({ ...chat, question, followUp });
        // Answered in kind (a line, no quote), not with the topic's passages.
        expect(reply.tone, `${question} (${followUp.kind})`).toBe('notice');
        expect(reply.blocks.map((b) => b.kind), question).not.toContain('quote');
      }
    }
  });

  it('leaves a question that stands on its own as it is, and starts no chain', async () => {
    const { conversation, store } = conversationAt();
    const chat = inNewChat();
    await askAndSend(conversation, { ...chat, question: TOPIC }, 'm1');
    const standalone = 'What did Tokayev say about the terrorists?';
    const hinted = await askAndSend(conversation, { ...chat, question: standalone, followUp: { kind: 'reply-to-answer', messageId: 'm1' } }, 'm2');
    const plain = (await conversation.ask({ ...inNewChat(), question: standalone })).reply;
    expect(replyText(hinted)).toBe(replyText(plain));
    expect((await store.answerByMessage(chat, 'm2'))?.followUp).toBeUndefined();
  });

  it('reads the question on its own when the store is down', async () => {
    const { conversation } = conversationAt(downStore());
    const { reply } = await conversation.ask({ ...inNewChat(), question: FOLLOW_UP, followUp: { kind: 'private-chat' } });
    expect(['answer', 'not_found']).toContain(reply.tone);
  });
});
