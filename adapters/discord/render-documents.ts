import type { APIEmbed } from 'discord.js';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import { formatMarkdown, isRightToLeft } from './format-markdown.js';
import * as L from './limits.js';
import { formatSourceLine, line, safeUrl } from './format-source.js';
import { ANSWER_COLOR, type RenderedMessage } from './render.js';
import { DISCORD_STRINGS } from './strings.js';

const sourceOf = (doc: SourceDocument, n: number) => ({ n, docId: doc.id, title: doc.title, outlet: doc.outlet, date: doc.date, url: doc.url });

/** `/kz sources`: every document as outlet, headline (linked) and date; as many as fit, then how many more. */
export function renderSources(documents: readonly SourceDocument[], language: UiLanguage): RenderedMessage {
  const strings = DISCORD_STRINGS[language];
  const lines: string[] = [];
  let used = 0;
  const reserve = 40; // room for the "and N more" line
  for (const [i, doc] of documents.entries()) {
    const text = formatSourceLine(sourceOf(doc, i + 1), language, 300);
    if (used + text.length + 1 > L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS - reserve) break;
    lines.push(text);
    used += text.length + 1;
  }
  if (lines.length < documents.length) lines.push(line(strings.sourcesMore(documents.length - lines.length), language === 'ar'));
  const embed: APIEmbed = { color: ANSWER_COLOR, title: line(strings.sourcesTitle, language === 'ar'), description: lines.join('\n') };
  return { embeds: L.clampEmbeds([embed]), components: [] };
}

/** The full passage behind a 📄 button, with its document as the source. */
export function renderPassage(passage: Passage, doc: SourceDocument | undefined, language: UiLanguage): RenderedMessage {
  const rtl = language === 'ar' || isRightToLeft(passage.text);
  const title = doc?.title ?? DISCORD_STRINGS[language].passageTitle;
  const embed: APIEmbed = {
    color: ANSWER_COLOR,
    title: formatMarkdown(title, { singleLine: true, rtl: isRightToLeft(title), maxChars: L.DISCORD_EMBED_TITLE_MAX_CHARS }),
    description: formatMarkdown(passage.text, { rtl, maxChars: L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS }),
    footer: { text: UI_STRINGS[language].quotedFooter },
  };
  const url = safeUrl(doc?.url);
  if (url) embed.url = url;
  if (doc) embed.fields = [{ name: line(UI_STRINGS[language].sources, language === 'ar'), value: formatSourceLine(sourceOf(doc, 1), language, L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS) }];
  return { embeds: L.clampEmbeds([embed]), components: [] };
}

/** `/kz help`: how to use the commands, then example questions. */
export function renderHelp(language: UiLanguage, examples: readonly string[]): RenderedMessage {
  const strings = DISCORD_STRINGS[language];
  const rtl = language === 'ar';
  const lines = strings.helpUsage.map((text) => line(text, rtl));
  if (examples.length) {
    lines.push('', line(`**${UI_STRINGS[language].examplesHeading}**`, rtl));
    for (const example of examples.slice(0, 8)) {
      lines.push(line(`• ${formatMarkdown(example, { singleLine: true, maxChars: 300, rtl: rtl || isRightToLeft(example) })}`, rtl));
    }
  }
  const embed: APIEmbed = { color: ANSWER_COLOR, title: line(strings.helpTitle, rtl), description: L.truncateText(lines.join('\n'), L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS) };
  return { embeds: L.clampEmbeds([embed]), components: [] };
}
