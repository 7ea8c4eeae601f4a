import { MessageFlags, Routes, type ButtonInteraction } from 'discord.js';
import type { VoteValue } from '../../src/store/store.js';
import { votedAnswerId, withPinState, withVoteCounts } from './buttons.js';
import { decodeCustomId } from './custom-id.js';
import * as H from './handlers.js';
import { checkPin } from './pin.js';
import { componentsOf, deferThen, deferUpdate, editComponents, followUpEphemeral, send, toEditBody, type RouteContext } from './reply-body.js';
import { deferAnswer, finishAnswer } from './route-ask.js';
import { pickLanguage } from './strings.js';

/**
 * 📌: a moderator's press pins the answer, or unpins it when pinned; the button then reads "Unpin" or "Pin" again
 * and the presser alone is told what happened. Others are refused before Discord is called.
 */
async function routePin(interaction: ButtonInteraction, ctx: RouteContext): Promise<void> {
  const { message, locale, user } = interaction;
  const refusal = checkPin({
    inGuild: interaction.inGuild(),
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    appPermissions: interaction.appPermissions.bitfield,
  });
  if (refusal) return send(interaction, H.pinReply(refusal, locale));
  const pinned = message.pinned === true;
  const route = Routes.channelMessagesPin(message.channelId, message.id);
  const reason = `${pinned ? 'Unpinned' : 'Pinned'} for ${user.username} (${user.id}) via sanad`;
  await deferUpdate(interaction);
  const { outcome, language } = await H.togglePin(
    ctx,
    { channelId: message.channelId, messageId: message.id, userId: user.id, pinned, answerId: votedAnswerId(componentsOf(interaction)) },
    { pin: () => ctx.rest.put(route, { reason }), unpin: () => ctx.rest.delete(route, { reason }) },
  );
  if (outcome === 'pinned' || outcome === 'unpinned') {
    await editComponents(interaction, withPinState(componentsOf(interaction), language ?? pickLanguage(locale), outcome === 'pinned'));
  }
  await followUpEphemeral(interaction, H.pinReply(outcome, locale));
}

/** 👍/👎: records the vote, shows the new counts on the answer's buttons, and thanks the presser alone. */
async function routeVote(interaction: ButtonInteraction, ctx: RouteContext, answerId: number, value: VoteValue): Promise<void> {
  await deferUpdate(interaction);
  const { tally, reply } = await H.castVote(ctx, { answerId, value, userId: interaction.user.id, locale: interaction.locale });
  if (tally) await editComponents(interaction, withVoteCounts(componentsOf(interaction), answerId, tally));
  await followUpEphemeral(interaction, reply);
}

/** "Fresh search" under a pinned answer: the question searched in the documents, shown as the pinned answer was. */
async function routeFresh(interaction: ButtonInteraction, ctx: RouteContext, key: string): Promise<void> {
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await deferAnswer(interaction, ephemeral);
  const question = await ctx.store.getKey(key);
  if (question === undefined) return void (await interaction.editReply(toEditBody(H.expired(interaction.locale))));
  await finishAnswer(interaction, ctx, { question, ephemeral, fresh: true });
}

/** Turns a button press into its action; a custom_id this bot did not write gets a plain "unknown button". */
export async function routeButton(interaction: ButtonInteraction, ctx: RouteContext): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  const locale = interaction.locale;
  switch (action?.kind) {
    case 'passage': return send(interaction, H.showPassage(ctx, action.passageId, locale));
    case 'more': return deferThen(interaction, true, () => H.showMoreSources(ctx, action.key, locale));
    case 'pin': return routePin(interaction, ctx);
    case 'vote': return routeVote(interaction, ctx, action.answerId, action.value);
    case 'fresh': return routeFresh(interaction, ctx, action.key);
    default: return send(interaction, H.unknownAction(locale));
  }
}
