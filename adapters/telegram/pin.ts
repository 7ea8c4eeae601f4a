import type { Chat } from 'telegraf/types';
import type { PinRights, PlatformPinOutcome } from '../../src/index.js';
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

/** The chat a pin is asked in. */
export type PinChat = Pick<Chat, 'id' | 'type'>;

/**
 * Whether the actor moderates the chat: anyone in a private chat; in groups the creator and administrators with
 * can_pin_messages (asked of Telegram), and anonymous admins (sender_chat is the group itself). The linked
 * channel (777000, automatic forwards) and other channels are not moderators.
 */
export async function isModeratorActor(rights: ChatRights, chat: PinChat, actor: PinActor): Promise<boolean> {
  if (chat.type === 'private') return true;
  if (actor.isAutomaticForward) return false;
  if (actor.senderChatId !== undefined) return actor.senderChatId === chat.id;
  const { userId } = actor;
  if (userId === undefined || userId === TELEGRAM_SERVICE_USER_ID || userId === GROUP_ANONYMOUS_BOT_ID) return false;
  return rights.isModerator(chat.id, userId);
}

/** The rights behind a pin request, asked of Telegram at request time (the bot's own only once the actor may pin). */
export async function pinRightsOf(rights: ChatRights, chat: PinChat, actor: PinActor, botId: number): Promise<PinRights> {
  const moderator = await isModeratorActor(rights, chat, actor);
  const bot = moderator && chat.type !== 'private' ? await rights.botCanPin(chat.id, botId) : 'yes';
  return { pinnable: true, moderator, ...(bot === 'unknown' ? {} : { botMayPin: bot === 'yes' }) };
}

function lacksRight(error: unknown): boolean {
  if (!(error instanceof PlatformError)) return false;
  const { code, description = '' } = error.details;
  return (code === 400 || code === 403) && /not enough rights|CHAT_ADMIN_REQUIRED|rights to pin/i.test(description);
}

/**
 * Pins (or unpins) a message through the Bot API, turning a refusal for lack of rights into its outcome (and
 * forgetting the cached rights); other failures are reported to `onFailure`. https://core.telegram.org/bots/api#pinchatmessage
 */
export async function pinOnTelegram(
  api: CallApi, rights: ChatRights, request: { chatId: number; messageId: number; unpin: boolean }, onFailure: (error: unknown) => void,
): Promise<PlatformPinOutcome> {
  const { chatId, messageId } = request;
  try {
    if (request.unpin) await api('unpinChatMessage', { chat_id: chatId, message_id: messageId });
    else await api('pinChatMessage', { chat_id: chatId, message_id: messageId, disable_notification: true });
    return 'done';
  } catch (error) {
    if (!lacksRight(error)) {
      onFailure(error);
      return 'failed';
    }
    rights.forgetChat(chatId);
    return 'bot_lacks_right';
  }
}
