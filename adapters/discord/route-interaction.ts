import {
  MessageFlags,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  type REST,
  type RepliableInteraction,
} from 'discord.js';
import { ASK_MESSAGE_COMMAND, ASK_SUBCOMMAND, HELP_SUBCOMMAND, KZ_COMMAND, PRIVATE_OPTION, QUESTION_OPTION, SOURCES_SUBCOMMAND } from './commands.js';
import { decodeCustomId } from './custom-id.js';
import * as H from './handlers.js';
import { DISCORD_MESSAGE_CONTENT_MAX_CHARS, clampEmbeds, truncateText } from './limits.js';
import { checkPin, runPin } from './pin.js';

/** Mentions nothing, whatever the text says: `@everyone`, roles and users in questions and documents stay inert. */
export const NO_MENTIONS = { parse: [] as [] };

/** What routing needs besides the interaction: the handlers' context and the REST client (for pins). */
export interface RouteContext extends H.HandlerContext {
  rest: REST;
}

/** The body of an edit: the reply with mentions off. */
export function toEditBody(reply: H.Reply): InteractionEditReplyOptions {
  return {
    content: reply.content === undefined ? '' : truncateText(reply.content, DISCORD_MESSAGE_CONTENT_MAX_CHARS),
    embeds: clampEmbeds(reply.embeds ?? []),
    components: reply.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

/** The body of a first response: the edit body plus the ephemeral flag. */
export function toReplyBody(reply: H.Reply): InteractionReplyOptions {
  const { content, embeds, components, allowedMentions } = toEditBody(reply);
  return { ...(content ? { content } : {}), embeds, components, allowedMentions, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Sends a reply as the first response, or as the edit of a deferred one. */
export async function send(interaction: RepliableInteraction, reply: H.Reply): Promise<void> {
  if (interaction.deferred || interaction.replied) await interaction.editReply(toEditBody(reply));
  else await interaction.reply(toReplyBody(reply));
}

/** Work that calls the core or Discord first defers (within the 3 seconds), then edits in the result. */
async function deferThen(interaction: RepliableInteraction, ephemeral: boolean, work: () => H.Reply | Promise<H.Reply>): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await send(interaction, await work());
}

function ask(interaction: RepliableInteraction, ctx: RouteContext, question: string, ephemeral: boolean): Promise<void> {
  return deferThen(interaction, ephemeral, () =>
    H.answerQuestion(ctx, { question, locale: interaction.locale, guildId: interaction.guildId, ephemeral }),
  );
}

async function routeChatInput(interaction: ChatInputCommandInteraction, ctx: RouteContext): Promise<void> {
  const sub = interaction.commandName === KZ_COMMAND ? interaction.options.getSubcommand(false) : null;
  if (sub === ASK_SUBCOMMAND) {
    const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
    return ask(interaction, ctx, interaction.options.getString(QUESTION_OPTION) ?? '', ephemeral);
  }
  if (sub === SOURCES_SUBCOMMAND) return send(interaction, H.listSources(ctx, interaction.locale));
  if (sub === HELP_SUBCOMMAND) return send(interaction, H.showHelp(ctx, interaction.locale));
  return send(interaction, H.unknownAction(interaction.locale));
}

/** The text "Ask sanad" asks: the message's content, else its first embed's text. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  return message.content || message.embeds.map((e) => e.description ?? e.title ?? '').find(Boolean) || '';
}

async function routeButton(interaction: ButtonInteraction, ctx: RouteContext): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  const locale = interaction.locale;
  if (action?.kind === 'passage') return send(interaction, H.showPassage(ctx, action.passageId, locale));
  if (action?.kind === 'more') return deferThen(interaction, true, () => H.showMoreSources(ctx, action.key, locale));
  if (action?.kind !== 'pin') return send(interaction, H.unknownAction(locale));
  const { message } = interaction;
  const refusal = checkPin({
    inGuild: interaction.inGuild(),
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    appPermissions: interaction.appPermissions.bitfield,
    alreadyPinned: message.pinned === true,
  });
  if (refusal) return send(interaction, H.pinReply(refusal, locale));
  const reason = `Pinned for ${interaction.user.username} (${interaction.user.id}) via sanad`;
  return deferThen(interaction, true, async () =>
    H.pinReply(await runPin(() => ctx.rest.put(Routes.channelMessagesPin(message.channelId, message.id), { reason })), locale),
  );
}

async function routeAutocomplete(interaction: AutocompleteInteraction, ctx: RouteContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === QUESTION_OPTION ? H.suggest(ctx, String(focused.value), interaction.locale, interaction.guildId) : [];
  await interaction.respond(choices);
}

/** Turns one interaction into plain values, calls its handler and sends the reply. Errors go to the caller's boundary. */
export async function routeInteraction(interaction: Interaction, ctx: RouteContext): Promise<void> {
  if (interaction.isAutocomplete()) return routeAutocomplete(interaction, ctx);
  if (interaction.isChatInputCommand()) return routeChatInput(interaction, ctx);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === ASK_MESSAGE_COMMAND) {
    return ask(interaction, ctx, messageText(interaction), false);
  }
  if (interaction.isButton()) return routeButton(interaction, ctx);
  if (interaction.isRepliable()) return send(interaction, H.unknownAction(interaction.locale));
}
