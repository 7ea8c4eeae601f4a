import type { ChatRef } from '../../src/store/store.js';

/** Where the store keeps a Discord channel's records: the channel id (pins, votes and digests are per channel). */
export function discordChat(channelId: string): ChatRef {
  return { platform: 'discord', chatId: channelId };
}

/** The link that opens a message in Discord (https://discord.com/developers/docs/reference#message-formatting). */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}
