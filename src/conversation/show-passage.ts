import { answerOfButton, contextOf } from './answer-of-button.js';
import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../answer/compose-answer.js';
import { MAX_TOP } from '../answer/question-limits.js';
import { takeTop } from '../answer/take-top.js';
import { passageReply } from '../reply/passage-reply.js';
import { passagesReply, supportingPassages } from '../reply/passages-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/**
 * A press of 📄, as plain values. Of an answer (the button under a short answer): its stored id, or its message,
 * or the question when the adapter knows it without the store. Of one passage (buttons sent before answers were
 * short): the passage's id, or the stored key of an id too long for the button.
 */
export interface PassageRequest extends ChatRequest {
  passageId?: string;
  key?: string;
  answerId?: number;
  messageId?: string;
  question?: string;
  /** The answer's language, when the button says. */
  answerLanguage?: UiLanguage;
}

/**
 * 📄: the answer's supporting passages, never its quote again, each labelled by its place and source (the answer
 * as stored, else its question asked again: the same passages while the documents are unchanged); or, for an old
 * button, one passage in full with its source. A plain refusal when the button or the passage is gone.
 */
export async function showPassage(deps: ConversationDeps, request: PassageRequest): Promise<Reply> {
  if (request.passageId === undefined && request.key === undefined) return showPassages(deps, request);
  const language = replyLanguage({ answerLanguage: request.answerLanguage, userLanguage: request.userLanguage });
  const w = WORDING[language];
  const key = request.key;
  const id = request.passageId ?? (key === undefined ? undefined : await surviveStoreOutage(deps, 'getKey', () => deps.store.getKey(key), undefined));
  if (id === undefined) return notice(language, w.buttonExpired, 'refusal');
  const passage = deps.sanad.passage(id);
  if (!passage) return notice(language, w.passageGone, 'refusal');
  return passageReply(passage, deps.sanad.document(passage.docId), language);
}

async function showPassages(deps: ConversationDeps, request: PassageRequest): Promise<Reply> {
  const stored = await answerOfButton(deps, request);
  const question = stored?.question ?? request.question;
  const language = replyLanguage({ answerLanguage: request.answerLanguage ?? stored?.answer.language, question, userLanguage: request.userLanguage });
  const w = WORDING[language];
  const answer = stored?.answer.status === 'answered' ? stored.answer
    : question ? takeTop(deps.sanad.ask(question, { top: MAX_TOP, language, ...contextOf(stored) }), DEFAULT_COMPOSE_ANSWER_OPTIONS.top) : undefined;
  if (!answer) return notice(language, w.buttonExpired, 'refusal');
  if (answer.status !== 'answered' || !supportingPassages(answer).shown.length) return notice(language, w.noMoreSources);
  return passagesReply(answer, `📄 ${w.passagesHeading}`);
}
