import { passageReply } from '../reply/passage-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** A press of 📄, as plain values: the passage's id, or the stored key of an id too long for the button. */
export interface PassageRequest extends ChatRequest {
  passageId?: string;
  key?: string;
  /** The answer's language, when the button says. */
  answerLanguage?: UiLanguage;
}

/** 📄: one passage in full with its source; a plain refusal when the button or the passage is gone. */
export async function showPassage(deps: ConversationDeps, request: PassageRequest): Promise<Reply> {
  const language = replyLanguage({ answerLanguage: request.answerLanguage, userLanguage: request.userLanguage });
  const w = WORDING[language];
  const key = request.key;
  const id = request.passageId ?? (key === undefined ? undefined : await surviveStoreOutage(deps, 'getKey', () => deps.store.getKey(key), undefined));
  if (id === undefined) return notice(language, w.buttonExpired, 'refusal');
  const passage = deps.sanad.passage(id);
  if (!passage) return notice(language, w.passageGone, 'refusal');
  return passageReply(passage, deps.sanad.document(passage.docId), language);
}
