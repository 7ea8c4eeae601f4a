import type { SentAnswer } from '../store/store.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** What a button under an answer names it by: the stored answer's id, or the message that carries it. */
export interface AnswerOfButton extends ChatRequest {
  answerId?: number;
  messageId?: string;
}

/** The stored answer a button (📄, ➕) sits under, if the store has it and answers in time. */
export function answerOfButton(deps: ConversationDeps, request: AnswerOfButton): Promise<SentAnswer | undefined> {
  const { store } = deps;
  return surviveStoreOutage(deps, 'answer of a button', async () => {
    if (request.answerId !== undefined) return store.answerById(request.answerId);
    return request.messageId === undefined ? undefined : store.answerByMessage(chatOf(request), request.messageId);
  }, undefined);
}

/** The question asked again as the stored answer read it: a follow-up with the topic it was read with. */
export const contextOf = (stored: SentAnswer | undefined) => (stored?.followUp ? { context: stored.followUp.topic } : {});
