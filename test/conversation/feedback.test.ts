import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, replyText, type Reply, type ReplyAction } from '../../src/index.js';
import { conversationOn, inNewChat } from './harness.js';
import { downStore } from './memory-store.js';

const QUESTION = 'ما مهمة قوات حفظ السلام؟';
const UNANSWERED = 'How do I reset my password?';
const reasonsOf = (reply: Reply) => reply.actions.filter((a): a is Extract<ReplyAction, { kind: 'reason' }> => a.kind === 'reason');
const dismissalsOf = (reply: Reply) => reply.actions.filter((a): a is Extract<ReplyAction, { kind: 'dismiss' }> => a.kind === 'dismiss');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('vote with reasons', () => {
  it('offers the four reasons after a 👎, in the voter\'s language, and none after a 👍', async () => {
    const { conversation } = conversationOn();
    const chat = inNewChat({ userLanguage: 'ru' });
    const answerId = (await (await conversation.ask({ ...chat, question: QUESTION })).record!('1'))!;
    const down = await conversation.vote({ ...chat, userId: '5', answerId, value: -1 });
    expect(down.reasons?.answerId).toBe(answerId);
    expect(replyText(down.reasons!.reply)).toContain(QUESTION);
    expect(reasonsOf(down.reasons!.reply).map((a) => [a.reason, a.label])).toEqual([
      ['wrong_passage', 'Не тот фрагмент'], ['not_answered', 'Нет ответа на вопрос'], ['outdated', 'Устарело'], ['other', 'Другое'],
    ]);
    expect((await conversation.vote({ ...chat, userId: '5', answerId, value: 1 })).reasons).toBeUndefined();
  });

  it('records a reason only on the voter\'s 👎; a 👍 clears it; the digest counts reasons per answer', async () => {
    const { conversation } = conversationOn();
    const chat = inNewChat();
    const answerId = (await (await conversation.ask({ ...chat, question: QUESTION })).record!('1'))!;
    const reason = (userId: string, r: string) => conversation.giveReason({ ...chat, userId, answerId, reason: r });
    for (const user of ['a', 'b', 'c']) await conversation.vote({ ...chat, userId: user, answerId, value: -1 });
    expect(replyText(await reason('a', 'outdated'))).toContain('the moderators will see why');
    await reason('b', 'outdated');
    await reason('c', 'wrong_passage');
    expect((await reason('nobody', 'other')).tone).toBe('refusal');
    expect(replyText(await reason('a', 'bogus'))).toMatch(/button/i);
    await conversation.vote({ ...chat, userId: 'c', answerId, value: 1 });
    const digest = replyText(await conversation.digest({ ...chat, moderator: true }));
    expect(digest).toContain(`👎 2 · 👍 1 — ${QUESTION} (why: Outdated 2)`);
  });

  it('asks to try later when the store is down', async () => {
    const { conversation } = conversationOn(downStore());
    expect((await conversation.giveReason({ ...inNewChat(), userId: '1', answerId: 1, reason: 'other' })).tone).toBe('refusal');
    expect(await conversation.reasonPrompt({ ...inNewChat(), answerId: 1 })).toBeUndefined();
  });
});

describe('dismissDigestItem', () => {
  it('lets a moderator take items off the digest for good, across a restart; refuses members', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sanad-dismiss-'));
    dirs.push(dataDir);
    const chat = inNewChat();
    const first = conversationOn(await openStore({ dataDir }));
    const answerId = (await (await first.conversation.ask({ ...chat, question: QUESTION })).record!('1'))!;
    await first.conversation.vote({ ...chat, userId: 'u', answerId, value: -1 });
    await first.conversation.ask({ ...chat, question: UNANSWERED });
    const digest = await first.conversation.digest({ ...chat, moderator: true });
    const buttons = dismissalsOf(digest);
    expect(buttons.map((b) => b.item.kind)).toEqual(['unanswered', 'disliked']);
    expect(buttons[0]!.label).toContain('Dismiss: How do I reset my');

    const member = await first.conversation.dismissDigestItem({ ...chat, userId: 'm', moderator: false, item: buttons[0]!.item });
    expect(member.tone).toBe('refusal');
    expect(replyText(member)).toContain('Only moderators');
    expect(replyText(await first.conversation.digest({ ...chat, moderator: true }))).toContain(UNANSWERED);

    for (const button of buttons) {
      expect(replyText(await first.conversation.dismissDigestItem({ ...chat, userId: 'mod', moderator: true, item: button.item }))).toBe('Taken off the digest.');
    }
    await first.store.close();

    // A new conversation on the same store (a restart): still dismissed.
    const second = conversationOn(await openStore({ dataDir }));
    const after = await second.conversation.digest({ ...chat, moderator: true });
    expect(replyText(after)).not.toContain(UNANSWERED);
    expect(replyText(after)).not.toContain(QUESTION);
    expect(dismissalsOf(after)).toEqual([]);
    expect((await second.conversation.dismissDigestItem({ ...chat, userId: 'mod', moderator: true, item: { kind: 'unanswered', key: 'no-such-key' } })).tone).toBe('refusal');
    await second.store.close();
  });
});
