import type { APIEmbed } from 'discord.js';
import { truncateText } from '../../src/index.js';

// Message and embed limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
/** Embed title, in characters. */
export const DISCORD_EMBED_TITLE_MAX_CHARS = 256;
/** Embed description, in characters. */
export const DISCORD_EMBED_DESCRIPTION_MAX_CHARS = 4096;
/** Fields in one embed. */
export const DISCORD_EMBED_FIELDS_MAX = 25;
/** Embed field name, in characters. */
export const DISCORD_EMBED_FIELD_NAME_MAX_CHARS = 256;
/** Embed field value, in characters. */
export const DISCORD_EMBED_FIELD_VALUE_MAX_CHARS = 1024;
/** Embed footer text, in characters. */
export const DISCORD_EMBED_FOOTER_MAX_CHARS = 2048;
/** Embed author name, in characters. */
export const DISCORD_EMBED_AUTHOR_MAX_CHARS = 256;
/** Title, description, field names and values, footer and author of all embeds of one message together. */
export const DISCORD_EMBEDS_TOTAL_MAX_CHARS = 6000;
/** Embeds in one message (https://discord.com/developers/docs/resources/message#create-message-jsonform-params). */
export const DISCORD_MESSAGE_EMBEDS_MAX = 10;
/** Message content, in characters. */
export const DISCORD_MESSAGE_CONTENT_MAX_CHARS = 2000;

// Components: https://discord.com/developers/docs/components/reference
/** A component's custom_id, in characters. */
export const DISCORD_CUSTOM_ID_MAX_CHARS = 100;
/** A button label, in characters. */
export const DISCORD_BUTTON_LABEL_MAX_CHARS = 80;
/** Buttons in one action row. */
export const DISCORD_ROW_BUTTONS_MAX = 5;
/** Action rows in one message. */
export const DISCORD_MESSAGE_ROWS_MAX = 5;

// Commands: https://discord.com/developers/docs/interactions/application-commands
/** Autocomplete choices in one response. */
export const DISCORD_AUTOCOMPLETE_CHOICES_MAX = 25;
/** Name and (string) value of one choice, in characters. */
export const DISCORD_CHOICE_MAX_CHARS = 100;
/** Command, subcommand and option descriptions, in characters. */
export const DISCORD_COMMAND_DESCRIPTION_MAX_CHARS = 100;

// Pins: https://discord.com/developers/docs/resources/message#pin-message
/** Pinned messages in one channel; one more is refused with error 30003. */
export const DISCORD_CHANNEL_PINS_MAX = 250;
/** Pins one page of GET /channels/{channel}/messages/pins lists (https://discord.com/developers/docs/resources/message#get-channel-pins). */
export const DISCORD_PINS_PAGE_MAX = 50;

/** Characters Discord markdown gives a meaning to, plus the starts of mentions (`<@…>`, `@everyone`). */
const MARKDOWN_SPECIALS = new Set(['\\', '*', '_', '~', '`', '|', '>', '#', '-', '[', ']', '<', '@']);

/** Escapes one character for Discord markdown (a backslash before it), or returns it unchanged. */
export function escapeMarkdownChar(ch: string): string {
  return MARKDOWN_SPECIALS.has(ch) ? `\\${ch}` : ch;
}

/** Characters of an embed that count toward the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Last guard before sending: clamps every part of the embeds to its limit and drops fields (then embeds) from the
 * end until the total fits. Renderers already stay within the limits; this only makes a mistake impossible to send.
 */
export function clampEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, DISCORD_MESSAGE_EMBEDS_MAX).map((e) => {
    const embed: APIEmbed = { ...e };
    if (embed.title !== undefined) embed.title = truncateText(embed.title, DISCORD_EMBED_TITLE_MAX_CHARS);
    if (embed.description !== undefined) embed.description = truncateText(embed.description, DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    if (embed.footer) embed.footer = { ...embed.footer, text: truncateText(embed.footer.text, DISCORD_EMBED_FOOTER_MAX_CHARS) };
    if (embed.author) embed.author = { ...embed.author, name: truncateText(embed.author.name, DISCORD_EMBED_AUTHOR_MAX_CHARS) };
    if (embed.fields) {
      embed.fields = embed.fields.slice(0, DISCORD_EMBED_FIELDS_MAX).map((f) => ({
        ...f,
        name: truncateText(f.name, DISCORD_EMBED_FIELD_NAME_MAX_CHARS) || '\u200B',
        value: truncateText(f.value, DISCORD_EMBED_FIELD_VALUE_MAX_CHARS) || '\u200B',
      }));
    }
    return embed;
  });
  const total = () => out.reduce((n, e) => n + embedLength(e), 0);
  while (total() > DISCORD_EMBEDS_TOTAL_MAX_CHARS) {
    const last = out[out.length - 1]!;
    if (last.fields?.length) last.fields = last.fields.slice(0, -1);
    else if (out.length > 1) out.pop();
    else last.description = truncateText(last.description ?? '', Math.max(0, (last.description?.length ?? 0) - (total() - DISCORD_EMBEDS_TOTAL_MAX_CHARS)));
  }
  return out;
}

// Threads: https://discord.com/developers/docs/resources/channel#start-thread-from-message
/** A thread's name, in characters (1–100). */
export const DISCORD_THREAD_NAME_MAX_CHARS = 100;
/** Minutes of quiet after which Discord archives a thread the bot started (one of 60, 1440, 4320, 10080): a day. */
export const DISCORD_THREAD_ARCHIVE_MINUTES = 1440;
