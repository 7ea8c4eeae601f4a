import { detectUiLanguage, type UiLanguage } from '../../src/answer/ui-strings.js';
import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../../src/answer/compose-answer.js';
import { takeTop } from '../../src/answer/take-top.js';
import { MAX_TOP } from '../../src/sanad.js';
import type { HandlerDeps } from './handler-deps.js';
import { answerKeyboard, examplesKeyboard } from './keyboards.js';
import { moreSources } from './more-sources.js';
import { renderAnswer } from './render.js';
import { renderNotice } from './render-pages.js';
import { sendParts, type ReplyPlace } from './send-parts.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** Whether a chat is a group or supergroup (where answers get a 📌 button and moderators pin). */
export function isGroupChat(type: string): boolean {
  return type === 'group' || type === 'supergroup';
}

/**
 * Answers one question where it was asked: checks the per-user and per-chat limits (one friendly reply per
 * window when over), asks the core, sends the rendered answer with its buttons, or a clear "not found" with examples.
 */
export async function answerQuestion(deps: HandlerDeps, place: ReplyPlace, question: string, askerId: number, fallback: UiLanguage): Promise<void> {
  const verdict = await deps.limiter.check(askerId, place.chatId);
  if (!verdict.allowed) {
    const language = detectUiLanguage(question, fallback);
    if (verdict.notify) await sendParts(deps.api, place, renderNotice(TELEGRAM_STRINGS[language].rateLimited(verdict.retryAfterSeconds), language));
    return;
  }
  // Asked once with the most passages: the reply shows the first few, and the rest decide the "more sources" button.
  const full = deps.sanad.ask(question, { top: MAX_TOP });
  const answer = takeTop(full, DEFAULT_COMPOSE_ANSWER_OPTIONS.top);
  if (answer.status !== 'answered') {
    const examples = answer.problem === 'too_long' ? [] : deps.sanad.exampleQuestions(answer.language);
    await sendParts(deps.api, place, renderAnswer(answer, examples), () => examplesKeyboard(examples, deps.store));
    return;
  }
  const more = moreSources(answer, full);
  const moreKey = more ? deps.store.put(answer.question) : undefined;
  const pin = isGroupChat(place.chatType);
  await sendParts(deps.api, place, renderAnswer(answer, []), (firstId) => answerKeyboard({
    language: answer.language, passages: answer.passages, moreKey, pin: pin ? { messageId: firstId } : undefined, store: deps.store,
  }));
}
