import { DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../answer/compose-answer.js';
import { MAX_TOP } from '../answer/question-limits.js';
import { takeTop } from '../answer/take-top.js';
import { answerReply } from '../reply/answer-reply.js';
import type { Reply, ReplyAction } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import type { FollowUpHint } from './follow-up-hint.js';
import { findFollowUp } from './follow-up.js';
import { extraPassages } from './more-sources.js';
import { pickCuratedAnswer } from './pick-curated-answer.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** A question to answer, as plain values. */
export interface AskRequest extends ChatRequest {
  question: string;
  /** Search the documents even when the moderators pinned an answer to a similar question (🔎 Fresh search). */
  fresh?: boolean;
  /** The answer is public in a group or server channel, where moderators pin: it offers 📌. */
  pinnable?: boolean;
  /** Where the question, once answered publicly, is offered again by autocomplete (a Discord server). Default: nowhere. */
  scopeId?: string;
  /** Where the platform says this question may follow up an earlier answer (see follow-up-hint.ts). */
  followUp?: FollowUpHint;
}

/** The reply to a question, and how to record the answer once the platform has sent it. */
export interface AskOutcome {
  reply: Reply;
  /**
   * Records the answer sent, with its message when the platform has given its id; resolves to the stored id (for
   * its buttons), or undefined when the store failed (the store-outage policy). Absent when there is nothing to
   * record: nothing found, or a pinned answer given again.
   */
  record?: (messageId?: string) => Promise<number | undefined>;
}

/**
 * Answers a question: the moderators' pinned answer first when one closely matches (pickCuratedAnswer), else the
 * documents, asked once with the most passages so that the reply shows the first few and knows whether ➕ has more.
 * A question the documents do not answer is recorded for the moderators' digest (not an empty or over-long one).
 */
export async function ask(deps: ConversationDeps, request: AskRequest): Promise<AskOutcome> {
  const { metrics } = deps;
  metrics?.questionAsked(request.platform);
  if (!request.fresh) {
    const curated = await pickCuratedAnswer(deps, request, request.question);
    if (curated) {
      metrics?.curatedAnswered(request.platform);
      return { reply: curated };
    }
  }
  const language = replyLanguage({ question: request.question, userLanguage: request.userLanguage });
  const followUp = await findFollowUp(deps, request);
  const full = deps.sanad.ask(request.question, {
    top: MAX_TOP, language, ...(metrics ? { onTimings: metrics.searched } : {}), ...(followUp ? { context: followUp.topic } : {}),
  });
  const answer = takeTop(full, DEFAULT_COMPOSE_ANSWER_OPTIONS.top);
  const chat = chatOf(request);
  if (answer.status === 'answered') metrics?.answered(request.platform);
  else metrics?.declined(request.platform, answer.problem ?? 'not_found');
  if (answer.status !== 'answered') {
    if (!answer.problem) {
      const unanswered = { ...chat, question: answer.question, questionKey: deps.sanad.questionKey(answer.question), askedAt: deps.now() };
      await surviveStoreOutage(deps, 'recordUnanswered', () => deps.store.recordUnanswered(unanswered), undefined);
    }
    return { reply: answerReply(answer, deps.sanad.exampleQuestions(answer.language)) };
  }
  const questionKey = deps.sanad.questionKey(answer.question);
  const w = WORDING[answer.language];
  const reply = answerReply(answer);
  const actions: ReplyAction[] = [
    ...reply.actions,
    ...(extraPassages(answer, full) ? [{ kind: 'more' as const, label: w.buttonMore }] : []),
    ...(request.pinnable ? [{ kind: 'pin' as const, pinned: false, label: w.buttonPin }] : []),
    { kind: 'vote', tally: { up: 0, down: 0 } },
  ];
  if (request.scopeId !== undefined) {
    const recent = { platform: request.platform, scopeId: request.scopeId, question: answer.question, questionKey, askedAt: deps.now() };
    await surviveStoreOutage(deps, 'rememberQuestion', () => deps.store.rememberQuestion(recent), undefined);
  }
  const record = (messageId?: string) => surviveStoreOutage(deps, 'recordAnswer', () => deps.store.recordAnswer({
    ...chat, ...(messageId === undefined ? {} : { messageId }), question: answer.question, questionKey, answer, sentAt: deps.now(), ...(followUp ? { followUp } : {}),
  }), undefined);
  return { reply: { ...reply, actions }, record };
}
