import { answerOfButton, contextOf } from './answer-of-button.js';
import type { Answer } from '../answer/answer.js';
import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../answer/compose-answer.js';
import { MAX_TOP } from '../answer/question-limits.js';
import { selectPassages } from '../answer/select-passages.js';
import { takeTop } from '../answer/take-top.js';
import { passagesReply } from '../reply/passages-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';

/**
 * The "more sources" policy, the same on every platform: ➕ is offered only when the question has passages beyond
 * those shown, and pressing it shows only those, numbered from [1] with their own sources (never the shown ones
 * again); when there are none, it says so. This returns the passages of `full` (the question asked with the most
 * passages) that `shown` does not show, as an answer of their own, or undefined.
 */
export function extraPassages(shown: Answer, full: Answer): Answer | undefined {
  if (full.status !== 'answered') return undefined;
  const seen = new Set(shown.passages.map((p) => p.passageId));
  const extra = full.passages.filter((p) => !seen.has(p.passageId));
  return extra.length ? selectPassages(full, extra) : undefined;
}

/** A press of ➕, as plain values: the answer it sits under, by id or by message. */
export interface MoreSourcesRequest extends ChatRequest {
  answerId?: number;
  messageId?: string;
  /** The question, when the adapter knows it without the store (an old button's key, the answer message's text). */
  question?: string;
  /** The answer's language, when the button says. */
  answerLanguage?: UiLanguage;
}

/** ➕: the passages the answer did not show (see extraPassages), under a "More sources" heading, labelled from the next number. */
export async function moreSources(deps: ConversationDeps, request: MoreSourcesRequest): Promise<Reply> {
  const stored = await answerOfButton(deps, request);
  const question = stored?.question ?? request.question;
  const language = replyLanguage({ answerLanguage: request.answerLanguage ?? stored?.answer.language, question, userLanguage: request.userLanguage });
  const w = WORDING[language];
  if (!question) return notice(language, w.buttonExpired, 'refusal');
  const full = deps.sanad.ask(question, { top: MAX_TOP, language, ...contextOf(stored) });
  const shown = takeTop(full, DEFAULT_COMPOSE_ANSWER_OPTIONS.top);
  const more = extraPassages(shown, full);
  if (!more) return notice(language, w.noMoreSources);
  // Labelled after the answer's own passages (Passage 4, 5 …), so that none is taken for one already shown.
  const after = { ...more, passages: more.passages.map((p) => ({ ...p, rank: p.rank + shown.passages.length })) };
  return passagesReply(after, `➕ ${w.moreHeading}`);
}
