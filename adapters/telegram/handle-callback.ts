import type { CallbackQuery, InlineKeyboardMarkup } from 'telegraf/types';
import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../../src/answer/compose-answer.js';
import { takeTop } from '../../src/answer/take-top.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import { MAX_TOP } from '../../src/sanad.js';
import { stripInvisible } from '../../src/text/strip-invisible.js';
import { answerQuestion, telegramChat } from './answer-question.js';
import { decodeCallbackData } from './callback-data.js';
import type { HandlerDeps } from './handler-deps.js';
import { answerKeyboard, withVotes } from './keyboards.js';
import { TELEGRAM_CALLBACK_ANSWER_MAX_CHARS, truncateText } from './limits.js';
import { moreSources } from './more-sources.js';
import { pinMessage } from './pin.js';
import { recordPin } from './record-pin.js';
import { answerBlocks, renderBlocks } from './render.js';
import { renderPassage } from './render-pages.js';
import { bold } from './rich-text.js';
import { routeMessage, type IncomingMessage } from './route.js';
import { replyPlaceOf, sendParts } from './send-parts.js';
import { TELEGRAM_STRINGS, telegramLanguage } from './strings.js';

/** The message a button sits under, as far as a callback query tells. */
type ButtonMessage = IncomingMessage & { reply_to_message?: IncomingMessage['reply_to_message'] & Omit<IncomingMessage, 'chat'> };

/**
 * The question an answer message answered, for buttons whose key the store has lost: the question message it
 * replies to (groups), else the "❓ question" line the answer starts with (shortened for long questions).
 */
export function questionOfMessage(message: ButtonMessage, deps: Pick<HandlerDeps, 'me'>): string | undefined {
  const reply = message.reply_to_message;
  if (reply && reply.from?.id !== deps.me.id) {
    const route = routeMessage({ ...reply, chat: message.chat }, deps.me);
    if (route.kind === 'question') return route.text;
  }
  const first = stripInvisible(message.text?.split('\n')[0] ?? '').trim();
  if (!first.startsWith('❓')) return undefined;
  return first.slice(1).replace(/…$/, '').trim() || undefined;
}

/** The stored answer a button names: by id, or (no id) the one recorded for the message the button sits under. */
function answerOf(deps: HandlerDeps, message: ButtonMessage, answerId: number | undefined) {
  return answerId !== undefined ? deps.store.answerById(answerId) : deps.store.answerByMessage(telegramChat(message.chat.id), String(message.message_id));
}

/** 👍/👎: one vote per user per answer (a new one replaces the old); the toast confirms, the buttons show the counts. */
async function vote(
  deps: HandlerDeps, query: CallbackQuery, message: ButtonMessage, answerId: number | undefined, value: 1 | -1,
  reply: (text?: string, alert?: boolean) => Promise<unknown>,
): Promise<void> {
  const t = TELEGRAM_STRINGS[telegramLanguage(query.from.language_code)];
  const answer = await answerOf(deps, message, answerId);
  if (!answer) return void (await reply(t.buttonExpired, true));
  const tally = await deps.store.vote(answer.id, String(query.from.id), value, Date.now());
  await reply(t.voted(value > 0 ? '👍' : '👎'));
  const markup = withVotes((message as { reply_markup?: InlineKeyboardMarkup }).reply_markup, tally);
  if (!markup) return;
  // An unchanged keyboard is refused ("message is not modified"): harmless, and not worth a reply.
  await deps.api('editMessageReplyMarkup', { chat_id: message.chat.id, message_id: message.message_id, reply_markup: markup })
    .catch((error: unknown) => deps.logger.debug({ err: error }, 'vote buttons not updated'));
}

/**
 * Handles a button press. The query is always answered (an empty answer stops the button's spinner; refusals come
 * as alerts). 📄 sends the passage in full, ➕ the further sources, ❓ asks an example, 🔎 searches afresh instead
 * of a pinned answer, 📌 pins for moderators (and records the pin), 👍/👎 vote.
 */
export async function handleCallbackQuery(deps: HandlerDeps, query: CallbackQuery): Promise<void> {
  const action = decodeCallbackData('data' in query ? query.data : undefined);
  const language: UiLanguage = action && 'language' in action ? action.language : telegramLanguage(query.from.language_code);
  const t = TELEGRAM_STRINGS[language];
  const reply = (text?: string, alert = false) => deps.api('answerCallbackQuery', {
    callback_query_id: query.id, ...(text ? { text: truncateText(text, TELEGRAM_CALLBACK_ANSWER_MAX_CHARS), show_alert: alert } : {}),
  });
  const message = query.message as ButtonMessage | undefined;
  if (!action || !message) return void (await reply(t.buttonExpired, true));
  const place = { ...replyPlaceOf(message), replyTo: message.chat.type === 'private' ? undefined : message.message_id };

  switch (action.kind) {
    case 'passage':
    case 'passage_key': {
      const id = action.kind === 'passage' ? action.passageId : await deps.store.getKey(action.key);
      const passage = id ? deps.sanad.passage(id) : undefined;
      if (!passage) return void (await reply(t.buttonExpired, true));
      await reply();
      await sendParts(deps.api, place, renderPassage(passage, deps.sanad.document(passage.docId), language));
      return;
    }
    case 'more':
    case 'more_of': {
      const stored = action.kind === 'more' ? await deps.store.getKey(action.key) : (await answerOf(deps, message, action.answerId))?.question;
      const question = stored ?? questionOfMessage(message, deps);
      if (!question) return void (await reply(t.buttonExpired, true));
      const verdict = await deps.limiter.check(query.from.id, message.chat.id);
      if (!verdict.allowed) return void (await reply(t.rateLimited(verdict.retryAfterSeconds), true));
      const full = deps.sanad.ask(question, { top: MAX_TOP, language });
      const more = moreSources(takeTop(full, DEFAULT_COMPOSE_ANSWER_OPTIONS.top), full);
      if (!more) return void (await reply(t.noMoreSources));
      await reply();
      const parts = renderBlocks([{ spans: [bold(`➕ ${t.moreHeading}`)] }, ...answerBlocks(more, [])], language);
      await sendParts(deps.api, place, parts, () => answerKeyboard({ language, passages: more.passages, keys: deps.store }));
      return;
    }
    case 'ask':
    case 'fresh': {
      const question = (await deps.store.getKey(action.key)) ?? (action.kind === 'fresh' ? questionOfMessage(message, deps) : undefined);
      if (!question) return void (await reply(t.buttonExpired, true));
      await reply();
      await answerQuestion(deps, place, question, query.from.id, language, { fresh: action.kind === 'fresh' });
      return;
    }
    case 'vote': return vote(deps, query, message, action.answerId, action.value, reply);
    case 'pin': {
      const outcome = await pinMessage(deps.api, deps.rights, {
        chatId: message.chat.id, chatType: message.chat.type, messageId: action.messageId ?? message.message_id,
        actor: { userId: query.from.id }, botId: deps.me.id,
      });
      if (outcome.status === 'failed') deps.logger.warn({ err: outcome.error, chatId: message.chat.id }, 'pin failed');
      if (outcome.status === 'done') await recordPin(deps, message.chat.id, action.messageId ?? message.message_id, query.from.id);
      const text = { done: t.pinned, not_moderator: t.pinNotModerator, bot_lacks_right: t.pinBotLacksRight, failed: t.pinFailed }[outcome.status];
      await reply(text, outcome.status !== 'done');
      return;
    }
  }
}
