import { pinnedReply } from '../reply/pinned-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** Pinned answers read for a list or a sync: a Discord channel holds at most 250 pins, so "and N more" is exact. */
export const PINNED_READ_MAX = 250;

/** /pinned: the chat's pinned answers, newest first, linked to their messages; a store outage asks to try later. */
export async function listPinned(deps: ConversationDeps, request: ChatRequest): Promise<Reply> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const pinned = await surviveStoreOutage(deps, 'pinnedAnswers', () => deps.store.pinnedAnswers(chatOf(request), PINNED_READ_MAX), undefined);
  if (!pinned) return notice(language, WORDING[language].storeUnavailable, 'refusal');
  return pinnedReply(pinned, language, request.messageLink ?? (() => undefined));
}
