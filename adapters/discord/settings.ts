import { ChannelType, MessageFlags, PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { ChatRequest, ListenSettingsRequest } from '../../src/index.js';
import { isForum, isTextChannel, isThread, type ChannelDirectory } from './channel-directory.js';
import { CHANNEL_OPTION } from './commands.js';
import type { ButtonAction } from './custom-id.js';
import type { DiscordDeps } from './handlers.js';
import { renderReply } from './render.js';

/**
 * Whether permissions allow changing where the bot listens: Manage Server, Manage Channels or Manage Threads (the
 * rights over channels and their threads), or Administrator. As for pins, read from the interaction's permissions.
 */
export function hasSettingsRight(permissions: bigint | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  const rights = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageThreads | PermissionFlagsBits.Administrator;
  return (permissions & rights) !== 0n;
}

/** The channel a setting is for and its kind: the one named, else the command's own (a thread's parent). */
async function targetOf(interaction: ChatInputCommandInteraction, channels: ChannelDirectory): Promise<{ id: string; name: string; place: ListenSettingsRequest['place'] } | undefined> {
  const named = interaction.options.getChannel(CHANNEL_OPTION, false);
  let channel: { id: string; type: ChannelType; name?: string | null; parentId?: string } | undefined =
    named ? { id: named.id, type: named.type, name: named.name } : interaction.channelId ? await channels.get(interaction.channelId) : undefined;
  if (channel && isThread(channel.type) && channel.parentId) channel = await channels.get(channel.parentId);
  if (!channel) return undefined;
  const place = isForum(channel.type) ? 'forum' : isTextChannel(channel.type) ? 'text' : 'unsupported';
  return { id: channel.id, name: channelName(channel), place };
}

/** How the settings name a channel: #name (a mention would be escaped as text), or its id when Discord gave no name. */
const channelName = (channel: { id: string; name?: string | null }) => `#${channel.name || channel.id}`;

/** `/kz settings [channel]`: the choices for the channel, for the moderator alone; members are refused. */
export async function showSettings(interaction: ChatInputCommandInteraction, deps: DiscordDeps, base: ChatRequest): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const target = interaction.inGuild() && deps.listening ? await targetOf(interaction, deps.listening.channels) : undefined;
  const reply = await deps.conversation.listenSettings({
    ...base, place: target?.place ?? 'unsupported', moderator: hasSettingsRight(interaction.memberPermissions?.bitfield),
    ...(target ? { target: target.id, targetName: target.name } : {}), readsMessages: deps.listening?.readsMessages ?? false,
  });
  const { content, embeds, components } = renderReply(reply);
  await interaction.editReply({ content, embeds, components, allowedMentions: { parse: [] } });
}

/** A press of one of the choices: a moderator's is stored and the settings show it; anyone else is refused alone. */
export async function chooseSetting(interaction: ButtonInteraction, deps: DiscordDeps, base: ChatRequest, action: Extract<ButtonAction, { kind: 'listen' }>): Promise<void> {
  const channel = await deps.listening?.channels.get(action.channelId);
  const reply = await deps.conversation.setListenMode({
    ...base, place: interaction.inGuild() ? (action.forum ? 'forum' : 'text') : 'unsupported', moderator: hasSettingsRight(interaction.memberPermissions?.bitfield),
    target: action.channelId, targetName: channelName(channel ?? { id: action.channelId }), mode: action.mode, readsMessages: deps.listening?.readsMessages ?? false,
  });
  const { content, embeds, components } = renderReply(reply);
  if (reply.tone === 'refusal') return void (await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }));
  await interaction.update({ content, embeds, components, allowedMentions: { parse: [] } });
}
