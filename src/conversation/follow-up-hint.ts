/*
 * The contract between the adapters and the follow-up reading of a question (issue 14 §3): where the platform says
 * a question may continue an earlier answer. The conversation finds that answer in the store (so any instance can),
 * and reads the question with its topic when the question does not stand on its own. Types only.
 */
export type FollowUpHint =
  /**
   * The question replies to this message of the bot (Telegram: a reply to the answer). `answerId`: the answer the
   * message's buttons name, for a message that is not the one the answer is recorded under (the last part of a long
   * answer sent in parts).
   */
  | { kind: 'reply-to-answer'; messageId: string; answerId?: number }
  /**
   * The question was posted in a thread the bot answered in (Discord): the latest answer in this chat (the thread)
   * counts; before the bot has answered in it, the answer the thread was started on (`startedOn`: a thread started on
   * a message has that message's id, in the parent channel).
   */
  | { kind: 'same-thread'; startedOn?: { chatId: string; messageId: string } }
  /** A private chat: the latest answer in this chat counts if it is recent (a few minutes). */
  | { kind: 'private-chat' };
