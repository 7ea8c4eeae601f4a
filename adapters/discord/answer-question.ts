import { detectUiLanguage } from '../../src/answer/ui-strings.js';
import type { PinnedAnswer } from '../../src/store/store.js';
import { discordChat } from './chat-ref.js';
import { withFallback, type HandlerContext, type Reply } from './handler-context.js';
import { renderCurated } from './render-curated.js';
import { renderAnswer } from './render.js';
import { pickLanguage } from './strings.js';

/** Pinned answers of a channel the curated-answer check compares a question with (the newest). */
export const CURATED_CANDIDATES_MAX = 50;

/** A question to answer, as plain values taken from the interaction. */
export interface AskRequest {
  question: string;
  /** The user's Discord locale (interaction.locale). */
  locale?: string | null;
  /** The server, when asked in one. */
  guildId?: string | null;
  /** The channel: where the answer is recorded and whose pinned answers are offered first. */
  channelId: string;
  /** Only the asker sees the answer (and it offers no 📌). */
  ephemeral: boolean;
  /** Search the documents even when a pinned answer matches ("Fresh search"). Default false. */
  fresh?: boolean;
}

/** The reply to a question, and the id of the answer it recorded (to store the message id once sent). */
export interface AnswerReply {
  reply: Reply;
  /** Undefined when nothing new was recorded: not found, a pinned answer given again, or the store failing. */
  answerId?: number;
}

/** The channel's pinned answer whose question closely matches, if any (pins exist in server channels only). */
async function findPinned(ctx: HandlerContext, request: AskRequest): Promise<PinnedAnswer | undefined> {
  if (request.fresh || !request.guildId) return undefined;
  const pinned = await withFallback(ctx, 'pinnedAnswers', () => ctx.store.pinnedAnswers(discordChat(request.channelId), CURATED_CANDIDATES_MAX), []);
  return ctx.sanad.findCurated(request.question, pinned.map((p) => ({ question: p.answer.question, pinned: p })))?.pinned;
}

/** The pinned answer for the asker, with its votes so far and a "Fresh search" button for the question asked. */
async function curatedReply(ctx: HandlerContext, request: AskRequest, pinned: PinnedAnswer, guildId: string): Promise<AnswerReply> {
  const language = pickLanguage(request.locale, detectUiLanguage(request.question, 'en'));
  const tally = await withFallback(ctx, 'votesOf', () => ctx.store.votesOf(pinned.answer.id), { up: 0, down: 0 });
  const freshKey = await withFallback(ctx, 'putKey', () => ctx.store.putKey(request.question), undefined);
  return { reply: { ...renderCurated(pinned, { guildId, language, tally, freshKey }), ephemeral: request.ephemeral } };
}

/**
 * Answers a question (`/kz ask`, "Ask sanad", "Fresh search"). A pinned answer of the channel to a closely matching
 * question comes first, marked as the moderators'; otherwise the documents are searched. Answers are recorded (their
 * buttons carry the stored id for votes), unanswered questions too (for the moderators' digest), and answered
 * questions are remembered for autocomplete and "more sources".
 */
export async function answerQuestion(ctx: HandlerContext, request: AskRequest): Promise<AnswerReply> {
  const pinned = await findPinned(ctx, request);
  if (pinned && request.guildId) return curatedReply(ctx, request, pinned, request.guildId);
  const language = pickLanguage(request.locale, detectUiLanguage(request.question, 'en'));
  const answer = ctx.sanad.ask(request.question, { language });
  const chat = discordChat(request.channelId);
  const examples = ctx.sanad.exampleQuestions(answer.language);
  if (answer.status !== 'answered') {
    // An empty or over-long question is the asker's slip, not a gap in the documents.
    if (!answer.problem) {
      const unanswered = { ...chat, question: answer.question, questionKey: ctx.sanad.questionKey(answer.question), askedAt: ctx.now() };
      await withFallback(ctx, 'recordUnanswered', () => ctx.store.recordUnanswered(unanswered), undefined);
    }
    return { reply: { ...renderAnswer(answer, { examples }), ephemeral: request.ephemeral } };
  }
  const sent = { ...chat, question: answer.question, questionKey: ctx.sanad.questionKey(answer.question), answer, sentAt: ctx.now() };
  const answerId = await withFallback(ctx, 'recordAnswer', () => ctx.store.recordAnswer(sent), undefined);
  // Autocomplete offers it later; the ➕ button carries the store's key, so it works after a restart on any instance.
  ctx.recent.remember(answer.question, request.ephemeral ? undefined : request.guildId);
  const moreKey = await withFallback(ctx, 'putKey', () => ctx.store.putKey(answer.question), undefined);
  const rendered = renderAnswer(answer, {
    pinnable: !request.ephemeral && Boolean(request.guildId),
    moreKey,
    votes: answerId === undefined ? undefined : { answerId, tally: { up: 0, down: 0 } },
    examples,
  });
  return { reply: { ...rendered, ephemeral: request.ephemeral }, answerId };
}
