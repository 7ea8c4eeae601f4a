import type { Chat, InlineKeyboardMarkup, Message } from 'telegraf/types';
import type { CallApi } from './call-api.js';
import type { IncomingMessage } from './route.js';

/** Where a reply goes: the chat, the forum topic, and the message it answers. */
export interface ReplyPlace {
  chatId: number;
  chatType: Chat['type'];
  /** Forum topic (message_thread_id) to answer in. */
  threadId?: number;
  /** Message to reply to (groups, so the answer sits under its question). */
  replyTo?: number;
}

/** Where to answer a message: same chat, same forum topic; replying to it in groups. */
export function replyPlaceOf(message: Pick<IncomingMessage, 'message_id' | 'chat' | 'is_topic_message' | 'message_thread_id'>): ReplyPlace {
  return {
    chatId: message.chat.id,
    chatType: message.chat.type,
    threadId: message.is_topic_message ? message.message_thread_id : undefined,
    replyTo: message.chat.type === 'private' ? undefined : message.message_id,
  };
}

/** Buttons for the last part, given the id of the first (a 📌 on a split answer pins its beginning). */
export type KeyboardFor = (firstMessageId: number | undefined) => InlineKeyboardMarkup | undefined | Promise<InlineKeyboardMarkup | undefined>;

/**
 * Sends the parts of a reply in order: the first replies to the question, the last carries the buttons. HTML parse
 * mode, link previews off (https://core.telegram.org/bots/api#linkpreviewoptions). Returns the messages sent.
 */
export async function sendParts(api: CallApi, place: ReplyPlace, parts: readonly string[], keyboard?: KeyboardFor): Promise<Message.TextMessage[]> {
  const sent: Message.TextMessage[] = [];
  for (const [i, text] of parts.entries()) {
    const isLast = i === parts.length - 1;
    const markup = isLast && keyboard ? await keyboard(parts.length > 1 ? sent[0]?.message_id : undefined) : undefined;
    sent.push(await api('sendMessage', {
      chat_id: place.chatId,
      text,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : {}),
      ...(i === 0 && place.replyTo !== undefined ? { reply_parameters: { message_id: place.replyTo, allow_sending_without_reply: true } } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    }));
  }
  return sent;
}
