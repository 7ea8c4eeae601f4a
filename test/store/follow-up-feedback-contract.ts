import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/store/store.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';
import { newAnswer, T0 } from './answers.js';
import { useFreshStore, type StoreBackend } from './backends.js';

const CHAT: ChatRef = { platform: 'telegram', chatId: '-1001' };
const OTHER_CHAT: ChatRef = { platform: 'telegram', chatId: '-1002' };

/**
 * Issue 14's records, defined once and run against each back end: follow-up chains on answers (latestAnswerIn,
 * followUp), reasons for 👎 (setVoteReason, digest reasons) and digest items dismissed for good (dismissDigestItem).
 */
export function describeFollowUpFeedbackContract(name: string, createBackend: () => Promise<StoreBackend>): void {
  describe(`${name}: follow-ups and feedback`, () => {
    const fresh = useFreshStore(createBackend);

    describe('recordAnswer with followUp, latestAnswerIn', () => {
      it('keeps the topic and turn of a follow-up, and none for a question read on its own', async () => {
        const first = await fresh.store.recordAnswer(newAnswer(1));
        const second = await fresh.store.recordAnswer(newAnswer(2, { followUp: { topic: 'question 1? ' + Object.values(HOSTILE_STRINGS).join(' '), turn: 1 } }));
        expect((await fresh.store.answerById(first))!.followUp).toBeUndefined();
        expect((await fresh.store.answerById(second))!.followUp).toEqual({ topic: expect.stringContaining('question 1? '), turn: 1 });
      });

      it("finds the chat's newest answer sent since a time, and nothing older or elsewhere", async () => {
        await fresh.store.recordAnswer(newAnswer(1, { sentAt: T0 + 10 }));
        const newest = await fresh.store.recordAnswer(newAnswer(2, { sentAt: T0 + 20, messageId: 'm2' }));
        await fresh.store.recordAnswer(newAnswer(3, { ...OTHER_CHAT, sentAt: T0 + 30 }));
        expect((await fresh.store.latestAnswerIn(CHAT, T0))?.id).toBe(newest);
        expect((await fresh.store.latestAnswerIn(CHAT, T0 + 20))?.messageId).toBe('m2');
        expect(await fresh.store.latestAnswerIn(CHAT, T0 + 21)).toBeUndefined();
        expect(await fresh.store.latestAnswerIn({ platform: 'discord', chatId: '-1001' }, 0)).toBeUndefined();
      });
    });

    describe('setVoteReason and the digest', () => {
      it('counts the reasons of each disliked answer; a 👍 clears its voter\'s reason, a 👎 again keeps it', async () => {
        const id = await fresh.store.recordAnswer(newAnswer(1));
        await fresh.store.vote(id, 'a', -1, T0 + 1);
        await fresh.store.vote(id, 'b', -1, T0 + 1);
        await fresh.store.vote(id, 'c', -1, T0 + 1);
        expect(await fresh.store.setVoteReason(id, 'a', 'wrong_passage')).toBe(true);
        expect(await fresh.store.setVoteReason(id, 'b', 'wrong_passage')).toBe(true);
        expect(await fresh.store.setVoteReason(id, 'c', 'not_answered')).toBe(true);
        // The vote stays changeable, and so does the reason.
        expect(await fresh.store.setVoteReason(id, 'c', 'outdated')).toBe(true);
        await fresh.store.vote(id, 'b', 1, T0 + 2);
        await fresh.store.vote(id, 'b', -1, T0 + 3);
        await fresh.store.vote(id, 'a', -1, T0 + 3);
        const [disliked] = (await fresh.store.digest({ ...CHAT, since: T0, limit: 10 })).disliked;
        expect(disliked).toMatchObject({ answerId: id, up: 0, down: 3, reasons: { wrong_passage: 1, outdated: 1 } });
      });

      it('sets no reason without a 👎 of that user, or for an unknown answer or reason', async () => {
        const id = await fresh.store.recordAnswer(newAnswer(1));
        await fresh.store.vote(id, 'up', 1, T0 + 1);
        expect(await fresh.store.setVoteReason(id, 'up', 'other')).toBe(false);
        expect(await fresh.store.setVoteReason(id, 'nobody', 'other')).toBe(false);
        expect(await fresh.store.setVoteReason(999_999, 'up', 'other')).toBe(false);
        await fresh.store.vote(id, 'down', -1, T0 + 1);
        expect(await fresh.store.setVoteReason(id, 'down', 'bogus' as never)).toBe(false);
        const [disliked] = (await fresh.store.digest({ ...CHAT, since: T0, limit: 10 })).disliked;
        expect(disliked!.reasons).toBeUndefined();
      });
    });

    describe('dismissDigestItem', () => {
      it('takes a disliked answer and an unanswered question off the chat\'s digest for good, and nothing else', async () => {
        const kept = await fresh.store.recordAnswer(newAnswer(1));
        const gone = await fresh.store.recordAnswer(newAnswer(2));
        for (const id of [kept, gone]) await fresh.store.vote(id, 'u', -1, T0 + 5);
        const longKey = 'مفتاح '.repeat(400);
        for (const [key, at] of [['a', T0 + 1], ['a', T0 + 2], [longKey, T0 + 3], ['b', T0 + 4]] as const) {
          await fresh.store.recordUnanswered({ ...CHAT, question: `${key}?`, questionKey: key, askedAt: at });
        }
        await fresh.store.recordUnanswered({ ...OTHER_CHAT, question: 'a?', questionKey: 'a', askedAt: T0 + 1 });
        const by = { ...CHAT, dismissedBy: 'mod', dismissedAt: T0 + 10 };
        await fresh.store.dismissDigestItem({ ...by, item: { kind: 'disliked', answerId: gone } });
        await fresh.store.dismissDigestItem({ ...by, item: { kind: 'unanswered', questionKey: 'a' } });
        await fresh.store.dismissDigestItem({ ...by, item: { kind: 'unanswered', questionKey: longKey } });
        // Again: nothing changes.
        await fresh.store.dismissDigestItem({ ...by, dismissedAt: T0 + 11, item: { kind: 'unanswered', questionKey: 'a' } });
        let digest = await fresh.store.digest({ ...CHAT, since: T0, limit: 10 });
        expect(digest.disliked.map((d) => d.answerId)).toEqual([kept]);
        expect(digest.unanswered.map((u) => u.questionKey)).toEqual(['b']);
        expect((await fresh.store.digest({ ...OTHER_CHAT, since: T0, limit: 10 })).unanswered.map((u) => u.questionKey)).toEqual(['a']);

        // Asked again after its dismissal, a question comes back with only the new asks counted.
        await fresh.store.recordUnanswered({ ...CHAT, question: 'a again?', questionKey: 'a', askedAt: T0 + 20 });
        digest = await fresh.store.digest({ ...CHAT, since: T0, limit: 10 });
        expect(digest.unanswered.find((u) => u.questionKey === 'a')).toEqual({ questionKey: 'a', question: 'a again?', count: 1, lastAskedAt: T0 + 20 });

        // And across a restart.
        await fresh.reopen();
        expect((await fresh.store.digest({ ...CHAT, since: T0, limit: 10 })).disliked.map((d) => d.answerId)).toEqual([kept]);
      });

      it('moves dismissals with their chat', async () => {
        const id = await fresh.store.recordAnswer(newAnswer(1));
        await fresh.store.vote(id, 'u', -1, T0 + 5);
        await fresh.store.dismissDigestItem({ ...CHAT, dismissedBy: 'mod', dismissedAt: T0 + 10, item: { kind: 'disliked', answerId: id } });
        await fresh.store.migrateChat('telegram', CHAT.chatId, '-1009');
        expect((await fresh.store.digest({ platform: 'telegram', chatId: '-1009', since: T0, limit: 10 })).disliked).toEqual([]);
      });
    });
  });
}
