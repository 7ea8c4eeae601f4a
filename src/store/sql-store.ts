import { KEY_MAX_LENGTH_CHARS, keyLengths, keyOf } from './key-of.js';
import type { Migration } from './migrations.js';
import { toSentAnswer, type AnswerRow, type DislikedAnswerRow, type IntColumn, type PinnedAnswerRow, type TallyRow, type UnansweredCountRow } from './rows.js';
import type { SqlDatabase, SqlSession } from './sql-database.js';
import { rateCounter } from './rate-limits.js';
import { SQL } from './statements.js';
import { StoreError } from './store-error.js';
import type {
  AdoptedClaim, ChatRef, ChatSetting, Digest, DigestDismissal, DigestQuery, EventClaim, NewAnswer, Pin, PinnedAnswer, Platform, QuestionScope, RateLimit,
  RateVerdict, RecentQuestion, SentAnswer, Store, UnansweredQuestion, VoteReason, VoteTally, VoteValue, ClaimedNote, QueuedNote
} from './store.js';
import { MAX_NOTE_ATTEMPTS, VOTE_REASONS } from './store.js';

/** How stale a key's last-used time may get before reading the key refreshes it: reads write at most once a day. */
export const KEY_TOUCH_INTERVAL_MS = 24 * 60 * 60 * 1000;
/**
 * How long event claims are kept at least: Telegram keeps an undelivered update 24 hours, so a claim older than two
 * days can meet no redelivery. Claims go sooner than the other records (one row per message the bot handles).
 */
export const EVENT_CLAIMS_KEEP_MS = 2 * 24 * 60 * 60 * 1000;

const NO_VOTES: VoteTally = { up: 0, down: 0 };

/** Whether a number can be an answer id; anything else (NaN from a mangled button) finds nothing. */
const isAnswerId = (id: number) => Number.isSafeInteger(id) && id > 0;

async function answerExists(session: SqlSession, answerId: number): Promise<boolean> {
  return (await session.all(SQL.answerExists, [answerId])).length > 0;
}

async function tallyOf(session: SqlSession, answerId: number): Promise<VoteTally> {
  const [row] = await session.all<TallyRow>(SQL.votesOf, [answerId]);
  return { up: Number(row?.up ?? 0), down: Number(row?.down ?? 0) };
}

/**
 * The Store over any SqlDatabase: the semantics live here once, the back ends only run SQL. A method with several
 * statements runs them in one transaction; a single statement is its own transaction.
 */
export class SqlStore implements Store {
  private closing?: Promise<void>;
  private readonly rates: (limit: RateLimit, key: string) => Promise<RateVerdict>;

  /** `migrated`: the migrations applied when the store was opened (empty when the schema was up to date). */
  constructor(
    /** The database under the store (the documents part of the store works on it too; see openDocumentStore). */
    readonly db: SqlDatabase,
    readonly migrated: readonly Migration[],
    private readonly now: () => number = Date.now,
  ) {
    this.rates = rateCounter((limit) => db.rateLimiter(limit));
  }

  async recordAnswer(answer: NewAnswer): Promise<number> {
    const [row] = await this.db.all<{ id: IntColumn }>(SQL.insertAnswer, [
      answer.platform, answer.chatId, answer.messageId ?? null, answer.question, answer.questionKey, JSON.stringify(answer.answer), answer.sentAt,
      answer.followUp?.topic ?? null, answer.followUp?.turn ?? 0,
    ]);
    return Number(row!.id);
  }

  async setAnswerMessage(answerId: number, messageId: string): Promise<void> {
    if (isAnswerId(answerId)) await this.db.run(SQL.setAnswerMessage, [messageId, answerId]);
  }

  async answerById(answerId: number): Promise<SentAnswer | undefined> {
    if (!isAnswerId(answerId)) return undefined;
    const [row] = await this.db.all<AnswerRow>(SQL.answerById, [answerId]);
    return row && toSentAnswer(row);
  }

  async answerByMessage(chat: ChatRef, messageId: string): Promise<SentAnswer | undefined> {
    const [row] = await this.db.all<AnswerRow>(SQL.answerByMessage, [chat.platform, chat.chatId, messageId]);
    return row && toSentAnswer(row);
  }

  async recordPin(pin: Omit<Pin, 'unpinnedAt'>): Promise<void> {
    await this.db.transaction(async (s) => {
      // An answer pruned meanwhile cannot be pinned; nothing to keep.
      if (!(await answerExists(s, pin.answerId))) return;
      await s.run(SQL.insertPin, [pin.answerId, pin.platform, pin.chatId, pin.messageId, pin.pinnedBy, pin.pinnedAt]);
    });
  }

  async recordUnpin(chat: ChatRef, messageId: string, at: number): Promise<boolean> {
    return (await this.db.run(SQL.unpin, [at, chat.platform, chat.chatId, messageId])) > 0;
  }

  async pinnedAnswers(chat: ChatRef, limit: number): Promise<PinnedAnswer[]> {
    const rows = await this.db.all<PinnedAnswerRow>(SQL.pinnedAnswers, [chat.platform, chat.chatId, rowLimit(limit)]);
    return rows.map((row) => {
      const answer = toSentAnswer(row);
      const pin: Pin = {
        platform: row.pin_platform as Platform, chatId: row.pin_chat_id, answerId: answer.id, messageId: row.pin_message_id,
        pinnedBy: row.pinned_by, pinnedAt: Number(row.pinned_at),
      };
      return { pin, answer };
    });
  }

  async vote(answerId: number, userId: string, value: VoteValue, at: number): Promise<VoteTally> {
    if (!isAnswerId(answerId)) return { ...NO_VOTES };
    return this.db.transaction(async (s) => {
      // A button of a pruned answer: the vote has nothing to count towards.
      if (!(await answerExists(s, answerId))) return { ...NO_VOTES };
      await s.run(SQL.upsertVote, [answerId, userId, value, at]);
      return tallyOf(s, answerId);
    });
  }

  async votesOf(answerId: number): Promise<VoteTally> {
    return isAnswerId(answerId) ? tallyOf(this.db, answerId) : { ...NO_VOTES };
  }

  async setVoteReason(answerId: number, userId: string, reason: VoteReason): Promise<boolean> {
    if (!isAnswerId(answerId) || !VOTE_REASONS.includes(reason)) return false;
    return (await this.db.run(SQL.setVoteReason, [reason, answerId, userId])) > 0;
  }

  async dismissDigestItem(dismissal: DigestDismissal): Promise<void> {
    const { item } = dismissal;
    const key = item.kind === 'unanswered' ? item.questionKey : String(item.answerId);
    await this.db.run(SQL.dismissDigestItem, [
      dismissal.platform, dismissal.chatId, item.kind, keyOf(key, KEY_MAX_LENGTH_CHARS), key, dismissal.dismissedBy, dismissal.dismissedAt,
    ]);
  }

  async latestAnswerIn(chat: ChatRef, since: number): Promise<SentAnswer | undefined> {
    const [row] = await this.db.all<AnswerRow>(SQL.latestAnswerIn, [chat.platform, chat.chatId, since]);
    return row && toSentAnswer(row);
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<void> {
    await this.db.run(SQL.insertUnanswered, [question.platform, question.chatId, question.question, question.questionKey, question.askedAt]);
  }

  async digest(query: DigestQuery): Promise<Digest> {
    const params = [query.platform, query.chatId, query.since, rowLimit(query.limit)];
    return this.db.transaction(async (s) => {
      const unanswered = await s.all<UnansweredCountRow>(SQL.unansweredCounts, params);
      const disliked = await s.all<DislikedAnswerRow>(SQL.dislikedAnswers, params);
      const reasons = new Map<number, Partial<Record<VoteReason, number>>>();
      for (const r of await s.all<{ answer_id: IntColumn; reason: VoteReason; n: IntColumn }>(SQL.dislikedReasons, params.slice(0, 3))) {
        const id = Number(r.answer_id);
        reasons.set(id, { ...reasons.get(id), [r.reason]: Number(r.n) });
      }
      return {
        unanswered: unanswered.map((r) => ({ questionKey: r.question_key, question: r.question, count: Number(r.ask_count), lastAskedAt: Number(r.asked_at) })),
        disliked: disliked.map((r) => ({
          answerId: Number(r.id), question: r.question, ...(r.message_id === null ? {} : { messageId: r.message_id }), up: Number(r.up), down: Number(r.down),
          ...(reasons.has(Number(r.id)) ? { reasons: reasons.get(Number(r.id)) } : {}),
        })),
      };
    });
  }

  async migrateChat(platform: Platform, fromChatId: string, toChatId: string): Promise<void> {
    if (fromChatId === toChatId) return;
    await this.db.transaction(async (s) => {
      await s.run(SQL.yieldMigratedPins, [this.now(), platform, fromChatId, platform, toChatId]);
      for (const move of [SQL.moveAnswers, SQL.movePins, SQL.moveUnanswered]) await s.run(move, [toChatId, platform, fromChatId]);
      await s.run(SQL.moveChatSettings, [toChatId, platform, fromChatId, toChatId]);
      await s.run(SQL.moveDismissals, [toChatId, platform, fromChatId, toChatId]);
    });
  }

  async rememberQuestion(question: RecentQuestion): Promise<void> {
    const hash = keyOf(question.questionKey, KEY_MAX_LENGTH_CHARS);
    await this.db.run(SQL.rememberQuestion, [question.platform, question.scopeId, hash, question.question, question.askedAt]);
  }

  async recentQuestions(scope: QuestionScope, limit: number): Promise<string[]> {
    const rows = await this.db.all<{ question: string }>(SQL.recentQuestions, [scope.platform, scope.scopeId, rowLimit(limit)]);
    return rows.map((row) => row.question);
  }

  async putKey(value: string): Promise<string> {
    const now = this.now();
    return this.db.transaction(async (s) => {
      // A key taken by another value (a 72-bit prefix collision: about never) makes the next one 4 characters longer.
      for (const length of keyLengths()) {
        const key = keyOf(value, length);
        if ((await s.all(SQL.putKey, [key, value, now, now])).length > 0) return key;
      }
      throw new StoreError('putKey: every key of the value belongs to another value');
    });
  }

  async getKey(key: string): Promise<string | undefined> {
    const now = this.now();
    return this.db.transaction(async (s) => {
      const [row] = await s.all<{ value: string; used_at: IntColumn }>(SQL.getKey, [key]);
      if (!row) return undefined;
      const stale = now - KEY_TOUCH_INTERVAL_MS;
      // Keys are pruned by last use: a key still behind a pressed button stays.
      if (Number(row.used_at) < stale) await s.run(SQL.touchKey, [now, key, stale]);
      return row.value;
    });
  }

  async prune(before: number): Promise<number> {
    return this.db.transaction(async (s) => {
      let deleted = 0;
      // Votes and pins of an answer first, so every deleted row is counted (a cascade would delete them uncounted).
      for (const sql of [SQL.pruneVotes, SQL.prunePinsOfAnswers, SQL.pruneAnswers, SQL.pruneUnpinned, SQL.pruneUnanswered, SQL.pruneKeys, SQL.pruneRecentQuestions, SQL.pruneDismissals, SQL.pruneNotes]) {
        deleted += await s.run(sql, [before]);
      }
      return deleted + (await s.run(SQL.pruneClaims, [Math.max(before, this.now() - EVENT_CLAIMS_KEEP_MS)]));
    });
  }

  async claimEvent(claim: EventClaim): Promise<'claimed' | 'seen'> {
    const changed = await this.db.run(SQL.claimEvent, [claim.platform, claim.eventId, claim.owner, claim.payload ?? null, claim.claimedAt, claim.leaseUntil]);
    return changed > 0 ? 'claimed' : 'seen';
  }

  async finishEvent(platform: Platform, eventId: string, at: number): Promise<void> {
    await this.db.run(SQL.finishEvent, [at, platform, eventId]);
  }

  renewClaims(owner: string, leaseUntil: number): Promise<number> {
    return this.db.run(SQL.renewClaims, [leaseUntil, owner]);
  }

  async adoptClaims(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<AdoptedClaim[]> {
    const rows = await this.db.all<{ event_id: string; payload: string }>(SQL.adoptClaims, [owner, leaseUntil, platform, now, platform, now, rowLimit(limit)]);
    return rows.map((row) => ({ eventId: row.event_id, payload: row.payload }));
  }

  consumeRate(limit: RateLimit, key: string): Promise<RateVerdict> {
    return this.rates(limit, key);
  }

  async queueNotes(notes: readonly QueuedNote[]): Promise<void> {
    if (notes.length === 0) return;
    await this.db.transaction(async (s) => {
      for (const note of notes) await s.run(SQL.queueNote, [note.platform, note.chatId, note.body, note.queuedAt]);
    });
  }

  async claimNotes(platform: Platform, now: number, leaseUntil: number, limit: number): Promise<ClaimedNote[]> {
    const rows = await this.db.all<{ id: number | string; chat_id: string; body: string }>(
      SQL.claimNotes, [leaseUntil, platform, now, MAX_NOTE_ATTEMPTS, platform, now, MAX_NOTE_ATTEMPTS, rowLimit(limit)],
    );
    return rows.map((row) => ({ id: Number(row.id), platform, chatId: row.chat_id, body: row.body })).sort((a, b) => a.id - b.id);
  }

  async finishNote(id: number, at: number): Promise<void> {
    await this.db.run(SQL.finishNote, [at, id]);
  }

  async chatSetting(chat: ChatRef, name: string): Promise<string | undefined> {
    const [row] = await this.db.all<{ value: string }>(SQL.chatSetting, [chat.platform, chat.chatId, name]);
    return row?.value;
  }

  async setChatSetting(setting: ChatSetting): Promise<void> {
    await this.db.run(SQL.setChatSetting, [setting.platform, setting.chatId, setting.name, setting.value, setting.updatedBy ?? null, setting.updatedAt]);
  }

  async close(): Promise<void> {
    this.closing ??= this.db.close();
    await this.closing;
  }
}

/** A LIMIT both back ends read alike (SQLite takes a negative LIMIT as none, PostgreSQL refuses it). */
function rowLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
}
