import type { UiLanguage } from '../../src/answer/ui-strings.js';
import { answerQuestion, telegramChat } from './answer-question.js';
import type { HandlerDeps } from './handler-deps.js';
import { examplesKeyboard } from './keyboards.js';
import { isModeratorActor, pinMessage } from './pin.js';
import { recordPin, recordUnpin } from './record-pin.js';
import { renderDigest, renderPinnedList } from './render-moderation.js';
import { renderHelp, renderNotice, renderSourcesList } from './render-pages.js';
import { routeMessage, type IncomingMessage } from './route.js';
import { replyPlaceOf, sendParts, type ReplyPlace } from './send-parts.js';
import { TELEGRAM_STRINGS, telegramLanguage } from './strings.js';

/** Pinned answers listed by /pinned, and lines in each list of the digest. */
const PINNED_LIST_MAX = 20;
const DIGEST_LIST_MAX = 10;
const DAY_MS = 86_400_000;

/** The key a question is counted under: the user, or the chat an anonymous admin or channel writes as. */
function askerOf(message: IncomingMessage): number {
  return message.sender_chat?.id ?? message.from?.id ?? message.chat.id;
}

async function notice(deps: HandlerDeps, place: ReplyPlace, text: string, language: UiLanguage, examples: readonly string[] = []): Promise<void> {
  await sendParts(deps.api, place, renderNotice(text, language, examples));
}

async function pinByCommand(deps: HandlerDeps, message: IncomingMessage, place: ReplyPlace, unpin: boolean, target: number | undefined, language: UiLanguage): Promise<void> {
  const t = TELEGRAM_STRINGS[language];
  if (target === undefined) return notice(deps, place, unpin ? t.unpinUsage : t.pinUsage, language);
  const outcome = await pinMessage(deps.api, deps.rights, {
    chatId: message.chat.id, chatType: message.chat.type, messageId: target, botId: deps.me.id, unpin,
    actor: { userId: message.from?.id, senderChatId: message.sender_chat?.id, isAutomaticForward: message.is_automatic_forward },
  });
  switch (outcome.status) {
    // A pin shows itself as a service message; an unpin does not, so it is confirmed.
    case 'done':
      if (unpin) {
        await recordUnpin(deps, message.chat.id, target);
        return notice(deps, place, t.unpinned, language);
      }
      return recordPin(deps, message.chat.id, target, message.sender_chat?.id ?? message.from?.id ?? message.chat.id);
    case 'not_moderator': return notice(deps, place, t.pinNotModerator, language);
    case 'bot_lacks_right': return notice(deps, place, t.pinBotLacksRight, language);
    case 'failed':
      deps.logger.warn({ err: outcome.error, chatId: message.chat.id }, 'pin failed');
      return notice(deps, place, t.pinFailed, language);
  }
}

/** /unanswered [days]: the moderators' digest of this chat; refused to everyone else. */
async function digestByCommand(deps: HandlerDeps, message: IncomingMessage, place: ReplyPlace, days: number | undefined, language: UiLanguage): Promise<void> {
  const t = TELEGRAM_STRINGS[language];
  const actor = { userId: message.from?.id, senderChatId: message.sender_chat?.id, isAutomaticForward: message.is_automatic_forward };
  if (!(await isModeratorActor(deps.rights, message.chat.id, message.chat.type, actor))) return notice(deps, place, t.digestNotModerator, language);
  if (days === undefined) return notice(deps, place, t.digestUsage, language);
  const since = Date.now() - days * DAY_MS;
  const digest = await deps.store.digest({ ...telegramChat(message.chat.id), since, limit: DIGEST_LIST_MAX });
  await sendParts(deps.api, place, renderDigest(digest, days, message.chat.id, language));
}

/**
 * Handles one new message: routes it (see routeMessage), then answers, explains, lists the sources or pins.
 * Edited messages are not handled (bot.ts does not subscribe to them): answering an edit would post a second
 * answer under the first, and the person can simply ask again.
 */
export async function handleMessage(deps: HandlerDeps, message: IncomingMessage): Promise<void> {
  const route = routeMessage(message, deps.me);
  if (route.kind === 'ignore') return;
  const place = replyPlaceOf(message);
  const language = telegramLanguage(message.from?.language_code);
  const t = TELEGRAM_STRINGS[language];
  const examples = deps.sanad.exampleQuestions(language);
  switch (route.kind) {
    case 'question': return answerQuestion(deps, place, route.text, askerOf(message), language);
    case 'start': {
      const asked = /^q_([\w-]+)$/.exec(route.payload)?.[1];
      const question = asked ? await deps.store.getKey(asked) : undefined;
      if (question) return answerQuestion(deps, place, question, askerOf(message), language);
      await sendParts(deps.api, place, renderHelp(language, deps.me.username, examples), () => examplesKeyboard(examples, deps.store));
      return;
    }
    case 'help':
      await sendParts(deps.api, place, renderHelp(language, deps.me.username, examples), () => examplesKeyboard(examples, deps.store));
      return;
    case 'sources':
      await sendParts(deps.api, place, renderSourcesList(deps.sanad.documents, language));
      return;
    case 'ask_usage': return notice(deps, place, t.askUsage, language, examples.slice(0, 1).map((e) => `/ask ${e}`));
    case 'pin': return pinByCommand(deps, message, place, route.unpin, route.targetMessageId, language);
    case 'pinned': {
      const pinned = await deps.store.pinnedAnswers(telegramChat(message.chat.id), PINNED_LIST_MAX);
      await sendParts(deps.api, place, renderPinnedList(pinned, message.chat.id, language));
      return;
    }
    case 'unanswered': return digestByCommand(deps, message, place, route.days, language);
    case 'pinned_by_hand': return recordPin(deps, message.chat.id, route.messageId, route.by);
    case 'migrated':
      // Telegram sends this to both the old group and the new supergroup; the second move finds nothing to move.
      await deps.store.migrateChat('telegram', String(route.fromChatId), String(route.toChatId));
      deps.logger.info({ from: route.fromChatId, to: route.toChatId }, 'group became a supergroup; records moved');
      return;
    case 'unknown_command': return notice(deps, place, t.unknownCommand, language);
    case 'text_only': return notice(deps, place, t.textOnly, language);
  }
}
