import type { Answer } from '../answer/answer.js';

/** The chat platforms whose records the store keeps apart. */
export type Platform = 'telegram' | 'discord' | 'terminal';

/**
 * Where a record lives. Ids are strings on every platform: Discord snowflakes do not fit a JS number, and one
 * column type keeps the two back ends alike.
 */
export interface ChatRef {
  platform: Platform;
  chatId: string;
}

/** An answer the bot sent, as the store keeps it. */
export interface SentAnswer extends ChatRef {
  /** The store's own id for the answer (callback buttons carry it). */
  id: number;
  /** The message that carries the answer (its first part when split); absent for inline results. */
  messageId?: string;
  question: string;
  /** A normalised form of the question, so the same question asked twice counts once (see questionKey in the core). */
  questionKey: string;
  answer: Answer;
  /** Epoch milliseconds. */
  sentAt: number;
  /**
   * When the answer followed up an earlier one (issue 14 §3): the earlier question(s) it was read with, and its turn in
   * the chain (1 for the first follow-up). Absent: a question read on its own.
   */
  followUp?: FollowUpRecord;
}

/** How an answer continued an earlier one: the topic it was read with and its turn in the chain. */
export interface FollowUpRecord {
  /** The earlier question(s) whose words were added to this one (the chain's questions, oldest first). */
  topic: string;
  /** 1 for a follow-up of a question read on its own, 2 for a follow-up of that, and so on. */
  turn: number;
}

/** What recordAnswer needs: a SentAnswer without the ids the store assigns. */
export type NewAnswer = Omit<SentAnswer, 'id'>;

/** A pin of an answer by a moderator. */
export interface Pin extends ChatRef {
  answerId: number;
  /** The pinned message. */
  messageId: string;
  /** Platform user id of the moderator (or the chat's own id for an anonymous admin). */
  pinnedBy: string;
  pinnedAt: number;
  unpinnedAt?: number;
}

/** A pinned answer with what the curated-answer check and /pinned need. */
export interface PinnedAnswer {
  pin: Pin;
  answer: SentAnswer;
}

/** A user's vote on an answer: +1 (👍) or -1 (👎). */
export type VoteValue = 1 | -1;

/** Why a user disliked an answer (👎 offers these). */
export type VoteReason = 'wrong_passage' | 'not_answered' | 'outdated' | 'other';

/** Every VoteReason, in the order the buttons show them. */
export const VOTE_REASONS: readonly VoteReason[] = ['wrong_passage', 'not_answered', 'outdated', 'other'];

/** Votes on one answer. */
export interface VoteTally {
  up: number;
  down: number;
}

/** A question the bot could not answer. */
export interface UnansweredQuestion extends ChatRef {
  question: string;
  questionKey: string;
  askedAt: number;
}

/** One line of the digest's unanswered list: a question key, how often, and its latest wording. */
export interface UnansweredCount {
  questionKey: string;
  /** The latest wording of the question. */
  question: string;
  count: number;
  lastAskedAt: number;
}

/** One line of the digest's disliked list. */
export interface DislikedAnswer {
  answerId: number;
  question: string;
  messageId?: string;
  up: number;
  down: number;
  /** How many 👎 gave each reason (reasons nobody gave are absent). */
  reasons?: Partial<Record<VoteReason, number>>;
}

/** An item a moderator can take off the digest: an unanswered question (by its key) or a disliked answer. */
export type DigestItem = { kind: 'unanswered'; questionKey: string } | { kind: 'disliked'; answerId: number };

/** A moderator's dismissal of a digest item. */
export interface DigestDismissal extends ChatRef {
  item: DigestItem;
  /** Platform user id of the moderator. */
  dismissedBy: string;
  dismissedAt: number;
}

/** The moderators' digest over a period. */
export interface Digest {
  unanswered: UnansweredCount[];
  disliked: DislikedAnswer[];
}

/** Options of Store.digest. */
export interface DigestQuery extends ChatRef {
  /** Epoch milliseconds; only records from then on count. */
  since: number;
  /** Longest length of each list. */
  limit: number;
}

/** Where remembered questions are offered again: a Discord server (questions are suggested server-wide). */
export interface QuestionScope {
  platform: Platform;
  scopeId: string;
}

/** A question answered publicly in a scope, remembered for autocomplete. */
export interface RecentQuestion extends QuestionScope {
  question: string;
  /** The core's normalised key (see questionKey): the same question reworded is remembered once. */
  questionKey: string;
  askedAt: number;
}

/** A claim on one incoming event: a Telegram update or a Discord interaction, by the platform's own id. */
export interface EventClaim {
  platform: Platform;
  eventId: string;
  /** The instance claiming it (see ClaimOwner in the adapters): only it renews the lease. */
  owner: string;
  /**
   * The event as received, kept while the claim is open so that another instance can answer it should this one die
   * (Telegram updates; absent for Discord interactions, whose token another process cannot use in time).
   */
  payload?: string;
  /** Epoch ms: claimed at, and the time until which the owner holds it unless it renews it. */
  claimedAt: number;
  leaseUntil: number;
}

/** An open claim passed to a new owner: its event, to be answered now. */
export interface AdoptedClaim {
  eventId: string;
  payload: string;
}

/** How many times a queued note is handed out before it is given up (a chat that refuses it keeps refusing). */
export const MAX_NOTE_ATTEMPTS = 5;

/** A note to post in a chat of a platform, queued for whichever instance runs that platform's bot. */
export interface QueuedNote extends ChatRef {
  /** What to post, as the caller encoded it (the conversation's Reply as JSON). */
  body: string;
  /** Epoch ms. */
  queuedAt: number;
}

/** A queued note handed to one instance to post. */
export interface ClaimedNote extends ChatRef {
  id: number;
  body: string;
}

/** A limit on how often something may happen: `points` per `durationSeconds`, counted per key. */
export interface RateLimit {
  /** Keeps counters of different limits apart (`user`, `chat` …). */
  name: string;
  points: number;
  durationSeconds: number;
}

/** One counted attempt against a RateLimit. */
export interface RateVerdict {
  allowed: boolean;
  /** Points used in the current window, this attempt included (points + 1 on the first refusal). */
  consumedPoints: number;
  /** Milliseconds until the window frees a point. */
  msBeforeNext: number;
}

/** A setting of a chat, chosen by one of its moderators. */
export interface ChatSetting extends ChatRef {
  /** What it sets (`listen`: where the bot listens). */
  name: string;
  value: string;
  /** The moderator who chose it (platform user id). */
  updatedBy?: string;
  /** Epoch milliseconds. */
  updatedAt: number;
}

/**
 * The bot's durable records: answers sent, pins, votes, unanswered and recent questions, and the short keys behind buttons.
 * Every method is one transaction; a method that resolved has its change on disk (nothing acknowledged is lost).
 * Two implementations: SQLite (default, a file under the data folder) and PostgreSQL (shared by several instances).
 */
export interface Store {
  /** Keeps an answer the bot sent; resolves to its id. */
  recordAnswer(answer: NewAnswer): Promise<number>;
  /** Sets the message id of an answer once the platform has sent it. */
  setAnswerMessage(answerId: number, messageId: string): Promise<void>;
  answerById(answerId: number): Promise<SentAnswer | undefined>;
  answerByMessage(chat: ChatRef, messageId: string): Promise<SentAnswer | undefined>;

  /** Records a pin; pinning a message already pinned (and not unpinned) changes nothing, and so does pinning an answer the store no longer has. */
  recordPin(pin: Omit<Pin, 'unpinnedAt'>): Promise<void>;
  /** Marks the live pin of a message as unpinned; false when there was none. */
  recordUnpin(chat: ChatRef, messageId: string, at: number): Promise<boolean>;
  /** The chat's live pins (not unpinned), newest first. */
  pinnedAnswers(chat: ChatRef, limit: number): Promise<PinnedAnswer[]>;

  /**
   * Sets a user's vote on an answer (one per user per answer; a new vote replaces the old); resolves to the tally.
   * An answer the store does not have (pruned: an old button) records nothing and resolves to no votes.
   */
  vote(answerId: number, userId: string, value: VoteValue, at: number): Promise<VoteTally>;
  votesOf(answerId: number): Promise<VoteTally>;
  /**
   * Sets why a user disliked an answer: only on their 👎 (false when they have none, e.g. they switched to 👍, whose
   * vote clears the reason). A new reason replaces the old.
   */
  setVoteReason(answerId: number, userId: string, reason: VoteReason): Promise<boolean>;

  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  /**
   * The chat's most frequent unanswered questions (asked since) and most disliked answers (sent since) since a time,
   * with the reasons given; dismissed items left out (an unanswered question asked again after its dismissal returns,
   * counting only the asks after it).
   */
  digest(query: DigestQuery): Promise<Digest>;
  /** Takes an item off the chat's digest for good (dismissing it again changes nothing). */
  dismissDigestItem(dismissal: DigestDismissal): Promise<void>;

  /** The chat's newest answer sent at or after `since` (epoch ms), if any: the answer a follow-up in a thread continues. */
  latestAnswerIn(chat: ChatRef, since: number): Promise<SentAnswer | undefined>;

  /** Moves every record of a chat to a new id (a Telegram group upgraded to a supergroup gets a new chat id). */
  migrateChat(platform: Platform, fromChatId: string, toChatId: string): Promise<void>;

  /** Remembers a question answered publicly; asked again (the same key), it moves to the front with its latest wording. */
  rememberQuestion(question: RecentQuestion): Promise<void>;
  /** The scope's remembered questions, most recently asked first. */
  recentQuestions(scope: QuestionScope, limit: number): Promise<string[]>;

  /** The short key of a value (questions behind buttons and deep links), stored when new; the same value, the same key. */
  putKey(value: string): Promise<string>;
  getKey(key: string): Promise<string | undefined>;

  /**
   * Deletes records older than `before` (epoch ms), except answers that are still pinned; resolves to rows deleted.
   * Older means: answers sent (with their votes and pins), pins unpinned, questions asked or remembered, keys last put or read.
   */
  prune(before: number): Promise<number>;

  /**
   * Claims an event atomically across every instance sharing the store: 'claimed' for the first caller, 'seen' for
   * every later one (a redelivery), whatever the state of the first claim.
   */
  claimEvent(claim: EventClaim): Promise<'claimed' | 'seen'>;
  /** Marks a claimed event answered (or given up): it is never adopted, and its payload is dropped. */
  finishEvent(platform: Platform, eventId: string, at: number): Promise<void>;
  /** Extends the lease of every open claim of `owner`; resolves to how many. */
  renewClaims(owner: string, leaseUntil: number): Promise<number>;
  /** Passes up to `limit` open claims whose lease lapsed before `now` (their owner died) to `owner`, oldest first. */
  adoptClaims(platform: Platform, owner: string, now: number, leaseUntil: number, limit: number): Promise<AdoptedClaim[]>;

  /**
   * Counts one attempt of `key` against a limit: in PostgreSQL, shared by every instance (rate-limiter-flexible's
   * RateLimiterPostgres, with a memory limiter standing in while the database fails); in memory for SQLite.
   */
  consumeRate(limit: RateLimit, key: string): Promise<RateVerdict>;

  /** Queues notes for chats of platforms this instance may not run (another process posts them: claimNotes). */
  queueNotes(notes: readonly QueuedNote[]): Promise<void>;
  /**
   * Hands up to `limit` of a platform's unsent notes to the caller until `leaseUntil`, oldest first, each at most
   * MAX_NOTE_ATTEMPTS times: a note claimed by an instance that died before finishing it is claimed again once its
   * lease lapses. Two instances claiming at once never get the same note.
   */
  claimNotes(platform: Platform, now: number, leaseUntil: number, limit: number): Promise<ClaimedNote[]>;
  /** Marks a claimed note posted: it is never claimed again (and is pruned in time). */
  finishNote(id: number, at: number): Promise<void>;

  /** A chat's setting by name (undefined when never set); settings are kept until changed, never pruned. */
  chatSetting(chat: ChatRef, name: string): Promise<string | undefined>;
  /** Sets (or replaces) a chat's setting. */
  setChatSetting(setting: ChatSetting): Promise<void>;
  close(): Promise<void>;
}
