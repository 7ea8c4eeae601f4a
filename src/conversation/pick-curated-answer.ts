import { answerReply } from '../reply/answer-reply.js';
import { bold, link, text, type Reply, type Span } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { PinnedAnswer } from '../store/store.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** Pinned answers of a chat compared with each new question: the newest (older pins rarely matter). */
export const CURATED_CANDIDATES = 50;

/** A pinned answer given again: the line that says so (linked to the pinned message), the answer, its votes, 🔎. */
async function curatedReply(deps: ConversationDeps, request: ChatRequest, question: string, curated: PinnedAnswer): Promise<Reply> {
  const { answer, pin } = curated;
  const w = WORDING[answer.answer.language];
  const shown = answerReply(answer.answer);
  const url = request.messageLink?.(pin.messageId);
  const banner: Span[] = [text('📌 '), bold(w.curatedLead), ...(url ? [text(' · '), link(w.curatedLink, url)] : [])];
  const tally = await surviveStoreOutage(deps, 'votesOf', () => deps.store.votesOf(answer.id), { up: 0, down: 0 });
  const freshKey = await surviveStoreOutage(deps, 'putKey', () => deps.store.putKey(question), undefined);
  return {
    ...shown,
    blocks: [{ kind: 'banner', spans: banner }, ...shown.blocks],
    actions: [
      // 📄 finds the pinned answer by its id: the message it sits under is not the one recorded.
      ...shown.actions.map((a) => (a.kind === 'passages' ? { ...a, answerId: answer.id } : a)),
      ...(freshKey ? [{ kind: 'fresh' as const, key: freshKey, label: w.buttonFresh }] : []),
      { kind: 'vote', answerId: answer.id, tally },
    ],
  };
}

/**
 * The curated-answer policy, the same on every platform: a question asked where the moderators pinned an answer to
 * a closely matching question (the same kind of question with nearly the same rare words: the core's findCurated)
 * gets that pinned answer first, marked as the moderators' and linked to the pinned message, with its 👍/👎 and a
 * 🔎 Fresh search button, unless the asker pressed Fresh search. A store outage skips the check.
 */
export async function pickCuratedAnswer(deps: ConversationDeps, request: ChatRequest, question: string): Promise<Reply | undefined> {
  const pinned = await surviveStoreOutage(deps, 'pinnedAnswers', () => deps.store.pinnedAnswers(chatOf(request), CURATED_CANDIDATES), []);
  if (!pinned.length) return undefined;
  const match = deps.sanad.findCurated(question, pinned.map((p) => ({ question: p.answer.question, p })))?.p;
  return match && curatedReply(deps, request, question, match);
}
