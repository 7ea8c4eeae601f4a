import type { CallbackQuery, Chat, InlineKeyboardMarkup, InlineQuery, Message, Update } from 'telegraf/types';
import {
  languageOfTag, replyText, stripInvisible, truncateText, type ChatRequest, type Conversation, type FollowUpHint, type Logger, type QuestionLimiter, type Reply,
} from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { PlatformError } from './platform-error.js';
import { decodeCallbackData } from './callback-data.js';
import { handleDocumentButton, handleDocumentMessage, routeDocumentMessage } from './documents.js';
import { inlineResults } from './inline.js';
import { TELEGRAM_CALLBACK_ANSWER_MAX_CHARS } from './limits.js';
import { pinOnTelegram, pinRightsOf, isModeratorActor, type PinActor } from './pin.js';
import { keyboardOf, renderReply, withChosenReason, withVotes, type KeyboardContext } from './render.js';
import type { ChatRights } from './rights.js';
import { routeMessage, type BotIdentity, type IncomingMessage } from './route.js';
import { followUpOf } from './follow-up.js';

/** Everything a handler uses, as plain values: the conversation, one Bot API function, the limits, the bot itself. */
export interface HandlerDeps {
  conversation: Conversation;
  api: CallApi;
  rights: ChatRights;
  limiter: QuestionLimiter;
  me: BotIdentity;
  logger: Logger;
  /** Downloads a file sent to the bot (getFile, then its file link). Without it uploads are refused as not downloadable. */
  downloadFile?: (fileId: string) => Promise<Uint8Array>;
}

/** The update types the bot asks Telegram for (https://core.telegram.org/bots/api#getupdates allowed_updates). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;
/** How long Telegram may cache inline results, in seconds (the corpus changes rarely; answers are the same for all). */
export const INLINE_CACHE_SECONDS = 60;

/** A link to a message where Telegram has one: supergroups and channels (`-100…` ids) have t.me/c links; other chats none. */
export function messageLink(chatId: number | string, messageId: number | string): string | undefined {
  const id = String(chatId);
  return id.startsWith('-100') ? `https://t.me/c/${id.slice(4)}/${messageId}` : undefined;
}

/** A Telegram chat and user as the conversation's plain request. */
export function requestOf(chat: Pick<Chat, 'id'>, userId: number | undefined, languageCode: string | undefined): ChatRequest {
  return {
    platform: 'telegram', chatId: String(chat.id), ...(userId === undefined ? {} : { userId: String(userId) }),
    userLanguage: languageOfTag(languageCode) ?? 'en', messageLink: (m) => messageLink(chat.id, m),
  };
}

/** Whether a chat is a group or supergroup (where answers get a 📌 button and moderators pin). */
const isGroupChat = (type: string) => type === 'group' || type === 'supergroup';

/** Where a reply goes: the chat, the forum topic, and the message it answers. */
export interface ReplyPlace {
  chatId: number;
  chatType: Chat['type'];
  threadId?: number;
  /** Message to reply to (groups, so the answer sits under its question). */
  replyTo?: number;
}

/** Where the reply to a message goes: its chat and topic, under it in groups. */
export function replyPlaceOf(message: Pick<IncomingMessage, 'message_id' | 'chat' | 'is_topic_message' | 'message_thread_id'>): ReplyPlace {
  return {
    chatId: message.chat.id, chatType: message.chat.type,
    threadId: message.is_topic_message ? message.message_thread_id : undefined,
    replyTo: message.chat.type === 'private' ? undefined : message.message_id,
  };
}

/** Buttons for the last part, given the id of the first (a 📌 on a split answer pins its beginning). */
type KeyboardFor = (firstMessageId: number | undefined) => Promise<InlineKeyboardMarkup | undefined>;

/**
 * Sends a reply in order: the first part replies to the question, the last carries the buttons. HTML parse mode,
 * link previews off (https://core.telegram.org/bots/api#linkpreviewoptions). Returns the messages sent.
 */
export async function send(deps: Pick<HandlerDeps, 'api' | 'conversation'>, place: ReplyPlace, reply: Reply, keyboard?: KeyboardFor): Promise<Message.TextMessage[]> {
  const parts = renderReply(reply);
  const buttons: KeyboardFor = keyboard ?? ((firstMessageId) => keyboardOf(reply, { firstMessageId, keyFor: deps.conversation.keyFor }));
  const sent: Message.TextMessage[] = [];
  for (const [i, text] of parts.entries()) {
    const markup = i === parts.length - 1 ? await buttons(parts.length > 1 ? sent[0]?.message_id : undefined) : undefined;
    sent.push(await deps.api('sendMessage', {
      chat_id: place.chatId, text, parse_mode: 'HTML', link_preview_options: { is_disabled: true },
      ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : {}),
      ...(i === 0 && place.replyTo !== undefined ? { reply_parameters: { message_id: place.replyTo, allow_sending_without_reply: true } } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    }));
  }
  return sent;
}

/**
 * Answers one question where it was asked, within the per-user and per-chat limits (one friendly reply per window
 * when over). The answer is recorded once, with its message id: after sending, so that its buttons find it by the
 * message they sit under; a split answer when its first part is out, so that the buttons on its last part carry its id.
 */
async function answer(
  deps: HandlerDeps, place: ReplyPlace, request: ChatRequest, question: string, askerId: number, fresh = false, followUp?: FollowUpHint,
): Promise<void> {
  const verdict = await deps.limiter.check(askerId, place.chatId);
  if (!verdict.allowed) {
    if (verdict.notify) await send(deps, place, deps.conversation.rateLimited({ ...request, question }, verdict.retryAfterSeconds));
    return;
  }
  const outcome = await deps.conversation.ask({ ...request, question, fresh, pinnable: isGroupChat(place.chatType), ...(followUp ? { followUp } : {}) });
  let answerId: number | undefined;
  const sent = await send(deps, place, outcome.reply, async (firstMessageId) => {
    if (firstMessageId !== undefined) answerId = await outcome.record?.(String(firstMessageId));
    return keyboardOf(outcome.reply, { answerId, firstMessageId, keyFor: deps.conversation.keyFor });
  });
  if (answerId === undefined && sent[0]) await outcome.record?.(String(sent[0].message_id));
}

/** The key a question is counted under: the user, or the chat an anonymous admin or channel writes as. */
const askerOf = (message: IncomingMessage) => message.sender_chat?.id ?? message.from?.id ?? message.chat.id;
const actorOf = (message: IncomingMessage): PinActor => ({ userId: message.from?.id, senderChatId: message.sender_chat?.id, isAutomaticForward: message.is_automatic_forward });

async function pinByCommand(deps: HandlerDeps, message: IncomingMessage, place: ReplyPlace, request: ChatRequest, unpin: boolean, target: number | undefined): Promise<void> {
  if (target === undefined) return void (await send(deps, place, deps.conversation.notice(request, unpin ? 'unpinUsage' : 'pinUsage')));
  const result = await deps.conversation.pin({
    ...request, userId: String(askerOf(message)), messageId: String(target), unpin,
    rights: await pinRightsOf(deps.rights, message.chat, actorOf(message), deps.me.id),
    pinOnPlatform: () => pinOnTelegram(deps.api, deps.rights, { chatId: message.chat.id, messageId: target, unpin }, (err) => deps.logger.warn({ err, chatId: message.chat.id }, 'pin failed')),
  });
  // A pin shows itself as a service message; an unpin and a refusal are told.
  if (result.outcome !== 'done' || unpin) await send(deps, place, result.reply);
}

/**
 * Handles one new message: routes it (routeMessage), then answers, explains, lists or pins. Edited messages are not
 * handled (answering an edit would post a second answer under the first); the person can simply ask again.
 */
export async function handleMessage(deps: HandlerDeps, message: IncomingMessage): Promise<void> {
  const documentRoute = routeDocumentMessage(message, deps.me);
  if (documentRoute) return handleDocumentMessage(deps, message, documentRoute);
  const { conversation } = deps;
  // Only a group's text that is not a command depends on where the bot listens there (read through a short cache).
  const listens = isGroupChat(message.chat.type) && message.text !== undefined && !message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0);
  const route = routeMessage(message, deps.me, listens ? await conversation.listenMode({ platform: 'telegram', chatId: String(message.chat.id) }, 'group') : undefined);
  if (route.kind === 'ignore') return;
  const place = replyPlaceOf(message);
  const request = requestOf(message.chat, message.from?.id, message.from?.language_code);
  switch (route.kind) {
    case 'question': return answer(deps, place, request, route.text, askerOf(message), false, followUpOf(message, deps.me));
    case 'start': {
      // From the toast of a 👎 the bot could not follow with a private message: the reasons, here.
      const disliked = /^r_(\d{1,15})$/.exec(route.payload)?.[1];
      const prompt = disliked ? await conversation.reasonPrompt({ ...request, answerId: Number(disliked) }) : undefined;
      if (prompt) return void (await send(deps, place, prompt));
      const key = /^q_([\w-]+)$/.exec(route.payload)?.[1];
      const question = key ? await conversation.valueOf(key) : undefined;
      if (question) return answer(deps, place, request, question, askerOf(message));
      return void (await send(deps, place, conversation.help(request, deps.me.username)));
    }
    case 'help': return void (await send(deps, place, conversation.help(request, deps.me.username)));
    case 'sources': return void (await send(deps, place, conversation.sources(request)));
    case 'ask_usage': return void (await send(deps, place, conversation.notice(request, 'askUsage', conversation.examples(request).slice(0, 1).map((e) => `/ask ${e}`))));
    case 'pin': return pinByCommand(deps, message, place, request, route.unpin, route.targetMessageId);
    case 'pinned': return void (await send(deps, place, await conversation.pinned(request)));
    case 'unanswered': {
      const moderator = await isModeratorActor(deps.rights, message.chat, actorOf(message));
      return void (await send(deps, place, await conversation.digest({ ...request, moderator, days: route.days ?? Number.NaN })));
    }
    case 'pinned_by_hand': return void (await conversation.recordPlatformPin({ ...request, userId: String(route.by), messageId: String(route.messageId) }));
    // Telegram sends this to both the old group and the new supergroup; the second move finds nothing to move.
    case 'migrated': return conversation.migrateChat('telegram', String(route.fromChatId), String(route.toChatId));
    case 'unknown_command': return void (await send(deps, place, conversation.notice(request, 'unknownCommand')));
    case 'text_only': return void (await send(deps, place, conversation.notice(request, 'textOnly')));
    case 'settings': {
      const inGroup = isGroupChat(message.chat.type);
      const moderator = inGroup && (await isModeratorActor(deps.rights, message.chat, actorOf(message)));
      return void (await send(deps, place, await conversation.listenSettings({ ...request, place: inGroup ? 'group' : 'private', moderator })));
    }
  }
}

/** The message a button sits under, as far as a callback query tells. */
type ButtonMessage = IncomingMessage & { reply_to_message?: IncomingMessage['reply_to_message'] & Omit<IncomingMessage, 'chat'>; reply_markup?: InlineKeyboardMarkup };

/**
 * The question an answer message answered, for buttons whose record the store has lost: the question message it
 * replies to (groups), else the "❓ question" line the answer starts with (shortened for long questions).
 */
export function questionOfMessage(message: ButtonMessage, me: BotIdentity): string | undefined {
  const reply = message.reply_to_message;
  if (reply && reply.from?.id !== me.id) {
    const route = routeMessage({ ...reply, chat: message.chat }, me);
    if (route.kind === 'question') return route.text;
  }
  const first = stripInvisible(message.text?.split('\n')[0] ?? '').trim();
  return first.startsWith('❓') ? first.slice(1).replace(/…$/, '').trim() || undefined : undefined;
}

/** The deep link whose /start offers the reasons for a 👎 (https://core.telegram.org/bots/api#answercallbackquery `url`). */
export function reasonsStartLink(username: string, answerId: number): string {
  return `https://t.me/${username}?start=r_${answerId}`;
}

/**
 * Sends the reasons for a 👎 to the user's private chat with the bot. Telegram refuses (403, or 400 chat not found)
 * when the user never started the bot: then the caller opens that chat for them instead.
 */
async function offerReasons(deps: HandlerDeps, userId: number, prompt: Reply): Promise<'sent' | 'needs_private_chat' | 'failed'> {
  try {
    await send(deps, { chatId: userId, chatType: 'private' }, prompt);
    return 'sent';
  } catch (err) {
    if (err instanceof PlatformError && err.details.source === 'api' && (err.code === 403 || err.code === 400)) return 'needs_private_chat';
    deps.logger.warn({ err }, 'reasons for a 👎 not sent');
    return 'failed';
  }
}

/**
 * Handles a button press. The query is always answered (empty: the spinner stops; refusals come as alerts, other
 * notices as toasts). 📄 sends the passage, ➕ the further sources, ❓ asks an example, 🔎 searches afresh instead of
 * a pinned answer, 📌 pins for moderators, 👍/👎 vote.
 */
export async function handleCallbackQuery(deps: HandlerDeps, query: CallbackQuery): Promise<void> {
  const { conversation } = deps;
  const action = decodeCallbackData('data' in query ? query.data : undefined);
  const message = query.message as ButtonMessage | undefined;
  const request = requestOf(message?.chat ?? { id: query.from.id }, query.from.id, query.from.language_code);
  const toast = (reply?: Reply) => deps.api('answerCallbackQuery', {
    callback_query_id: query.id,
    ...(reply ? { text: truncateText(replyText(reply), TELEGRAM_CALLBACK_ANSWER_MAX_CHARS), show_alert: reply.tone === 'refusal' } : {}),
  });
  if (!action || !message) return void (await toast(conversation.notice(request, 'buttonExpired')));
  const place = replyPlaceOf(message);
  /** A reply that is content is sent to the chat; a notice or refusal is the presser's toast. */
  const show = async (reply: Reply, keyboard?: Partial<KeyboardContext>) => {
    if (reply.tone === 'notice' || reply.tone === 'refusal') return void (await toast(reply));
    await toast();
    await send(deps, place, reply, (firstMessageId) => keyboardOf(reply, { firstMessageId, keyFor: conversation.keyFor, ...keyboard }));
  };
  const language = 'language' in action ? action.language : undefined;
  switch (action.kind) {
    case 'passage': return show(await conversation.passage({ ...request, passageId: action.passageId, answerLanguage: language }));
    case 'passage_key': return show(await conversation.passage({ ...request, key: action.key, answerLanguage: language }));
    case 'passages': return show(await conversation.passage({
      ...request, answerLanguage: language, question: questionOfMessage(message, deps.me),
      ...(action.answerId === undefined ? { messageId: String(message.message_id) } : { answerId: action.answerId }),
    }));
    case 'more':
    case 'more_of': {
      const verdict = await deps.limiter.check(query.from.id, message.chat.id);
      if (!verdict.allowed) return void (await toast(conversation.rateLimited(request, verdict.retryAfterSeconds)));
      const known = action.kind === 'more' ? await conversation.valueOf(action.key) : undefined;
      const byMessage = action.kind === 'more_of' && action.answerId === undefined ? { messageId: String(message.message_id) } : {};
      return show(await conversation.moreSources({
        ...request, ...byMessage, answerId: action.kind === 'more_of' ? action.answerId : undefined,
        question: known ?? questionOfMessage(message, deps.me), answerLanguage: language,
      }));
    }
    case 'ask':
    case 'fresh': {
      const question = (await conversation.valueOf(action.key)) ?? (action.kind === 'fresh' ? questionOfMessage(message, deps.me) : undefined);
      if (!question) return void (await toast(conversation.notice(request, 'buttonExpired')));
      await toast();
      return answer(deps, place, request, question, query.from.id, action.kind === 'fresh');
    }
    case 'vote': {
      const byMessage = action.answerId === undefined ? { messageId: String(message.message_id) } : { answerId: action.answerId };
      const outcome = await conversation.vote({ ...request, userId: String(query.from.id), ...byMessage, value: action.value });
      const offered = outcome.reasons ? await offerReasons(deps, query.from.id, outcome.reasons.reply) : 'sent';
      // The user never started the bot: the toast's url opens the private chat, whose /start offers the reasons.
      if (offered === 'needs_private_chat' && outcome.reasons) {
        await deps.api('answerCallbackQuery', { callback_query_id: query.id, url: reasonsStartLink(deps.me.username, outcome.reasons.answerId) });
      } else await toast(outcome.reply);
      const markup = outcome.tally && withVotes(message.reply_markup, outcome.tally);
      // An unchanged keyboard is refused ("message is not modified"): harmless, and not worth a reply.
      if (markup) await deps.api('editMessageReplyMarkup', { chat_id: message.chat.id, message_id: message.message_id, reply_markup: markup }).catch((err: unknown) => deps.logger.debug({ err }, 'vote buttons not updated'));
      return;
    }
    case 'reason': {
      const reply = await conversation.giveReason({ ...request, userId: String(query.from.id), answerId: action.answerId, reason: action.reason });
      await toast(reply);
      // The reason picked is ticked, so the prompt shows what was recorded.
      const markup = reply.tone === 'notice' && withChosenReason(message.reply_markup, 'data' in query ? query.data : '');
      if (markup) await deps.api('editMessageReplyMarkup', { chat_id: message.chat.id, message_id: message.message_id, reply_markup: markup }).catch((err: unknown) => deps.logger.debug({ err }, 'reason buttons not updated'));
      return;
    }
    case 'dismiss': {
      const moderator = await isModeratorActor(deps.rights, message.chat, { userId: query.from.id });
      const reply = await conversation.dismissDigestItem({ ...request, userId: String(query.from.id), moderator, item: action.item });
      await toast(reply);
      const data = 'data' in query ? query.data : undefined;
      // Dismissed: its button goes (the digest's text stays until it is asked for again).
      if (reply.tone === 'notice' && message.reply_markup) {
        const left = message.reply_markup.inline_keyboard.map((row) => row.filter((b) => !('callback_data' in b) || b.callback_data !== data)).filter((row) => row.length);
        await deps.api('editMessageReplyMarkup', { chat_id: message.chat.id, message_id: message.message_id, reply_markup: { inline_keyboard: left } })
          .catch((err: unknown) => deps.logger.debug({ err }, 'digest buttons not updated'));
      }
      return;
    }
    case 'document': return handleDocumentButton(deps, query, action);
    case 'pin': {
      const messageId = action.messageId ?? message.message_id;
      const result = await conversation.pin({
        ...request, messageId: String(messageId), unpin: false,
        rights: await pinRightsOf(deps.rights, message.chat, { userId: query.from.id }, deps.me.id),
        pinOnPlatform: () => pinOnTelegram(deps.api, deps.rights, { chatId: message.chat.id, messageId, unpin: false }, (err) => deps.logger.warn({ err, chatId: message.chat.id }, 'pin failed')),
      });
      return void (await toast(result.reply));
    }
    case 'listen': return chooseListenMode(deps, message, request, query.from.id, action.mode, toast);
  }
}

/**
 * A press of a /settings choice: a moderator's is stored and the settings message shows it marked (a refusal is the
 * presser's alert, and changes nothing).
 */
async function chooseListenMode(
  deps: HandlerDeps, message: ButtonMessage, request: ChatRequest, userId: number, mode: string, toast: (reply?: Reply) => Promise<unknown>,
): Promise<void> {
  const inGroup = isGroupChat(message.chat.type);
  const moderator = inGroup && (await isModeratorActor(deps.rights, message.chat, { userId }));
  const reply = await deps.conversation.setListenMode({ ...request, place: inGroup ? 'group' : 'private', moderator, mode });
  if (reply.tone === 'refusal' || !inGroup) return void (await toast(reply));
  await toast();
  const [text = ''] = renderReply(reply);
  const markup = await keyboardOf(reply, { keyFor: deps.conversation.keyFor });
  // Pressing the choice already marked leaves the message as it is ("message is not modified"): nothing to tell.
  await deps.api('editMessageText', {
    chat_id: message.chat.id, message_id: message.message_id, text, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(markup ? { reply_markup: markup } : {}),
  }).catch((err: unknown) => deps.logger.debug({ err }, 'settings message not updated'));
}

/**
 * Answers an inline query (`@bot question` in any chat) with ready answers (inlineResults). Over the per-user inline
 * limit, an empty uncached list.
 */
export async function handleInlineQuery(deps: HandlerDeps, query: InlineQuery): Promise<void> {
  const verdict = await deps.limiter.checkInline(query.from.id);
  if (!verdict.allowed) return void (await deps.api('answerInlineQuery', { inline_query_id: query.id, results: [], cache_time: 0, is_personal: true }));
  const request = requestOf({ id: query.from.id }, query.from.id, query.from.language_code);
  const examples = !query.query.trim();
  const results = await inlineResults(deps.conversation, deps.me.username, { ...request, question: query.query });
  // Examples follow the user's language, so they are personal; answers depend only on the query.
  await deps.api('answerInlineQuery', { inline_query_id: query.id, results, cache_time: INLINE_CACHE_SECONDS, is_personal: examples });
}

/**
 * Input → core → output for one update. New messages, button presses and inline queries are handled; a change of
 * the bot's own membership drops cached rights. Everything else is ignored on purpose: edited messages, channel
 * posts (a channel is not a conversation), and the rest.
 */
export async function handleUpdate(deps: HandlerDeps, update: Update): Promise<void> {
  if ('message' in update) return handleMessage(deps, update.message);
  if ('callback_query' in update) return handleCallbackQuery(deps, update.callback_query);
  if ('inline_query' in update) return handleInlineQuery(deps, update.inline_query);
  if ('my_chat_member' in update) deps.rights.forgetChat(update.my_chat_member.chat.id);
}
