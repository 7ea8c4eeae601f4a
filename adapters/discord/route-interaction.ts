import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction, MessageContextMenuCommandInteraction } from 'discord.js';
import {
  ASK_MESSAGE_COMMAND,
  ASK_SUBCOMMAND,
  DAYS_OPTION,
  HELP_SUBCOMMAND,
  KZ_COMMAND,
  PINNED_SUBCOMMAND,
  PRIVATE_OPTION,
  QUESTION_OPTION,
  SOURCES_SUBCOMMAND,
  UNANSWERED_SUBCOMMAND,
} from './commands.js';
import * as H from './handlers.js';
import { deferThen, send, type RouteContext } from './reply-body.js';
import { channelOf, routeAsk } from './route-ask.js';
import { routeButton } from './route-buttons.js';

async function routeChatInput(interaction: ChatInputCommandInteraction, ctx: RouteContext): Promise<void> {
  const sub = interaction.commandName === KZ_COMMAND ? interaction.options.getSubcommand(false) : null;
  const { locale, guildId } = interaction;
  switch (sub) {
    case ASK_SUBCOMMAND: {
      const question = interaction.options.getString(QUESTION_OPTION) ?? '';
      return routeAsk(interaction, ctx, { question, ephemeral: interaction.options.getBoolean(PRIVATE_OPTION) ?? false });
    }
    case SOURCES_SUBCOMMAND: return send(interaction, H.listSources(ctx, locale));
    case HELP_SUBCOMMAND: return send(interaction, H.showHelp(ctx, locale));
    case PINNED_SUBCOMMAND: return deferThen(interaction, true, () => H.listPinned(ctx, { channelId: channelOf(interaction), guildId, locale }));
    case UNANSWERED_SUBCOMMAND: {
      const request = {
        channelId: channelOf(interaction), guildId, locale,
        days: interaction.options.getInteger(DAYS_OPTION),
        memberPermissions: interaction.memberPermissions?.bitfield ?? null,
      };
      return deferThen(interaction, true, () => H.showDigest(ctx, request));
    }
    default: return send(interaction, H.unknownAction(locale));
  }
}

/** The text "Ask sanad" asks: the message's content, else its first embed's text. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  return message.content || message.embeds.map((e) => e.description ?? e.title ?? '').find(Boolean) || '';
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
    return routeAsk(interaction, ctx, { question: messageText(interaction), ephemeral: false });
  }
  if (interaction.isButton()) return routeButton(interaction, ctx);
  if (interaction.isRepliable()) return send(interaction, H.unknownAction(interaction.locale));
}
