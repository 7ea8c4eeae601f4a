import type { Chat } from 'telegraf/types';
import type { CallApi } from './call-api.js';
import { GROUP_ANONYMOUS_BOT_ID, TELEGRAM_SERVICE_USER_ID } from './limits.js';
import { PlatformError } from './platform-error.js';
import type { ChatRights } from './rights.js';

/** Who asked to pin: a user, or a chat posting in its own name (an anonymous admin, a channel). */
export interface PinActor {
  userId?: number;
  /** sender_chat of the message; the group's own id for an anonymous admin. */
  senderChatId?: number;
  /** Set on posts a linked channel forwards into its discussion group. */
  isAutomaticForward?: boolean;
}

/** A request to pin or unpin one message. */
export interface PinRequest {
  chatId: number;
  chatType: Chat['type'];
  messageId: number;
  actor: PinActor;
  botId: number;
  unpin?: boolean;
}

/** How a pin request ended. */
export type PinOutcome =
  | { status: 'done' }
  | { status: 'not_moderator' }
  | { status: 'bot_lacks_right' }
  | { status: 'failed'; error: unknown };

/**
 * Whether the actor moderates the chat: anyone in a private chat; in groups the creator and administrators with
 * can_pin_messages (asked of Telegram), and anonymous admins (sender_chat is the group itself). The linked
 * channel (777000, automatic forwards) and other channels are not moderators.
 */
export async function isModeratorActor(rights: ChatRights, chatId: number, chatType: Chat['type'], actor: PinActor): Promise<boolean> {
  if (chatType === 'private') return true;
  if (actor.isAutomaticForward) return false;
  if (actor.senderChatId !== undefined) return actor.senderChatId === chatId;
  const { userId } = actor;
  if (userId === undefined || userId === TELEGRAM_SERVICE_USER_ID || userId === GROUP_ANONYMOUS_BOT_ID) return false;
  return rights.isModerator(chatId, userId);
}

function lacksRight(error: unknown): boolean {
  if (!(error instanceof PlatformError)) return false;
  const { code, description = '' } = error.details;
  return (code === 400 || code === 403) && /not enough rights|CHAT_ADMIN_REQUIRED|rights to pin/i.test(description);
}

/**
 * Pins (or unpins) a message when the actor is a moderator and the bot may pin. Rights are checked at request time;
 * nothing is pinned otherwise. https://core.telegram.org/bots/api#pinchatmessage
 */
export async function pinMessage(api: CallApi, rights: ChatRights, request: PinRequest): Promise<PinOutcome> {
  const { chatId, chatType, messageId } = request;
  if (!(await isModeratorActor(rights, chatId, chatType, request.actor))) return { status: 'not_moderator' };
  if (chatType !== 'private' && (await rights.botCanPin(chatId, request.botId)) === 'no') return { status: 'bot_lacks_right' };
  try {
    if (request.unpin) await api('unpinChatMessage', { chat_id: chatId, message_id: messageId });
    else await api('pinChatMessage', { chat_id: chatId, message_id: messageId, disable_notification: true });
    return { status: 'done' };
  } catch (error) {
    if (lacksRight(error)) {
      rights.forgetChat(chatId);
      return { status: 'bot_lacks_right' };
    }
    return { status: 'failed', error };
  }
}
