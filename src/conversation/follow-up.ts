import type { FollowUpRecord, SentAnswer } from '../store/store.js';
import type { AskRequest } from './ask.js';
import { chatOf, type ConversationDeps } from './conversation-deps.js';
import { surviveStoreOutage } from './survive-store-outage.js';

const MINUTE_MS = 60_000;

/** How long a reply to an answer continues it: a day (a reply is explicit, but a week-old answer is another conversation). */
export const FOLLOW_UP_REPLY_WINDOW_MS = 24 * 60 * MINUTE_MS;
/** How long a thread's last answer gives a new message in the thread its topic (Discord threads). */
export const FOLLOW_UP_THREAD_WINDOW_MS = 30 * MINUTE_MS;
/** How long an answer in a private chat gives the next question its topic: a few minutes, then a question is new. */
export const FOLLOW_UP_PRIVATE_WINDOW_MS = 5 * MINUTE_MS;
/**
 * Most follow-ups in a chain: the fourth question after one read on its own is read on its own again, so that a long
 * conversation does not drag its first topic along for ever.
 */
export const FOLLOW_UP_MAX_TURNS = 3;

/** The answer a follow-up hint points to, if the store has it and it is recent enough. */
async function previousAnswer(deps: ConversationDeps, request: AskRequest): Promise<SentAnswer | undefined> {
  const hint = request.followUp;
  if (!hint) return undefined;
  const now = deps.now();
  const chat = chatOf(request);
  switch (hint.kind) {
    case 'reply-to-answer': {
      let answer = await deps.store.answerByMessage(chat, hint.messageId);
      if (!answer && hint.answerId !== undefined) {
        // Only an answer of this chat: buttons are the platform's to vouch for, but a forged id must not leak another chat's topic.
        const named = await deps.store.answerById(hint.answerId);
        if (named && named.platform === chat.platform && named.chatId === chat.chatId) answer = named;
      }
      return answer && answer.sentAt >= now - FOLLOW_UP_REPLY_WINDOW_MS ? answer : undefined;
    }
    case 'same-thread': {
      const since = now - FOLLOW_UP_THREAD_WINDOW_MS;
      const inThread = await deps.store.latestAnswerIn(chat, since);
      if (inThread || !hint.startedOn) return inThread;
      const starter = await deps.store.answerByMessage({ platform: chat.platform, chatId: hint.startedOn.chatId }, hint.startedOn.messageId);
      return starter && starter.sentAt >= since ? starter : undefined;
    }
    case 'private-chat': return deps.store.latestAnswerIn(chat, now - FOLLOW_UP_PRIVATE_WINDOW_MS);
  }
}

/**
 * How a question continues an earlier answer, or undefined when it is read on its own: no hint, a question that
 * stands on its own, a private chat's question whose wording does not mark it as continuing (there the only sign
 * is time), no earlier answer within the hint's window, or a chain already FOLLOW_UP_MAX_TURNS long. The
 * earlier answer comes from the store (any instance can read it); its topic is its own question after the topic it
 * was read with. A store outage reads the question on its own.
 */
export async function findFollowUp(deps: ConversationDeps, request: AskRequest): Promise<FollowUpRecord | undefined> {
  if (!request.followUp || deps.sanad.standsOnItsOwn(request.question)) return undefined;
  if (request.followUp.kind === 'private-chat' && !deps.sanad.continuesConversation(request.question)) return undefined;
  const previous = await surviveStoreOutage(deps, 'findFollowUp', () => previousAnswer(deps, request), undefined);
  if (!previous) return undefined;
  const turn = (previous.followUp?.turn ?? 0) + 1;
  if (turn > FOLLOW_UP_MAX_TURNS) return undefined;
  return { topic: previous.followUp ? `${previous.followUp.topic} ${previous.question}` : previous.question, turn };
}
