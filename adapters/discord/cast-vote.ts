import type { VoteTally, VoteValue } from '../../src/store/store.js';
import { VOTE_EMOJI } from './buttons.js';
import type { HandlerContext, Reply } from './handler-context.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { pickLanguage } from './strings.js';

/** A press of 👍 or 👎, as plain values. */
export interface VotePress {
  answerId: number;
  value: VoteValue;
  userId: string;
  locale?: string | null;
}

/** The new tally (undefined when the answer is no longer stored) and the presser's ephemeral acknowledgement. */
export interface VoteResult {
  tally?: VoteTally;
  reply: Reply;
}

/** Records a user's vote on a stored answer (one per user per answer; a new press replaces the old vote). */
export async function castVote(ctx: HandlerContext, press: VotePress): Promise<VoteResult> {
  const strings = MODERATION_STRINGS[pickLanguage(press.locale)];
  const tally = await ctx.store.vote(press.answerId, press.userId, press.value, ctx.now());
  // The store counts nothing for an answer it no longer has (pruned): then even this vote is missing from the tally.
  if ((press.value > 0 ? tally.up : tally.down) === 0) return { reply: { content: strings.answerGone, ephemeral: true } };
  return { tally, reply: { content: strings.voted(VOTE_EMOJI[press.value]), ephemeral: true } };
}
