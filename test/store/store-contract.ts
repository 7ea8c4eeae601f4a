import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../src/store/migrations.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { StoreError } from '../../src/store/store-error.js';
import type { ChatRef, QuestionScope, Store } from '../../src/store/store.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';
import { answerOf, DAY_MS, newAnswer, T0 } from './answers.js';
import type { StoreBackend, TestOpenOptions } from './backends.js';

const CHAT: ChatRef = { platform: 'telegram', chatId: '-1001' };
const OTHER_CHAT: ChatRef = { platform: 'telegram', chatId: '-1002' };
/** The same chat id on another platform: a different chat. */
const SAME_ID_ON_DISCORD: ChatRef = { platform: 'discord', chatId: '-1001' };

/** Text as both back ends store it: U+0000 and lone surrogates become U+FFFD. */
const stored = (text: string) => Buffer.from(text.replaceAll('\u0000', '\uFFFD'), 'utf8').toString('utf8');
const sha256Key = (value: string, length: number) => createHash('sha256').update(value).digest('base64url').slice(0, length);
const versionsOf = (migrations: readonly Migration[]) => migrations.map((m) => m.version);
/** The version a migration added by a test takes: the next after the released ones. */
const NEXT_VERSION = MIGRATIONS.at(-1)!.version + 1;

/**
 * The behaviour every Store must have, defined once and run against each back end. `createBackend` gives each test
 * a database of its own.
 */
export function describeStoreContract(name: string, createBackend: () => Promise<StoreBackend>): void {
  describe(name, () => {
    let backend: StoreBackend;
    let opened: Store[];
    let store: SqlStore;
    const open = async (options?: TestOpenOptions) => {
      const next = await backend.open(options);
      opened.push(next);
      return next;
    };
    const migrationVersions = async () =>
      (await backend.query<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));

    beforeEach(async () => {
      backend = await createBackend();
      opened = [];
      store = await open();
    });

    afterEach(async () => {
      for (const each of opened) await each.close();
      await backend.dispose();
    });

    describe('recordAnswer, answerById, answerByMessage', () => {
      it('returns a recorded answer by id, its Answer parsed back', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        expect(await store.answerById(id)).toEqual({ ...newAnswer(1), id });
        expect((await store.answerById(id))?.answer).toEqual(answerOf('question 1?', 1));
      });

      it('keeps snowflake ids as strings and epoch milliseconds as numbers', async () => {
        const answer = newAnswer(1, { platform: 'discord', chatId: '1234567890123456789', messageId: '9223372036854775807', sentAt: 4102444800123 });
        const id = await store.recordAnswer(answer);
        const back = await store.answerById(id);
        expect(back).toEqual({ ...answer, id });
        expect(typeof back?.sentAt).toBe('number');
        expect(typeof back?.id).toBe('number');
      });

      it('gives increasing ids and never reuses one, even after the newest was pruned', async () => {
        const kept = await store.recordAnswer(newAnswer(1, { sentAt: T0 + DAY_MS }));
        const pruned = await store.recordAnswer(newAnswer(2, { sentAt: T0 }));
        expect(pruned).toBeGreaterThan(kept);
        expect(await store.prune(T0 + 1)).toBe(1);
        expect(await store.recordAnswer(newAnswer(3))).toBeGreaterThan(pruned);
      });

      it('keeps hostile text: the Answer exactly, plain columns with U+0000 and lone surrogates as U+FFFD', async () => {
        for (const [label, text] of Object.entries(HOSTILE_STRINGS)) {
          const answer = newAnswer(1, { chatId: `chat-${label}`, question: text, questionKey: text, answer: answerOf(text) });
          const back = await store.answerById(await store.recordAnswer(answer));
          expect(back?.answer, label).toEqual(answerOf(text));
          expect(back?.question, label).toBe(stored(text));
          expect(back?.questionKey, label).toBe(stored(text));
        }
      });

      it('finds an answer by its message once the message id is set, only in its own chat', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        expect(await store.answerByMessage(CHAT, '42')).toBeUndefined();
        await store.setAnswerMessage(id, '42');
        expect(await store.answerByMessage(CHAT, '42')).toEqual({ ...newAnswer(1), id, messageId: '42' });
        expect(await store.answerByMessage(OTHER_CHAT, '42')).toBeUndefined();
        expect(await store.answerByMessage(SAME_ID_ON_DISCORD, '42')).toBeUndefined();
      });

      it('finds the newest answer when a message id was used twice in a chat', async () => {
        await store.recordAnswer(newAnswer(1, { messageId: '7' }));
        const newer = await store.recordAnswer(newAnswer(2, { messageId: '7' }));
        expect((await store.answerByMessage(CHAT, '7'))?.id).toBe(newer);
      });

      it('finds nothing for unknown or impossible ids', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        for (const unknown of [id + 1, 0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER]) expect(await store.answerById(unknown)).toBeUndefined();
        await store.setAnswerMessage(Number.NaN, '1');
        expect(await store.answerByMessage(CHAT, 'no such message')).toBeUndefined();
      });
    });

    describe('recordPin, recordUnpin, pinnedAnswers', () => {
      const pinOf = (answerId: number, messageId: string, pinnedAt: number, chat: ChatRef = CHAT) => ({ ...chat, answerId, messageId, pinnedBy: 'mod-1', pinnedAt });

      it('lists the live pins newest first, up to the limit, with their answers', async () => {
        const ids = [];
        for (const n of [1, 2, 3]) ids.push(await store.recordAnswer(newAnswer(n, { messageId: `m${n}` })));
        await store.recordPin(pinOf(ids[0]!, 'm1', T0 + 30));
        await store.recordPin(pinOf(ids[1]!, 'm2', T0 + 10));
        await store.recordPin(pinOf(ids[2]!, 'm3', T0 + 20));
        const pinned = await store.pinnedAnswers(CHAT, 10);
        expect(pinned.map((p) => p.pin.messageId)).toEqual(['m1', 'm3', 'm2']);
        expect(pinned[0]).toEqual({ pin: pinOf(ids[0]!, 'm1', T0 + 30), answer: { ...newAnswer(1, { messageId: 'm1' }), id: ids[0] } });
        expect((await store.pinnedAnswers(CHAT, 2)).map((p) => p.pin.messageId)).toEqual(['m1', 'm3']);
        expect(await store.pinnedAnswers(CHAT, 0)).toEqual([]);
      });

      it('changes nothing when a pinned message is pinned again', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        await store.recordPin(pinOf(id, 'm1', T0));
        await store.recordPin({ ...pinOf(id, 'm1', T0 + 99), pinnedBy: 'mod-2' });
        const pinned = await store.pinnedAnswers(CHAT, 10);
        expect(pinned.map((p) => p.pin)).toEqual([pinOf(id, 'm1', T0)]);
      });

      it('unpins a live pin once, and a message can be pinned again after', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        await store.recordPin(pinOf(id, 'm1', T0));
        expect(await store.recordUnpin(CHAT, 'm1', T0 + 1)).toBe(true);
        expect(await store.recordUnpin(CHAT, 'm1', T0 + 2)).toBe(false);
        expect(await store.pinnedAnswers(CHAT, 10)).toEqual([]);
        await store.recordPin(pinOf(id, 'm1', T0 + 3));
        expect((await store.pinnedAnswers(CHAT, 10)).map((p) => p.pin.pinnedAt)).toEqual([T0 + 3]);
      });

      it('says false when unpinning a message that was never pinned', async () => {
        expect(await store.recordUnpin(CHAT, 'never', T0)).toBe(false);
      });

      it('keeps pins apart by chat and platform', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        await store.recordPin(pinOf(id, 'm1', T0, OTHER_CHAT));
        await store.recordPin(pinOf(id, 'm1', T0, SAME_ID_ON_DISCORD));
        expect(await store.pinnedAnswers(CHAT, 10)).toEqual([]);
        expect(await store.recordUnpin(CHAT, 'm1', T0)).toBe(false);
        expect(await store.pinnedAnswers(OTHER_CHAT, 10)).toHaveLength(1);
        expect(await store.pinnedAnswers(SAME_ID_ON_DISCORD, 10)).toHaveLength(1);
      });

      it('ignores a pin of an answer it does not have', async () => {
        await store.recordPin(pinOf(12345, 'm1', T0));
        expect(await store.pinnedAnswers(CHAT, 10)).toEqual([]);
      });
    });

    describe('vote, votesOf', () => {
      it('counts one vote per user, a new vote replacing the old, and resolves to the tally', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        const other = await store.recordAnswer(newAnswer(2));
        expect(await store.vote(id, 'u1', 1, T0)).toEqual({ up: 1, down: 0 });
        expect(await store.vote(id, 'u2', -1, T0)).toEqual({ up: 1, down: 1 });
        expect(await store.vote(id, 'u1', -1, T0 + 1)).toEqual({ up: 0, down: 2 });
        expect(await store.vote(id, 'u1', -1, T0 + 2)).toEqual({ up: 0, down: 2 });
        expect(await store.vote(other, 'u1', 1, T0)).toEqual({ up: 1, down: 0 });
        expect(await store.votesOf(id)).toEqual({ up: 0, down: 2 });
        expect(await backend.query('SELECT user_id FROM votes WHERE answer_id = ?', [id])).toHaveLength(2);
      });

      it('has no votes for an answer nobody voted on, or one it does not have, and stores none', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        expect(await store.votesOf(id)).toEqual({ up: 0, down: 0 });
        expect(await store.votesOf(id + 100)).toEqual({ up: 0, down: 0 });
        expect(await store.vote(id + 100, 'u1', 1, T0)).toEqual({ up: 0, down: 0 });
        expect(await store.vote(Number.NaN, 'u1', 1, T0)).toEqual({ up: 0, down: 0 });
        expect(await backend.query('SELECT user_id FROM votes')).toEqual([]);
      });

      it('counts every vote when many users vote at once', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        const tallies = await Promise.all(Array.from({ length: 20 }, (_, i) => store.vote(id, `u${i}`, i % 4 === 0 ? -1 : 1, T0)));
        for (const tally of tallies) expect(tally.up + tally.down).toBeGreaterThanOrEqual(1);
        expect(await store.votesOf(id)).toEqual({ up: 15, down: 5 });
      });
    });

    describe('recordUnanswered, digest', () => {
      const ask = (question: string, questionKey: string, askedAt: number, chat: ChatRef = CHAT) =>
        store.recordUnanswered({ ...chat, question, questionKey, askedAt });

      it('groups unanswered questions by key: most asked first, then most recent, with the latest wording', async () => {
        await ask('A first?', 'a', T0 + 1);
        await ask('B first?', 'b', T0 + 2);
        await ask('B again?', 'b', T0 + 3);
        await ask('B latest?', 'b', T0 + 4);
        await ask('A latest?', 'a', T0 + 5);
        await ask('C?', 'c', T0 + 6);
        await ask('D?', 'd', T0 + 7);
        expect((await store.digest({ ...CHAT, since: T0, limit: 10 })).unanswered).toEqual([
          { questionKey: 'b', question: 'B latest?', count: 3, lastAskedAt: T0 + 4 },
          { questionKey: 'a', question: 'A latest?', count: 2, lastAskedAt: T0 + 5 },
          { questionKey: 'd', question: 'D?', count: 1, lastAskedAt: T0 + 7 },
          { questionKey: 'c', question: 'C?', count: 1, lastAskedAt: T0 + 6 },
        ]);
      });

      it("counts only the chat's questions since the given time, at most limit of them", async () => {
        await ask('old?', 'a', T0 - 1);
        await ask('A?', 'a', T0);
        await ask('B?', 'b', T0 + 1);
        await ask('C?', 'c', T0 + 2);
        await ask('elsewhere?', 'a', T0 + 3, OTHER_CHAT);
        await ask('elsewhere?', 'a', T0 + 3, SAME_ID_ON_DISCORD);
        const { unanswered } = await store.digest({ ...CHAT, since: T0, limit: 2 });
        expect(unanswered.map((u) => [u.questionKey, u.count])).toEqual([['c', 1], ['b', 1]]);
        expect((await store.digest({ ...CHAT, since: T0, limit: 5 })).unanswered.find((u) => u.questionKey === 'a')).toEqual({
          questionKey: 'a', question: 'A?', count: 1, lastAskedAt: T0,
        });
        expect(await store.digest({ ...CHAT, since: T0 + 10, limit: 5 })).toEqual({ unanswered: [], disliked: [] });
      });

      it('lists answers with at least one 👎: most 👎 first, then fewest 👍, then newest', async () => {
        const record = (n: number, chat: ChatRef = CHAT, sentAt = T0 + n) => store.recordAnswer(newAnswer(n, { ...chat, sentAt }));
        const votes = async (id: number, values: (1 | -1)[]) => {
          for (const [i, value] of values.entries()) await store.vote(id, `u${i}`, value, T0 + 100);
        };
        const x = await record(1);
        await votes(x, [-1, -1, 1]);
        const y = await record(2);
        await votes(y, [-1]);
        await votes(await record(3), [1, 1]);
        const w = await record(4);
        await votes(w, [-1, -1, -1]);
        await store.setAnswerMessage(w, 'msg-w');
        const v = await record(5);
        await votes(v, [-1, 1]);
        const newerY = await record(6);
        await votes(newerY, [-1]);
        await votes(await record(7, CHAT, T0 - 10), [-1, -1, -1, -1]);
        await votes(await record(8, OTHER_CHAT), [-1, -1, -1, -1]);
        const { disliked } = await store.digest({ ...CHAT, since: T0, limit: 10 });
        expect(disliked).toEqual([
          { answerId: w, question: 'question 4?', messageId: 'msg-w', up: 0, down: 3 },
          { answerId: x, question: 'question 1?', up: 1, down: 2 },
          { answerId: newerY, question: 'question 6?', up: 0, down: 1 },
          { answerId: y, question: 'question 2?', up: 0, down: 1 },
          { answerId: v, question: 'question 5?', up: 1, down: 1 },
        ]);
        expect((await store.digest({ ...CHAT, since: T0, limit: 2 })).disliked.map((d) => d.answerId)).toEqual([w, x]);
      });
    });

    describe('migrateChat', () => {
      it("moves the chat's answers, pins and unanswered questions to its new id, and nothing else", async () => {
        const moved = await store.recordAnswer(newAnswer(1, { messageId: 'm1' }));
        const stays = await store.recordAnswer(newAnswer(2, { ...OTHER_CHAT, messageId: 'm1' }));
        const discord = await store.recordAnswer(newAnswer(3, { ...SAME_ID_ON_DISCORD, messageId: 'm1' }));
        await store.recordPin({ ...CHAT, answerId: moved, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        await store.recordPin({ ...SAME_ID_ON_DISCORD, answerId: discord, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        await store.recordUnanswered({ ...CHAT, question: 'Q?', questionKey: 'q', askedAt: T0 });
        await store.vote(moved, 'u1', -1, T0);

        await store.migrateChat('telegram', CHAT.chatId, '-100999');
        const NEW_CHAT: ChatRef = { platform: 'telegram', chatId: '-100999' };

        expect(await store.answerByMessage(CHAT, 'm1')).toBeUndefined();
        expect(await store.answerByMessage(NEW_CHAT, 'm1')).toMatchObject({ id: moved, chatId: '-100999' });
        expect(await store.pinnedAnswers(CHAT, 10)).toEqual([]);
        expect((await store.pinnedAnswers(NEW_CHAT, 10)).map((p) => [p.pin.chatId, p.answer.id])).toEqual([['-100999', moved]]);
        expect(await store.digest({ ...NEW_CHAT, since: T0, limit: 5 })).toEqual({
          unanswered: [{ questionKey: 'q', question: 'Q?', count: 1, lastAskedAt: T0 }],
          disliked: [{ answerId: moved, question: 'question 1?', messageId: 'm1', up: 0, down: 1 }],
        });
        expect(await store.digest({ ...CHAT, since: T0, limit: 5 })).toEqual({ unanswered: [], disliked: [] });
        expect((await store.answerByMessage(OTHER_CHAT, 'm1'))?.id).toBe(stays);
        expect((await store.answerByMessage(SAME_ID_ON_DISCORD, 'm1'))?.id).toBe(discord);
        expect(await store.pinnedAnswers(SAME_ID_ON_DISCORD, 10)).toHaveLength(1);
      });

      it('keeps one live pin when the same message id is pinned in both chats', async () => {
        const old = await store.recordAnswer(newAnswer(1));
        const current = await store.recordAnswer(newAnswer(2, OTHER_CHAT));
        await store.recordPin({ ...CHAT, answerId: old, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        await store.recordPin({ ...OTHER_CHAT, answerId: current, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 + 1 });
        await store.migrateChat('telegram', CHAT.chatId, OTHER_CHAT.chatId);
        expect((await store.pinnedAnswers(OTHER_CHAT, 10)).map((p) => p.answer.id)).toEqual([current]);
        expect(await store.answerById(old)).toMatchObject({ chatId: OTHER_CHAT.chatId });
      });

      it('changes nothing when the new id is the old one', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        await store.recordPin({ ...CHAT, answerId: id, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        await store.migrateChat('telegram', CHAT.chatId, CHAT.chatId);
        expect(await store.pinnedAnswers(CHAT, 10)).toHaveLength(1);
      });
    });

    describe('rememberQuestion, recentQuestions', () => {
      const GUILD: QuestionScope = { platform: 'discord', scopeId: '200000000000000001' };
      const remember = (question: string, askedAt: number, scope = GUILD, questionKey = question.toLowerCase()) =>
        store.rememberQuestion({ ...scope, question, questionKey, askedAt });

      it("lists a scope's questions newest first, up to the limit, apart by scope and platform", async () => {
        await remember('first?', T0 + 1);
        await remember('second?', T0 + 2);
        await remember('third?', T0 + 3);
        await remember('elsewhere?', T0 + 4, { ...GUILD, scopeId: '2' });
        await remember('on telegram?', T0 + 5, { platform: 'telegram', scopeId: GUILD.scopeId });
        expect(await store.recentQuestions(GUILD, 2)).toEqual(['third?', 'second?']);
        expect(await store.recentQuestions(GUILD, 10)).toEqual(['third?', 'second?', 'first?']);
        expect(await store.recentQuestions({ ...GUILD, scopeId: '3' }, 10)).toEqual([]);
      });

      it('keeps a question asked again once, at the front, in its latest wording; an older report changes nothing', async () => {
        await remember('Who sent troops?', T0 + 1);
        await remember('Other?', T0 + 2);
        await remember('who sent TROOPS', T0 + 3, GUILD, 'who sent troops?');
        await remember('WHO SENT TROOPS?', T0, GUILD, 'who sent troops?');
        expect(await store.recentQuestions(GUILD, 10)).toEqual(['who sent TROOPS', 'Other?']);
      });

      it('keeps long and hostile questions (the key is stored hashed)', async () => {
        const long = '漢'.repeat(1000);
        await remember(long, T0 + 1);
        await remember(HOSTILE_STRINGS.nullAndControls!, T0 + 2);
        expect(await store.recentQuestions(GUILD, 10)).toEqual([stored(HOSTILE_STRINGS.nullAndControls!), long]);
      });

      it('forgets questions last asked before the prune time', async () => {
        await remember('old?', T0);
        await remember('new?', T0 + 10 * DAY_MS);
        expect(await store.prune(T0 + 5 * DAY_MS)).toBe(1);
        expect(await store.recentQuestions(GUILD, 10)).toEqual(['new?']);
      });
    });

    describe('putKey, getKey', () => {
      it('gives the first 12 base64url characters of the SHA-256, the same key for the same value', async () => {
        const value = 'ما هي قوات حفظ السلام؟';
        const key = await store.putKey(value);
        expect(key).toBe(sha256Key(value, 12));
        expect(key).toMatch(/^[A-Za-z0-9_-]{12}$/);
        expect(await store.putKey(value)).toBe(key);
        expect(await store.putKey('another question')).not.toBe(key);
        expect(await store.getKey(key)).toBe(value);
        expect(await backend.query('SELECT short_key FROM short_keys')).toHaveLength(2);
      });

      it('lengthens the key by 4 characters when its 12 already belong to another value', async () => {
        const value = 'the question behind the button';
        await backend.query('INSERT INTO short_keys (short_key, value, created_at, used_at) VALUES (?, ?, ?, ?)', [sha256Key(value, 12), 'someone else', T0, T0]);
        const key = await store.putKey(value);
        expect(key).toBe(sha256Key(value, 16));
        expect(await store.putKey(value)).toBe(key);
        expect(await store.getKey(key)).toBe(value);
        expect(await store.getKey(sha256Key(value, 12))).toBe('someone else');
      });

      it('finds nothing for an unknown key', async () => {
        expect(await store.getKey('AAAAAAAAAAAA')).toBeUndefined();
        expect(await store.getKey('')).toBeUndefined();
      });

      it('gives one key when two instances put the same value at once', async () => {
        const second = await open();
        const keys = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? store : second).putKey('same question')));
        expect(new Set(keys)).toEqual(new Set([sha256Key('same question', 12)]));
        expect(await backend.query('SELECT short_key FROM short_keys')).toHaveLength(1);
      });
    });

    describe('prune', () => {
      it('deletes old answers with their votes and pins, keeps pinned and recent ones, and counts every row', async () => {
        let clock = T0;
        const timed = await open({ now: () => clock });
        const old = await store.recordAnswer(newAnswer(1, { sentAt: T0 }));
        await store.vote(old, 'u1', 1, T0);
        await store.vote(old, 'u2', -1, T0);
        const pinned = await store.recordAnswer(newAnswer(2, { sentAt: T0 }));
        await store.vote(pinned, 'u1', 1, T0);
        await store.recordPin({ ...CHAT, answerId: pinned, messageId: 'm2', pinnedBy: 'mod', pinnedAt: T0 });
        await store.recordUnpin(CHAT, 'm2', T0 + DAY_MS);
        await store.recordPin({ ...CHAT, answerId: pinned, messageId: 'm2', pinnedBy: 'mod', pinnedAt: T0 + 2 * DAY_MS });
        const unpinned = await store.recordAnswer(newAnswer(3, { sentAt: T0 }));
        await store.vote(unpinned, 'u1', 1, T0);
        await store.recordPin({ ...CHAT, answerId: unpinned, messageId: 'm3', pinnedBy: 'mod', pinnedAt: T0 });
        await store.recordUnpin(CHAT, 'm3', T0 + DAY_MS);
        const recent = await store.recordAnswer(newAnswer(4, { sentAt: T0 + 10 * DAY_MS }));
        await store.vote(recent, 'u1', -1, T0);
        await store.recordUnanswered({ ...CHAT, question: 'old?', questionKey: 'old', askedAt: T0 });
        await store.recordUnanswered({ ...CHAT, question: 'new?', questionKey: 'new', askedAt: T0 + 10 * DAY_MS });
        const unusedKey = await timed.putKey('unused since T0');
        const readKey = await timed.putKey('read since');
        clock = T0 + 10 * DAY_MS;
        expect(await timed.getKey(readKey)).toBe('read since');

        // old: answer + 2 votes; unpinned: answer + vote + pin; pinned: its first, unpinned pin; 1 question; 1 key.
        expect(await store.prune(T0 + 5 * DAY_MS)).toBe(9);

        expect(await store.answerById(old)).toBeUndefined();
        expect(await store.answerById(unpinned)).toBeUndefined();
        expect(await store.answerById(pinned)).toMatchObject({ id: pinned });
        expect(await store.votesOf(pinned)).toEqual({ up: 1, down: 0 });
        expect(await store.answerById(recent)).toMatchObject({ id: recent });
        expect(await store.votesOf(recent)).toEqual({ up: 0, down: 1 });
        expect((await store.pinnedAnswers(CHAT, 10)).map((p) => [p.answer.id, p.pin.pinnedAt])).toEqual([[pinned, T0 + 2 * DAY_MS]]);
        expect((await store.digest({ ...CHAT, since: 0, limit: 10 })).unanswered.map((u) => u.questionKey)).toEqual(['new']);
        expect(await store.getKey(unusedKey)).toBeUndefined();
        expect(await store.getKey(readKey)).toBe('read since');
        expect(await backend.query('SELECT answer_id FROM votes')).toHaveLength(2);
        expect(await backend.query('SELECT id FROM pins')).toHaveLength(1);
        expect(await store.prune(T0 + 5 * DAY_MS)).toBe(0);
      });

      it('deletes a pinned answer once its pin is gone', async () => {
        const id = await store.recordAnswer(newAnswer(1, { sentAt: T0 }));
        await store.recordPin({ ...CHAT, answerId: id, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        expect(await store.prune(T0 + DAY_MS)).toBe(0);
        await store.recordUnpin(CHAT, 'm1', T0 + 2 * DAY_MS);
        expect(await store.prune(T0 + DAY_MS)).toBe(2);
        expect(await store.answerById(id)).toBeUndefined();
      });
    });

    describe('close and open again', () => {
      it('keeps every record', async () => {
        const id = await store.recordAnswer(newAnswer(1, { messageId: 'm1' }));
        await store.recordPin({ ...CHAT, answerId: id, messageId: 'm1', pinnedBy: 'mod', pinnedAt: T0 });
        await store.vote(id, 'u1', -1, T0);
        await store.recordUnanswered({ ...CHAT, question: 'Q?', questionKey: 'q', askedAt: T0 });
        const key = await store.putKey('a value');
        await store.close();
        await store.close();

        const again = await open();
        expect(again.migrated).toEqual([]);
        expect(await again.answerById(id)).toEqual({ ...newAnswer(1, { messageId: 'm1' }), id });
        expect((await again.pinnedAnswers(CHAT, 10)).map((p) => p.answer.id)).toEqual([id]);
        expect(await again.votesOf(id)).toEqual({ up: 0, down: 1 });
        expect((await again.digest({ ...CHAT, since: T0, limit: 10 })).unanswered).toHaveLength(1);
        expect(await again.getKey(key)).toBe('a value');
      });
    });

    describe('migrations', () => {
      it('applies every migration once and records it; opening again applies none', async () => {
        expect(versionsOf(store.migrated)).toEqual(versionsOf(MIGRATIONS));
        expect((await open()).migrated).toEqual([]);
        const rows = await backend.query<{ version: number | string; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
        expect(rows.map((r) => [Number(r.version), r.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
      });

      it('applies a new migration on the next start, keeping the data', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        const next: Migration = { version: NEXT_VERSION, name: 'extra', sqlite: 'CREATE TABLE extra (x INTEGER); INSERT INTO extra VALUES (7);', postgres: 'CREATE TABLE extra (x INTEGER); INSERT INTO extra VALUES (7);' };
        const upgraded = await open({ migrations: [...MIGRATIONS, next] });
        expect(versionsOf(upgraded.migrated)).toEqual([NEXT_VERSION]);
        expect((await backend.query<{ x: number }>('SELECT x FROM extra')).map((r) => r.x)).toEqual([7]);
        expect(await upgraded.answerById(id)).toMatchObject({ id });
        expect(await migrationVersions()).toEqual([...versionsOf(MIGRATIONS), NEXT_VERSION]);
      });

      it('rolls a failing migration back entirely', async () => {
        const broken: Migration = {
          version: NEXT_VERSION, name: 'broken',
          sqlite: 'CREATE TABLE extra (x INTEGER); SELECT x FROM no_such_table;',
          postgres: 'CREATE TABLE extra (x INTEGER); SELECT x FROM no_such_table;',
        };
        await expect(open({ migrations: [...MIGRATIONS, broken] })).rejects.toThrow(/no_such_table/);
        await expect(backend.query('SELECT x FROM extra')).rejects.toThrow(/extra/);
        expect(await migrationVersions()).toEqual(versionsOf(MIGRATIONS));
      });

      it('refuses a database from a newer sanad with a clear message, and changes nothing', async () => {
        const id = await store.recordAnswer(newAnswer(1));
        await backend.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [999, 'from the future', T0]);
        const refusal = await open().then(() => undefined, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(StoreError);
        expect((refusal as Error).message).toMatch(/schema version 999, unknown to this sanad \(it knows versions up to \d+\): it was used by a newer sanad/);
        expect(await migrationVersions()).toEqual([...versionsOf(MIGRATIONS), 999]);
        expect(await store.answerById(id)).toMatchObject({ id });
      });

      it('migrates once when two instances start together on an empty database', async () => {
        const fresh = await createBackend();
        const starts = await Promise.allSettled([fresh.open(), fresh.open()]);
        try {
          const both = starts.map((start) => {
            if (start.status === 'rejected') throw start.reason;
            return start.value;
          });
          expect(both.flatMap((s) => versionsOf(s.migrated)).sort()).toEqual(versionsOf(MIGRATIONS));
        } finally {
          for (const start of starts) if (start.status === 'fulfilled') await start.value.close();
          await fresh.dispose();
        }
      });
    });
  });
}
