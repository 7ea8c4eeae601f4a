import type { APIEmbed } from 'discord.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { Digest, DislikedAnswer, UnansweredCount } from '../../src/store/store.js';
import { messageLink } from './chat-ref.js';
import { fitLines } from './fit-lines.js';
import { formatMarkdown, isRightToLeft } from './format-markdown.js';
import { line } from './format-source.js';
import * as L from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { NOT_FOUND_COLOR, type RenderedMessage } from './render.js';

/** Characters of a question shown in the digest: ten lines of each list, links included, must fit the description. */
const QUESTION_MAX_CHARS = 80;
/** Each list's share of the description: half, less room for its heading and the blank line between them. */
const SECTION_MAX_CHARS = Math.floor(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS / 2) - 100;

/** Where and over what period the digest was made. */
export interface DigestView {
  days: number;
  guildId: string | null;
  channelId: string;
  language: UiLanguage;
}

function questionText(question: string, view: DigestView): { text: string; rtl: boolean } {
  const rtl = view.language === 'ar' || isRightToLeft(question);
  return { text: formatMarkdown(question, { singleLine: true, rtl, maxChars: QUESTION_MAX_CHARS }), rtl };
}

function unansweredLine(entry: UnansweredCount, view: DigestView): string {
  const { text, rtl } = questionText(entry.question, view);
  return line(`**${entry.count}×** ${text}`, rtl);
}

function dislikedLine(entry: DislikedAnswer, view: DigestView): string {
  const { text, rtl } = questionText(entry.question, view);
  const linked = entry.messageId && view.guildId ? `[${text}](${messageLink(view.guildId, view.channelId, entry.messageId)})` : text;
  return line(`👎 ${entry.down} · 👍 ${entry.up} — ${linked}`, rtl);
}

/** One list of the digest under its bold heading: its lines as fit, or the line that says the list is empty. */
function section(heading: string, lines: string[], empty: string, rtl: boolean): string {
  const body = lines.length ? fitLines(lines, SECTION_MAX_CHARS).kept : [line(empty, rtl)];
  return [line(`**${heading}**`, rtl), ...body].join('\n');
}

/** `/kz unanswered`: the most asked unanswered questions and the most disliked answers (linked) over the period. */
export function renderDigest(digest: Digest, view: DigestView): RenderedMessage {
  const strings = MODERATION_STRINGS[view.language];
  const rtl = view.language === 'ar';
  const embed: APIEmbed = {
    color: NOT_FOUND_COLOR,
    title: line(strings.digestTitle(view.days), rtl),
    // The description, not fields: a field's 1024 characters hold only a few linked lines.
    description: [
      section(strings.digestUnanswered, digest.unanswered.map((e) => unansweredLine(e, view)), strings.digestNoUnanswered, rtl),
      section(strings.digestDisliked, digest.disliked.map((e) => dislikedLine(e, view)), strings.digestNoDisliked, rtl),
    ].join('\n\n'),
    footer: { text: strings.digestFooter },
  };
  return { embeds: L.clampEmbeds([embed]), components: [] };
}
