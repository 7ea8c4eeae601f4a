import { digestReply } from '../reply/digest-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** The digest's period when none is given, and the longest it covers, in days. */
export const DIGEST_DEFAULT_DAYS = 7;
export const DIGEST_MAX_DAYS = 365;
/** Lines in each list of the digest. */
export const DIGEST_LIST_MAX = 10;
const DAY_MS = 86_400_000;

/** /unanswered: who asks (a moderator or not) and over how many days (undefined: the default). */
export interface DigestRequest extends ChatRequest {
  moderator: boolean;
  days?: number;
}

/**
 * The moderators' digest: the chat's most asked unanswered questions and its most 👎 answers over the period, so
 * maintainers know which documents to add. Refused plainly to others; a period that is not 1 to 365 whole days gets
 * the usage; a store outage asks to try later.
 */
export async function showDigest(deps: ConversationDeps, request: DigestRequest): Promise<Reply> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language];
  if (!request.moderator) return notice(language, w.digestNotModerator[request.platform], 'refusal');
  const days = request.days ?? DIGEST_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > DIGEST_MAX_DAYS) return notice(language, w.digestUsage, 'refusal');
  const query = { ...chatOf(request), since: deps.now() - days * DAY_MS, limit: DIGEST_LIST_MAX };
  const digest = await surviveStoreOutage(deps, 'digest', () => deps.store.digest(query), undefined);
  if (!digest) return notice(language, w.storeUnavailable, 'refusal');
  // Each unanswered question's key behind its dismiss button (a button carries a short stored key, not the key itself).
  const keys = new Map<string, string>();
  for (const u of digest.unanswered) {
    const key = await surviveStoreOutage(deps, 'putKey', () => deps.store.putKey(u.questionKey), undefined);
    if (key !== undefined) keys.set(u.questionKey, key);
  }
  return digestReply(digest, days, language, request.messageLink ?? (() => undefined), keys);
}
