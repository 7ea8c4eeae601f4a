import { describe, expect, it } from 'vitest';
import { replyText, type Reply } from '../../src/index.js';
import { conversationOn, inNewChat, realSanad } from './harness.js';
import { downStore } from './memory-store.js';

const ANSWERABLE = 'Which armed forces make up the peacekeeping contingent?';
const PINNED = 'ما مهمة قوات حفظ السلام؟';
const SIMILAR = 'ما هي مهمة قوات حفظ السلام';
const kinds = (reply: Reply) => reply.actions.map((a) => a.kind);

describe('ask', () => {
  it('answers from the documents, short: quote, key facts, cited sources; 📄 for the passages, ➕ when there are more, 👍/👎', async () => {
    const { conversation } = conversationOn();
    const { reply, record } = await conversation.ask({ ...inNewChat(), question: ANSWERABLE });
    expect(reply.tone).toBe('answer');
    expect(reply.language).toBe('en');
    expect(reply.blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['question', 'quote', 'paragraph', 'sources']));
    expect(reply.blocks.map((b) => b.kind)).not.toContain('passage');
    expect(kinds(reply)).toContain('passages');
    expect(kinds(reply)).toContain('vote');
    expect(kinds(reply)).not.toContain('pin');
    expect(record).toBeDefined();
    const full = realSanad().ask(ANSWERABLE, { top: 10 });
    expect(kinds(reply).includes('more')).toBe(full.passages.length > 3);
  });

  it('offers 📌 only where the answer is public in a group', async () => {
    const { conversation } = conversationOn();
    expect(kinds((await conversation.ask({ ...inNewChat(), question: ANSWERABLE, pinnable: true })).reply)).toContain('pin');
  });

  it('records the answer once sent, with its message, so buttons and pins find it', async () => {
    const { conversation, store } = conversationOn();
    const chat = inNewChat();
    const { record } = await conversation.ask({ ...chat, question: ANSWERABLE });
    const id = await record!('777');
    expect(await store.answerByMessage(chat, '777')).toMatchObject({ id, question: ANSWERABLE, platform: 'telegram' });
  });

  it('says plainly when the documents do not answer, with examples to tap, and records it for the digest', async () => {
    const { conversation, store } = conversationOn();
    const chat = inNewChat();
    const { reply, record } = await conversation.ask({ ...chat, question: 'How do I reset my password?' });
    expect(reply.tone).toBe('not_found');
    expect(replyText(reply)).toContain('The documents do not answer this question.');
    expect(kinds(reply).every((k) => k === 'ask')).toBe(true);
    expect(record).toBeUndefined();
    await conversation.ask({ ...chat, question: '   ' });
    const digest = await store.digest({ ...chat, since: 0, limit: 10 });
    expect(digest.unanswered.map((u) => u.question)).toEqual(['How do I reset my password?']);
  });

  it('greets back a greeting, with what it does and examples to tap, and thanks with a line; neither is searched nor left for the digest', async () => {
    const { conversation, store } = conversationOn();
    const chat = inNewChat();
    const greeted = (await conversation.ask({ ...chat, question: 'السلام عليكم' })).reply;
    expect(replyText(greeted)).toMatch(/^\u200f?👋 وعليكم السلام/);
    expect(replyText(greeted)).not.toContain('لم أجد');
    expect(kinds(greeted).length).toBeGreaterThan(0);
    expect(kinds(greeted).every((k) => k === 'ask')).toBe(true);
    // "lot" and «день» are in some passage: searched, they were answered with it.
    const thanked = (await conversation.ask({ ...chat, question: 'thanks a lot!' })).reply;
    expect(replyText(thanked)).toContain('You’re welcome');
    expect(thanked.actions).toEqual([]);
    expect(replyText((await conversation.ask({ ...chat, question: 'Добрый день' })).reply)).toContain('Здравствуйте');
    expect(replyText((await conversation.ask({ ...chat, question: '🙏' })).reply)).toContain('🙏');
    const digest = await store.digest({ ...chat, since: 0, limit: 10 });
    expect(digest.unanswered).toEqual([]);
  });

  it('answers an empty or wordless question in the user\'s language, a question in its own', async () => {
    const { conversation } = conversationOn();
    expect((await conversation.ask({ ...inNewChat({ userLanguage: 'ru' }), question: '' })).reply.language).toBe('ru');
    expect((await conversation.ask({ ...inNewChat({ userLanguage: 'ru' }), question: ANSWERABLE })).reply.language).toBe('en');
  });

  it('remembers a public answer\'s question in its scope, for autocomplete', async () => {
    const { conversation, store } = conversationOn();
    await conversation.ask({ ...inNewChat({ platform: 'discord' }), question: ANSWERABLE, scopeId: 'g1' });
    expect(await store.recentQuestions({ platform: 'discord', scopeId: 'g1' }, 5)).toEqual([ANSWERABLE]);
  });
});

describe('ask: the curated-answer policy', () => {
  it('gives a pinned answer first for a similar question: marked, linked, with its votes and 🔎 Fresh search', async () => {
    const { conversation, store } = conversationOn();
    const chat = inNewChat();
    const { record } = await conversation.ask({ ...chat, question: PINNED });
    const id = (await record!('500'))!;
    await store.recordPin({ ...chat, answerId: id, messageId: '500', pinnedBy: '11', pinnedAt: 1 });
    await store.vote(id, 'u', 1, 1);
    const { reply, record: again } = await conversation.ask({ ...chat, question: SIMILAR });
    expect(again).toBeUndefined();
    expect(reply.blocks[0]).toMatchObject({ kind: 'banner' });
    expect(replyText(reply)).toContain('إجابة ثبّتها المشرفون');
    expect(JSON.stringify(reply.blocks[0])).toContain(chat.messageLink!('500')!);
    expect(reply.actions).toEqual(expect.arrayContaining([{ kind: 'passages', answerId: id, label: 'المقاطع' }, { kind: 'vote', answerId: id, tally: { up: 1, down: 0 } }, expect.objectContaining({ kind: 'fresh' })]));

    const fresh = await conversation.ask({ ...chat, question: SIMILAR, fresh: true });
    expect(fresh.reply.blocks[0]!.kind).toBe('question');
  });

  it('keeps other questions and other chats to a normal search', async () => {
    const { conversation, store } = conversationOn();
    const chat = inNewChat();
    const id = (await (await conversation.ask({ ...chat, question: PINNED })).record!('1'))!;
    await store.recordPin({ ...chat, answerId: id, messageId: '1', pinnedBy: '11', pinnedAt: 1 });
    expect((await conversation.ask({ ...chat, question: 'متى بدأت الاحتجاجات في كازاخستان؟' })).reply.blocks[0]!.kind).toBe('question');
    expect((await conversation.ask({ ...inNewChat(), question: SIMILAR })).reply.blocks[0]!.kind).toBe('question');
  });
});

describe('ask: the store-outage policy', () => {
  it('still answers when every store call fails, logs it, and offers nothing that needs the store', async () => {
    const { conversation, warnings } = conversationOn(downStore());
    const { reply, record } = await conversation.ask({ ...inNewChat(), question: ANSWERABLE, scopeId: 'g' });
    expect(reply.tone).toBe('answer');
    expect(replyText(reply)).not.toMatch(/store|database|record/i);
    expect(await record!('1')).toBeUndefined();
    expect(warnings.length).toBeGreaterThan(1);
    expect((await conversation.ask({ ...inNewChat(), question: 'How do I reset my password?' })).reply.tone).toBe('not_found');
  });
});
