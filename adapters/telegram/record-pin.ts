import type { HandlerDeps } from './handler-deps.js';
import { telegramChat } from './answer-question.js';

/**
 * Records a pin the moderators made, when the pinned message is one of the bot's stored answers (a pin of any other
 * message is Telegram's business, not a curated answer). `by` is the moderator's user id, or the group's own id for
 * an anonymous admin.
 */
export async function recordPin(deps: Pick<HandlerDeps, 'store'>, chatId: number, messageId: number, by: number): Promise<void> {
  const chat = telegramChat(chatId);
  const answer = await deps.store.answerByMessage(chat, String(messageId));
  if (!answer) return;
  await deps.store.recordPin({ ...chat, answerId: answer.id, messageId: String(messageId), pinnedBy: String(by), pinnedAt: Date.now() });
}

/** Records that a pinned answer was unpinned. */
export async function recordUnpin(deps: Pick<HandlerDeps, 'store'>, chatId: number, messageId: number): Promise<void> {
  await deps.store.recordUnpin(telegramChat(chatId), String(messageId), Date.now());
}
