import type { FollowUpHint } from '../../src/index.js';
import { isReplyToBot, type BotIdentity, type IncomingMessage } from './route.js';

/**
 * Where a Telegram question may follow up an answer: a reply to one of the bot's messages (the store says whether it
 * is an answer), else any question in a private chat (the latest answer there, if recent). Group messages that do
 * not reply to the bot start afresh.
 */
export function followUpOf(message: IncomingMessage, me: BotIdentity): FollowUpHint | undefined {
  if (isReplyToBot(message, me)) return { kind: 'reply-to-answer', messageId: String(message.reply_to_message!.message_id) };
  return message.chat.type === 'private' ? { kind: 'private-chat' } : undefined;
}
