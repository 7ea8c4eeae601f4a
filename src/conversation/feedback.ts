import { feedbackPrompt } from '../reply/feedback-reply.js';
import { notice, type DismissTarget, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import { VOTE_REASONS, type VoteReason } from '../store/store.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** A reason picked under the private prompt that follows a 👎. */
export interface ReasonRequest extends ChatRequest {
  userId: string;
  answerId: number;
  /** As the button carried it; anything but a VoteReason is refused as an expired button. */
  reason: string;
}

/** A dismiss button pressed under the moderators' digest, in the chat the digest is about. */
export interface DismissRequest extends ChatRequest {
  userId: string;
  moderator: boolean;
  item: DismissTarget;
}

const isReason = (value: string): value is VoteReason => (VOTE_REASONS as readonly string[]).includes(value);

/**
 * The optional reasons for a 👎 on a stored answer, for the private chat (Telegram's /start payload, after the bot
 * could not write to the user first). Undefined when the store no longer has the answer.
 */
export async function reasonPrompt(deps: ConversationDeps, request: ChatRequest & { answerId: number }): Promise<Reply | undefined> {
  const answer = await surviveStoreOutage(deps, 'answerById', () => deps.store.answerById(request.answerId), undefined);
  return answer && feedbackPrompt(answer.id, answer.question, replyLanguage({ userLanguage: request.userLanguage }));
}

/** Records why the user disliked an answer; only their current 👎 takes a reason. A store outage asks to try again. */
export async function giveReason(deps: ConversationDeps, request: ReasonRequest): Promise<Reply> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language];
  if (!isReason(request.reason)) return notice(language, w.buttonExpired, 'refusal');
  const reason = request.reason;
  const set = await surviveStoreOutage<boolean | 'failed'>(deps, 'setVoteReason', () => deps.store.setVoteReason(request.answerId, request.userId, reason), 'failed');
  if (set === 'failed') return notice(language, w.voteFailed, 'refusal');
  return set ? notice(language, w.reasonThanks) : notice(language, w.reasonNoDislike, 'refusal');
}

/** Takes an item off the chat's digest for good: moderators only; an unknown key is an expired button. */
export async function dismissDigestItem(deps: ConversationDeps, request: DismissRequest): Promise<Reply> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language];
  if (!request.moderator) return notice(language, w.dismissNotModerator[request.platform], 'refusal');
  const target = request.item;
  const done = await surviveStoreOutage<boolean | 'failed'>(deps, 'dismissDigestItem', async () => {
    const questionKey = target.kind === 'unanswered' ? await deps.store.getKey(target.key) : undefined;
    if (target.kind === 'unanswered' && questionKey === undefined) return false;
    const item = target.kind === 'unanswered' ? { kind: 'unanswered' as const, questionKey: questionKey! } : target;
    await deps.store.dismissDigestItem({ ...chatOf(request), item, dismissedBy: request.userId, dismissedAt: deps.now() });
    return true;
  }, 'failed');
  if (done === 'failed') return notice(language, w.storeUnavailable, 'refusal');
  return done ? notice(language, w.dismissed) : notice(language, w.buttonExpired, 'refusal');
}
