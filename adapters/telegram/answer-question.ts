import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../../src/answer/compose-answer.js';
import { takeTop } from '../../src/answer/take-top.js';
import { detectUiLanguage, type UiLanguage } from '../../src/answer/ui-strings.js';
import { MAX_TOP } from '../../src/sanad.js';
import type { ChatRef, PinnedAnswer } from '../../src/store/store.js';
import type { HandlerDeps } from './handler-deps.js';
import { answerKeyboard, examplesKeyboard } from './keyboards.js';
import { moreSources } from './more-sources.js';
import { renderAnswer } from './render.js';
import { messageLink, renderCurated } from './render-moderation.js';
import { renderNotice } from './render-pages.js';
import { sendParts, type ReplyPlace } from './send-parts.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** Pinned answers of a chat compared with each new question (the newest; older pins rarely matter). */
export const CURATED_CANDIDATES = 50;

/** Whether a chat is a group or supergroup (where answers get a 📌 button and moderators pin). */
export function isGroupChat(type: string): boolean {
  return type === 'group' || type === 'supergroup';
}

/** The store's reference to a Telegram chat. */
export function telegramChat(chatId: number): ChatRef {
  return { platform: 'telegram', chatId: String(chatId) };
}

/** Options of answerQuestion. */
export interface AnswerQuestionOptions {
  /** Search the documents even when the moderators pinned an answer to a similar question (🔎 Fresh search). */
  fresh?: boolean;
}

/** Sends a pinned answer back for a matching question: marked, linked, with 🔎 Fresh search and its votes. */
async function sendCurated(deps: HandlerDeps, place: ReplyPlace, curated: PinnedAnswer, question: string): Promise<void> {
  const { answer, pin } = curated;
  const language = answer.answer.language;
  const tally = await deps.store.votesOf(answer.id);
  const freshKey = await deps.store.putKey(question);
  await sendParts(deps.api, place, renderCurated(answer.answer, messageLink(place.chatId, pin.messageId), language), () => answerKeyboard({
    language, passages: answer.answer.passages, freshKey, votes: { answerId: answer.id, tally }, keys: deps.store,
  }));
}

/**
 * Answers one question where it was asked: checks the per-user and per-chat limits (one friendly reply per
 * window when over); gives the moderators' pinned answer when the question closely matches one; else asks the
 * core and sends the cited answer with its buttons (recorded, so buttons and votes outlive a restart), or a clear
 * "not found" with examples (recorded for the moderators' digest).
 */
export async function answerQuestion(
  deps: HandlerDeps, place: ReplyPlace, question: string, askerId: number, fallback: UiLanguage, options: AnswerQuestionOptions = {},
): Promise<void> {
  const verdict = await deps.limiter.check(askerId, place.chatId);
  if (!verdict.allowed) {
    const language = detectUiLanguage(question, fallback);
    if (verdict.notify) await sendParts(deps.api, place, renderNotice(TELEGRAM_STRINGS[language].rateLimited(verdict.retryAfterSeconds), language));
    return;
  }
  const chat = telegramChat(place.chatId);
  if (!options.fresh) {
    const pinned = await deps.store.pinnedAnswers(chat, CURATED_CANDIDATES);
    const curated = pinned.length ? deps.sanad.findCurated(question, pinned.map((p) => ({ question: p.answer.question, p })))?.p : undefined;
    if (curated) return sendCurated(deps, place, curated, question);
  }
  // Asked once with the most passages: the reply shows the first few, and the rest decide the "more sources" button.
  const full = deps.sanad.ask(question, { top: MAX_TOP });
  const answer = takeTop(full, DEFAULT_COMPOSE_ANSWER_OPTIONS.top);
  // Keyed right after asking, while the question's analysis is still at hand.
  const questionKey = deps.sanad.questionKey(answer.question);
  if (answer.status !== 'answered') {
    // Empty, too long or wordless input is not a question the documents failed to answer.
    if (!answer.problem) {
      await deps.store.recordUnanswered({ ...chat, question: answer.question, questionKey, askedAt: Date.now() });
    }
    const examples = answer.problem === 'too_long' ? [] : deps.sanad.exampleQuestions(answer.language);
    await sendParts(deps.api, place, renderAnswer(answer, examples), () => examplesKeyboard(examples, deps.store));
    return;
  }
  const more = moreSources(answer, full);
  const pin = isGroupChat(place.chatType);
  const record = (messageId: number) => deps.store.recordAnswer({
    ...chat, messageId: String(messageId), question: answer.question, questionKey, answer, sentAt: Date.now(),
  });
  // Recorded once, with its message id: after sending, and the buttons find it through the message they sit under.
  // A split answer is recorded when its first part is out, so the buttons on its last part can carry the id.
  let answerId: number | undefined;
  const sent = await sendParts(deps.api, place, renderAnswer(answer, []), async (firstId) => {
    if (firstId !== undefined) answerId = await record(firstId);
    return answerKeyboard({
      language: answer.language, passages: answer.passages, moreOf: more ? answerId ?? 'message' : undefined,
      pin: pin ? { messageId: firstId } : undefined, votes: { answerId, tally: { up: 0, down: 0 } }, keys: deps.store,
    });
  });
  if (answerId === undefined && sent[0]) await record(sent[0].message_id);
}
