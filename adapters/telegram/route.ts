import type { Chat, InlineKeyboardMarkup, MessageEntity } from 'telegraf/types';
import { DIGEST_DEFAULT_DAYS, DIGEST_MAX_DAYS, isMessageForBot, type ListenMode } from '../../src/index.js';
import { GROUP_ANONYMOUS_BOT_ID, TELEGRAM_SERVICE_USER_ID } from './limits.js';

/** The bot's own id and @username (from getMe). */
export interface BotIdentity {
  id: number;
  username: string;
}

/** The parts of a Telegram message that decide what to do with it (a Message from the Bot API fits). */
export interface IncomingMessage {
  message_id: number;
  chat: Pick<Chat, 'id' | 'type'>;
  from?: { id: number; is_bot?: boolean; language_code?: string };
  sender_chat?: { id: number };
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  is_automatic_forward?: boolean;
  is_topic_message?: boolean;
  message_thread_id?: number;
  via_bot?: { id: number };
  reply_to_message?: {
    message_id: number; from?: { id: number }; forum_topic_created?: unknown;
    /** The buttons under the message replied to (Telegram sends them with it). */
    reply_markup?: InlineKeyboardMarkup;
  };
  /** Service message in a group that became a supergroup: the supergroup's id. */
  migrate_to_chat_id?: number;
  /** Service message in the new supergroup: the old group's id. */
  migrate_from_chat_id?: number;
  /** Service message: someone pinned this message (with Telegram's own menu, or the bot did). */
  pinned_message?: { message_id: number; from?: { id: number } };
}

/** What a message asks of the bot. */
export type MessageRoute =
  | { kind: 'ignore'; reason: 'not_addressed' | 'service' | 'linked_channel' | 'other_bot' | 'own_inline_result' | 'other_bot_command' | 'media' }
  | { kind: 'question'; text: string }
  | { kind: 'start'; payload: string }
  | { kind: 'help' }
  | { kind: 'sources' }
  | { kind: 'ask_usage' }
  | { kind: 'pin'; unpin: boolean; targetMessageId?: number }
  | { kind: 'pinned' }
  /** The moderators' digest; `days` undefined when the period given is not a number of days. */
  | { kind: 'unanswered'; days?: number }
  /** A group became a supergroup: its records move to the new id. */
  | { kind: 'migrated'; fromChatId: number; toChatId: number }
  /** Someone with the right to pin pinned one of the bot's messages through Telegram's own menu. */
  | { kind: 'pinned_by_hand'; messageId: number; by: number }
  | { kind: 'unknown_command' }
  | { kind: 'text_only' }
  /** /settings: where the bot listens in the group. */
  | { kind: 'settings' };

/** Message fields that mean the user sent something other than text. */
const MEDIA_FIELDS = ['photo', 'sticker', 'document', 'video', 'voice', 'audio', 'animation', 'video_note', 'contact', 'location', 'venue', 'poll', 'dice', 'game', 'story'];

/** Whether the message replies to another message (in a forum topic every message "replies" to the topic's first one: not a reply). */
function isRealReply(message: IncomingMessage): boolean {
  const reply = message.reply_to_message;
  if (!reply || reply.forum_topic_created) return false;
  return !(message.is_topic_message && reply.message_id === message.message_thread_id);
}

/** Whether a message replies to one of the bot's messages (not merely posted in a forum topic the bot started). */
export function isReplyToBot(message: IncomingMessage, me: BotIdentity): boolean {
  return isRealReply(message) && message.reply_to_message?.from?.id === me.id;
}

/** The text without the mentions of the bot, and whether there was one. */
function stripMentions(text: string, entities: readonly MessageEntity[], me: BotIdentity): { text: string; mentioned: boolean } {
  let out = text;
  let mentioned = false;
  for (const e of [...entities].sort((a, b) => b.offset - a.offset)) {
    const slice = text.slice(e.offset, e.offset + e.length);
    const isMe = (e.type === 'mention' && slice.toLowerCase() === `@${me.username.toLowerCase()}`) || (e.type === 'text_mention' && e.user.id === me.id);
    if (!isMe) continue;
    mentioned = true;
    out = `${out.slice(0, e.offset)} ${out.slice(e.offset + e.length)}`;
  }
  return { text: out.replace(/\s+/g, ' ').trim(), mentioned };
}

/** The digest's period from the command's text: empty for the default, else a whole number of days in range. */
function digestDays(payload: string): number | undefined {
  if (!payload) return DIGEST_DEFAULT_DAYS;
  const match = /^(\d{1,3})\s*(?:d|days?|يوم|أيام|ايام|дн\.?|дней|дня|день)?$/i.exec(payload);
  const days = match ? Number(match[1]) : NaN;
  return days >= 1 && days <= DIGEST_MAX_DAYS ? days : undefined;
}

function routeCommand(message: IncomingMessage, text: string, command: MessageEntity, me: BotIdentity): MessageRoute {
  const [name = '', target] = text.slice(1, command.length).toLowerCase().split('@');
  if (target !== undefined && target !== me.username.toLowerCase()) return { kind: 'ignore', reason: 'other_bot_command' };
  const payload = stripMentions(text, (message.entities ?? []).filter((e) => e.offset >= command.length), me).text.slice(command.length).trim();
  const isPrivate = message.chat.type === 'private';
  const repliedToBot = message.reply_to_message?.from?.id === me.id ? message.reply_to_message.message_id : undefined;
  switch (name) {
    case 'start': return isPrivate ? { kind: 'start', payload } : { kind: 'help' };
    case 'help': return { kind: 'help' };
    case 'sources': return { kind: 'sources' };
    case 'ask': return payload ? { kind: 'question', text: payload } : { kind: 'ask_usage' };
    case 'pin':
    case 'unpin': return { kind: 'pin', unpin: name === 'unpin', targetMessageId: repliedToBot };
    case 'pinned': return { kind: 'pinned' };
    case 'unanswered': return { kind: 'unanswered', days: digestDays(payload) };
    case 'settings': return { kind: 'settings' };
    default:
      // In groups other bots' commands are common; only answer unknown commands addressed to this bot.
      return isPrivate || target !== undefined ? { kind: 'unknown_command' } : { kind: 'ignore', reason: 'not_addressed' };
  }
}

/**
 * Decides what to do with a message. Private chats: any text is a question. Groups: commands, and the messages the
 * group's listening mode takes (isMessageForBot in the core: by default replies to the bot and mentions of it; or
 * commands only; or every question too); everything else is ignored, even when the bot, as an admin, sees it all.
 * Posts of a linked channel, other bots and the bot's own inline results are ignored everywhere.
 */
export function routeMessage(message: IncomingMessage, me: BotIdentity, listen: ListenMode = 'mentions'): MessageRoute {
  if (message.is_automatic_forward || message.from?.id === TELEGRAM_SERVICE_USER_ID) return { kind: 'ignore', reason: 'linked_channel' };
  if (message.via_bot?.id === me.id) return { kind: 'ignore', reason: 'own_inline_result' };
  if (message.migrate_to_chat_id !== undefined) return { kind: 'migrated', fromChatId: message.chat.id, toChatId: message.migrate_to_chat_id };
  if (message.migrate_from_chat_id !== undefined) return { kind: 'migrated', fromChatId: message.migrate_from_chat_id, toChatId: message.chat.id };
  const pinned = message.pinned_message;
  if (pinned) {
    const by = message.sender_chat?.id ?? message.from?.id;
    // The bot's own pins (📌, /pin) are recorded when it makes them.
    if (pinned.from?.id !== me.id || by === undefined || by === me.id) return { kind: 'ignore', reason: 'service' };
    return { kind: 'pinned_by_hand', messageId: pinned.message_id, by };
  }
  // People writing as a chat (anonymous admins, channels) come with a service bot in `from` and sender_chat set.
  if (message.from?.is_bot && message.from.id !== GROUP_ANONYMOUS_BOT_ID && !message.sender_chat) return { kind: 'ignore', reason: 'other_bot' };
  const isPrivate = message.chat.type === 'private';
  const text = message.text;
  if (text === undefined) {
    const isMedia = MEDIA_FIELDS.some((field) => field in message) || message.caption !== undefined;
    if (!isMedia) return { kind: 'ignore', reason: 'service' };
    return isPrivate ? { kind: 'text_only' } : { kind: 'ignore', reason: 'media' };
  }
  const entities = message.entities ?? [];
  const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command) return routeCommand(message, text, command, me);
  const { text: question, mentioned } = stripMentions(text, entities, me);
  if (isPrivate) return { kind: 'question', text: question };
  const repliedToBot = isReplyToBot(message, me);
  const addressed = mentioned ? 'mention' : repliedToBot ? 'reply' : 'none';
  if (!isMessageForBot(listen, { addressed, text: question, repliesToOther: isRealReply(message) && !repliedToBot })) return { kind: 'ignore', reason: 'not_addressed' };
  return question ? { kind: 'question', text: question } : { kind: 'ask_usage' };
}
