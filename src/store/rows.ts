import type { Answer } from '../answer/answer.js';
import type { Platform, SentAnswer } from './store.js';

/*
 * Rows as the drivers return them. PostgreSQL returns BIGINT and COUNT as strings (they may pass 2^53), SQLite as
 * numbers: every integer goes through Number(), safe for ids and epoch milliseconds.
 */

/** An integer column, from either driver. */
export type IntColumn = number | string;

/** A row of `answers`. */
export interface AnswerRow {
  id: IntColumn;
  platform: string;
  chat_id: string;
  message_id: string | null;
  question: string;
  question_key: string;
  answer_json: string;
  sent_at: IntColumn;
  follow_up_topic: string | null;
  follow_up_turn: IntColumn;
}

/** A row of the pinned-answers query: the pin's columns, then the answer's. */
export interface PinnedAnswerRow extends AnswerRow {
  pin_platform: string;
  pin_chat_id: string;
  pin_message_id: string;
  pinned_by: string;
  pinned_at: IntColumn;
}

/** A row of the unanswered-counts query. */
export interface UnansweredCountRow {
  question_key: string;
  question: string;
  ask_count: IntColumn;
  asked_at: IntColumn;
}

/** A row of the disliked-answers query. */
export interface DislikedAnswerRow {
  id: IntColumn;
  question: string;
  message_id: string | null;
  up: IntColumn;
  down: IntColumn;
}

/** A vote tally row. */
export interface TallyRow {
  up: IntColumn;
  down: IntColumn;
}

/** An answer row as a SentAnswer, its Answer parsed from JSON; messageId absent when not set. */
export function toSentAnswer(row: AnswerRow): SentAnswer {
  return {
    id: Number(row.id),
    platform: row.platform as Platform,
    chatId: row.chat_id,
    ...(row.message_id === null ? {} : { messageId: row.message_id }),
    question: row.question,
    questionKey: row.question_key,
    answer: JSON.parse(row.answer_json) as Answer,
    sentAt: Number(row.sent_at),
    ...(row.follow_up_topic === null ? {} : { followUp: { topic: row.follow_up_topic, turn: Number(row.follow_up_turn) } }),
  };
}
