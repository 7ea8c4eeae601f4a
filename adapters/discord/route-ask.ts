import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { AskRequest } from './answer-question.js';
import { withFallback } from './handler-context.js';
import * as H from './handlers.js';
import { toEditBody, type RouteContext } from './reply-body.js';

/** The channel an interaction came from; Discord sends one with every command and button. */
export function channelOf(interaction: RepliableInteraction): string {
  if (!interaction.channelId) throw new Error('interaction without a channel');
  return interaction.channelId;
}

/** Defers a question's answer: public, or for the asker alone (decided now; Discord keeps it for the edit). */
export async function deferAnswer(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/**
 * After deferAnswer: answers the question, edits the answer in, and stores the message id of a public answer (pins
 * and the digest link to it). Ephemeral messages cannot be pinned or linked to, so theirs is not kept.
 */
export async function finishAnswer(interaction: RepliableInteraction, ctx: RouteContext, request: Pick<AskRequest, 'question' | 'ephemeral' | 'fresh'>): Promise<void> {
  const { reply, answerId } = await H.answerQuestion(ctx, { ...request, locale: interaction.locale, guildId: interaction.guildId, channelId: channelOf(interaction) });
  const message = await interaction.editReply(toEditBody(reply));
  if (answerId !== undefined && !request.ephemeral) {
    await withFallback(ctx, 'setAnswerMessage', () => ctx.store.setAnswerMessage(answerId, message.id), undefined);
  }
}

/** `/kz ask` and "Ask sanad": defers, then answers. */
export async function routeAsk(interaction: RepliableInteraction, ctx: RouteContext, request: Pick<AskRequest, 'question' | 'ephemeral' | 'fresh'>): Promise<void> {
  await deferAnswer(interaction, request.ephemeral);
  await finishAnswer(interaction, ctx, request);
}
