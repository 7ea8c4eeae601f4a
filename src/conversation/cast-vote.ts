import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { SentAnswer, VoteTally, VoteValue } from '../store/store.js';
import { feedbackPrompt } from '../reply/feedback-reply.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** A press of 👍 or 👎, as plain values: the answer it sits under, by id or by message. */
export interface VoteRequest extends ChatRequest {
  userId: string;
  answerId?: number;
  messageId?: string;
  value: VoteValue;
}

/** What the presser is told, and the new tally for the buttons (absent when nothing was counted). */
export interface VoteOutcome {
  reply: Reply;
  tally?: VoteTally;
  /**
   * After a 👎: the optional reasons, for the presser alone (a private message on Telegram, an ephemeral one on
   * Discord), and the answer they are about.
   */
  reasons?: { answerId: number; reply: Reply };
}

/** 👍/👎: one vote per user per answer (a new press replaces the old). A store outage asks to try again later. */
export async function castVote(deps: ConversationDeps, request: VoteRequest): Promise<VoteOutcome> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language];
  const { store } = deps;
  let answer: SentAnswer | undefined;
  const result = await surviveStoreOutage<VoteTally | undefined | 'failed'>(deps, 'vote', async () => {
    answer = request.answerId !== undefined
      ? await store.answerById(request.answerId)
      : request.messageId === undefined ? undefined : await store.answerByMessage(chatOf(request), request.messageId);
    return answer && store.vote(answer.id, request.userId, request.value, deps.now());
  }, 'failed');
  if (result === 'failed') return { reply: notice(language, w.voteFailed, 'refusal') };
  if (!result || !answer) return { reply: notice(language, w.buttonExpired, 'refusal') };
  const voted = { tally: result, reply: notice(language, w.voted(request.value > 0 ? '👍' : '👎')) };
  return request.value > 0 ? voted : { ...voted, reasons: { answerId: answer.id, reply: feedbackPrompt(answer.id, answer.question, language) } };
}
