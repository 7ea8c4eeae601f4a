import {
  MessageFlags,
  type APIMessageTopLevelComponent,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type REST,
  type RepliableInteraction,
} from 'discord.js';
import type { HandlerContext, Reply } from './handler-context.js';
import { DISCORD_MESSAGE_CONTENT_MAX_CHARS, clampEmbeds, truncateText } from './limits.js';

/** Mentions nothing, whatever the text says: `@everyone`, roles and users in questions and documents stay inert. */
export const NO_MENTIONS = { parse: [] as [] };

/** What routing needs besides the interaction: the handlers' context and the REST client (for pins). */
export interface RouteContext extends HandlerContext {
  rest: REST;
}

/** The body of an edit: the reply with mentions off. */
export function toEditBody(reply: Reply): InteractionEditReplyOptions {
  return {
    content: reply.content === undefined ? '' : truncateText(reply.content, DISCORD_MESSAGE_CONTENT_MAX_CHARS),
    embeds: clampEmbeds(reply.embeds ?? []),
    components: reply.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

/** The body of a first response (or a follow-up): the edit body plus the ephemeral flag. */
export function toReplyBody(reply: Reply): InteractionReplyOptions {
  const { content, embeds, components, allowedMentions } = toEditBody(reply);
  return { ...(content ? { content } : {}), embeds, components, allowedMentions, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Sends a reply as the first response, or as the edit of a deferred one. */
export async function send(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  if (interaction.deferred || interaction.replied) await interaction.editReply(toEditBody(reply));
  else await interaction.reply(toReplyBody(reply));
}

/** Work that calls the core, the store or Discord first defers (within the 3 seconds), then edits in the result. */
export async function deferThen(interaction: RepliableInteraction, ephemeral: boolean, work: () => Reply | Promise<Reply>): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await send(interaction, await work());
}

/** Presses acknowledged as an update of their own message: their @original is that message, never to be withdrawn. */
const updatingMessage = new WeakSet<object>();

/** Acknowledges a button press as an update of the message it is on (no new message; its buttons change later). */
export async function deferUpdate(interaction: MessageComponentInteraction): Promise<void> {
  await interaction.deferUpdate();
  updatingMessage.add(interaction);
}

/** Whether deferUpdate acknowledged this interaction (the error boundary must then not delete @original). */
export function isUpdatingMessage(interaction: object): boolean {
  return updatingMessage.has(interaction);
}

/** The components of the message a button is on, as JSON, to send back changed. */
export function componentsOf(interaction: MessageComponentInteraction): APIMessageTopLevelComponent[] {
  return interaction.message.components.map((component) => component.toJSON());
}

/** After deferUpdate: replaces the buttons of the pressed message, leaving its text and embeds as they are. */
export async function editComponents(interaction: MessageComponentInteraction, components: APIMessageTopLevelComponent[]): Promise<void> {
  await interaction.editReply({ components, allowedMentions: NO_MENTIONS });
}

/** A follow-up only the presser sees (the acknowledgement of a vote or a pin). */
export async function followUpEphemeral(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  await interaction.followUp(toReplyBody({ ...reply, ephemeral: true }));
}
