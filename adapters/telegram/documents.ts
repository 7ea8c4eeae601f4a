import type { CallbackQuery, InlineKeyboardMarkup, MessageEntity } from 'telegraf/types';
import { replyText, truncateText, type ChatNote, type NoteSender, type Reply } from '../../src/index.js';
import type { CallbackAction } from './callback-data.js';
import { decodeCallbackData } from './callback-data.js';
import { replyPlaceOf, requestOf, send, type HandlerDeps, type ReplyPlace } from './handlers.js';
import { TELEGRAM_CALLBACK_ANSWER_MAX_CHARS } from './limits.js';
import type { BotIdentity, IncomingMessage } from './route.js';

/** A Telegram document (a file sent as a file). */
interface TelegramFile { file_id: string; file_name?: string; file_size?: number; mime_type?: string }

/** The parts of a message the document flow reads beyond routeMessage's. */
export type DocumentMessage = IncomingMessage & {
  document?: TelegramFile;
  caption_entities?: MessageEntity[];
};

/** What a message asks of the document flow. */
export type DocumentRoute =
  | { kind: 'upload'; file: TelegramFile }
  | { kind: 'link'; url: string }
  | { kind: 'list'; page: number }
  | { kind: 'remove'; id: string }
  /** Corrections of the preview replied to (`key` undefined: not a reply to a preview). */
  | { kind: 'correct'; key?: string; text: string };

/** A message that is one http(s) link and nothing else. */
const ONLY_A_LINK = /^https?:\/\/\S+$/i;

/** The pending preview's key behind the buttons of a message the bot sent. */
function previewKeyOf(markup: InlineKeyboardMarkup | undefined): string | undefined {
  for (const b of markup?.inline_keyboard.flat() ?? []) {
    const action = 'callback_data' in b ? decodeCallbackData(b.callback_data) : undefined;
    if (action?.kind === 'document' && (action.op === 'add' || action.op === 'cancel')) return action.ref;
  }
  return undefined;
}

/** A command at the start of a text: its name and what follows, unless addressed to another bot. */
function commandOf(text: string, entities: readonly MessageEntity[] | undefined, me: BotIdentity): { name: string; rest: string } | undefined {
  const command = entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!command) return undefined;
  const [name = '', target] = text.slice(1, command.length).toLowerCase().split('@');
  if (target !== undefined && target !== me.username.toLowerCase()) return undefined;
  return { name, rest: text.slice(command.length).trim() };
}

/**
 * What the document flow takes from a message, or undefined for routeMessage to handle. In a private chat: a file,
 * a message that is only an http(s) link, a reply to a preview (corrections). Anywhere: /documents [page],
 * /documents remove <id>, /correct. In groups a file is read only when its caption is /add (others are ignored).
 */
export function routeDocumentMessage(message: DocumentMessage, me: BotIdentity): DocumentRoute | undefined {
  if (message.from?.is_bot || message.is_automatic_forward || message.via_bot) return undefined;
  const isPrivate = message.chat.type === 'private';
  if (message.document) {
    const caption = commandOf(message.caption ?? '', message.caption_entities, me);
    return isPrivate || caption?.name === 'add' ? { kind: 'upload', file: message.document } : undefined;
  }
  const text = message.text;
  if (text === undefined) return undefined;
  const repliedTo = message.reply_to_message?.from?.id === me.id ? previewKeyOf(message.reply_to_message.reply_markup) : undefined;
  const command = commandOf(text, message.entities, me);
  if (command?.name === 'documents') {
    const remove = /^remove\s*(.*)$/is.exec(command.rest);
    return remove ? { kind: 'remove', id: remove[1]!.trim() } : { kind: 'list', page: Number(/^\d{1,4}$/.exec(command.rest)?.[0] ?? 1) };
  }
  if (command?.name === 'correct') return { kind: 'correct', key: repliedTo, text: command.rest };
  if (command || !isPrivate) return undefined;
  if (repliedTo) return { kind: 'correct', key: repliedTo, text };
  return ONLY_A_LINK.test(text.trim()) ? { kind: 'link', url: text.trim() } : undefined;
}

/** Posts a note (a removed document's dropped pins) in a Telegram chat: registered as this process's Telegram sender. */
export function telegramNoteSender(deps: Pick<HandlerDeps, 'api' | 'conversation'>): NoteSender {
  return async (note) => {
    const chatId = Number(note.chatId);
    await send(deps, { chatId, chatType: chatId < 0 ? 'supergroup' : 'private' }, note.reply);
  };
}

/** Sends the notes about dropped pins through the bots of this process, or queues them for the process that runs their platform. */
async function sendNotes(deps: HandlerDeps, notes: readonly ChatNote[]): Promise<void> {
  const { undelivered, failed, queued } = await deps.conversation.chatNotes.deliver(notes);
  if (queued) deps.logger.info({ queued }, 'notes about dropped pins queued for the process that runs their platform');
  for (const note of undelivered) deps.logger.info({ platform: note.platform, chatId: note.chatId }, 'dropped pins in a chat of a platform this process does not run: not told');
  for (const { note, error } of failed) deps.logger.warn({ err: error, platform: note.platform, chatId: note.chatId }, 'note about dropped pins not sent');
}

/** Handles a message of the document flow: reads an upload or a link into a preview, lists, asks to remove, corrects. */
export async function handleDocumentMessage(deps: HandlerDeps, message: DocumentMessage, route: DocumentRoute): Promise<void> {
  const docs = deps.conversation.documents;
  const request = requestOf(message.chat, message.from?.id, message.from?.language_code);
  const place = replyPlaceOf(message);
  const reply = async (): Promise<Reply> => {
    switch (route.kind) {
      case 'upload': {
        const { file } = route;
        return docs.upload(request, {
          name: file.file_name ?? 'document', ...(file.file_size === undefined ? {} : { size: file.file_size }), ...(file.mime_type ? { mimeType: file.mime_type } : {}),
          download: () => (deps.downloadFile ? deps.downloadFile(file.file_id) : Promise.reject(new Error('downloads are not wired'))),
        });
      }
      case 'link': return docs.link(request, route.url);
      case 'list': return docs.list(request, route.page);
      case 'remove': return docs.askRemove(request, route.id);
      case 'correct': return route.key ? docs.correct(request, route.key, route.text) : docs.correctHowTo(request);
    }
  };
  await send(deps, place, await reply());
}

/** Takes the buttons off a message whose question is settled (best effort: an old message may refuse). */
async function clearButtons(deps: HandlerDeps, place: ReplyPlace, messageId: number): Promise<void> {
  await deps.api('editMessageReplyMarkup', { chat_id: place.chatId, message_id: messageId, reply_markup: { inline_keyboard: [] } })
    .catch((err: unknown) => deps.logger.debug({ err }, 'document buttons not cleared'));
}

/**
 * A document button: ✅ adds, ✖ cancels, ✏️ says how to correct; in the list ✖ asks to remove, then ✅ removes (and
 * tells the chats whose pins were dropped) or ↩ keeps. Refusals are alerts; results are messages, and the settled
 * message loses its buttons.
 */
export async function handleDocumentButton(deps: HandlerDeps, query: CallbackQuery, action: Extract<CallbackAction, { kind: 'document' }>): Promise<void> {
  const docs = deps.conversation.documents;
  const message = query.message!;
  const request = requestOf(message.chat, query.from.id, query.from.language_code);
  const place: ReplyPlace = { ...replyPlaceOf(message as IncomingMessage), replyTo: message.message_id };
  const answer = (reply?: Reply) => deps.api('answerCallbackQuery', {
    callback_query_id: query.id, ...(reply ? { text: truncateText(replyText(reply), TELEGRAM_CALLBACK_ANSWER_MAX_CHARS), show_alert: true } : {}),
  });
  let reply: Reply;
  let notes: ChatNote[] = [];
  switch (action.op) {
    case 'add': reply = await docs.confirm(request, action.ref); break;
    case 'cancel': reply = await docs.cancel(request, action.ref); break;
    case 'correct': reply = docs.correctHowTo(request); break;
    case 'remove': reply = docs.askRemove(request, action.ref); break;
    case 'confirm-remove': ({ reply, notes } = await docs.remove(request, action.ref)); break;
    case 'keep': reply = docs.keep(request); break;
  }
  if (reply.tone === 'refusal') return void (await answer(reply));
  await answer();
  if (action.op !== 'correct' && action.op !== 'remove') await clearButtons(deps, place, message.message_id);
  await send(deps, place, reply);
  await sendNotes(deps, notes);
}
