import type { APIEmbed } from 'discord.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { PinnedAnswer } from '../../src/store/store.js';
import { messageLink } from './chat-ref.js';
import { fitLines } from './fit-lines.js';
import { formatMarkdown, isRightToLeft } from './format-markdown.js';
import { line } from './format-source.js';
import * as L from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { ANSWER_COLOR, type RenderedMessage } from './render.js';

/** Characters of a pinned question shown in the list; the link opens the whole answer. */
const QUESTION_MAX_CHARS = 150;

/** `**1.** [question](link to the pinned message) · date`; the date is a Discord timestamp, shown in the reader's locale. */
function pinnedLine(pinned: PinnedAnswer, n: number, guildId: string | null, language: UiLanguage): string {
  const { question } = pinned.answer;
  const rtl = language === 'ar' || isRightToLeft(question);
  const text = formatMarkdown(question, { singleLine: true, rtl, maxChars: QUESTION_MAX_CHARS });
  const linked = guildId ? `[${text}](${messageLink(guildId, pinned.pin.chatId, pinned.pin.messageId)})` : text;
  return line(`**${n}.** ${linked} · <t:${Math.floor(pinned.pin.pinnedAt / 1000)}:d>`, rtl);
}

/** `/kz pinned`: the channel's pinned answers, newest first, as many as fit one embed, then how many more. */
export function renderPinnedList(pinned: readonly PinnedAnswer[], guildId: string | null, language: UiLanguage): RenderedMessage {
  const strings = MODERATION_STRINGS[language];
  const rtl = language === 'ar';
  const embed: APIEmbed = { color: ANSWER_COLOR, title: line(strings.pinnedTitle, rtl) };
  if (pinned.length === 0) embed.description = line(strings.pinnedEmpty, rtl);
  else {
    const more = line(strings.pinnedMore(pinned.length), rtl); // the longest "and N more" it could need
    const { kept, left } = fitLines(pinned.map((p, i) => pinnedLine(p, i + 1, guildId, language)), L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS, more.length + 1);
    embed.description = [...kept, ...(left ? [line(strings.pinnedMore(left), rtl)] : [])].join('\n');
  }
  return { embeds: L.clampEmbeds([embed]), components: [] };
}
