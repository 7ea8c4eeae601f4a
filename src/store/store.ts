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

  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  /** The chat's most frequent unanswered questions (asked since) and most disliked answers (sent since) since a time. */
  digest(query: DigestQuery): Promise<Digest>;

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
  close(): Promise<void>;
}
