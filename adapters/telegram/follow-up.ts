import type { FollowUpHint } from '../../src/index.js';
import { decodeCallbackData } from './callback-data.js';
import { isReplyToBot, type BotIdentity, type IncomingMessage } from './route.js';

/**
 * Where a Telegram question may follow up an answer: a reply to one of the bot's messages (the store says whether it
 * is an answer, by the message or by the answer id its buttons carry), else any question in a private chat (the latest
 * answer there, if recent). Group messages that do not reply to the bot start afresh.
 */
export function followUpOf(message: IncomingMessage, me: BotIdentity): FollowUpHint | undefined {
  if (isReplyToBot(message, me)) {
    const replied = message.reply_to_message!;
    const answerId = answerIdOfButtons(replied.reply_markup);
    return { kind: 'reply-to-answer', messageId: String(replied.message_id), ...(answerId === undefined ? {} : { answerId }) };
  }
  return message.chat.type === 'private' ? { kind: 'private-chat' } : undefined;
}

/**
 * The answer a message's buttons belong to: a long answer is sent in parts, recorded under the first, and its buttons
 * (👍/👎, 📄, ➕) sit under the last and carry the answer's id, so a reply to the last part finds the answer too.
 */
function answerIdOfButtons(markup: NonNullable<IncomingMessage['reply_to_message']>['reply_markup']): number | undefined {
  for (const button of (markup?.inline_keyboard ?? []).flat()) {
    const action = 'callback_data' in button && typeof button.callback_data === 'string' ? decodeCallbackData(button.callback_data) : undefined;
    if (action && 'answerId' in action && action.answerId !== undefined) return action.answerId;
  }
  return undefined;
}
