import type { AnswerSource } from '../../src/answer/answer.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import { formatMarkdown, isRightToLeft, RLM } from './format-markdown.js';
import * as L from './limits.js';

/** Starts a line right to left when it should read so. */
export const line = (text: string, rtl: boolean): string => (rtl && !text.startsWith(RLM) ? RLM + text : text);

/** A link Discord renders safely in `[text](url)`: http(s) only, parentheses and spaces encoded; else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    return href.length <= 512 ? href : undefined;
  } catch {
    return undefined;
  }
}

/** `**[1]** outlet — [headline](url) · date`, within maxChars (the headline is cut first, then the link dropped). */
export function formatSourceLine(source: AnswerSource, language: UiLanguage, maxChars: number): string {
  const rtl = language === 'ar' || isRightToLeft(source.title);
  const outlet = formatMarkdown(source.outlet ?? UI_STRINGS[language].outletUnknown, { singleLine: true, maxChars: 60, rtl });
  const head = line(`**\\[${source.n}\\]** ${outlet} — `, rtl);
  const tail = source.date ? ` · ${formatMarkdown(source.date.slice(0, 10))}` : '';
  const url = safeUrl(source.url);
  for (const link of url ? [url, undefined] : [undefined]) {
    const room = maxChars - head.length - tail.length - (link ? link.length + 4 : 0);
    if (room < (link ? 12 : 1)) continue;
    const title = formatMarkdown(source.title, { singleLine: true, maxChars: room, rtl });
    return head + (link ? `[${title}](${link})` : title) + tail;
  }
  const mark = line(`**\\[${source.n}\\]**`, rtl);
  return mark.length <= maxChars ? mark : '';
}

/** The sources as lines of one field value: every source gets a line, longer ones cut to share the 1024 characters. */
export function formatSourceLines(sources: readonly AnswerSource[], language: UiLanguage, maxChars = L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS): string {
  const lines: string[] = [];
  let room = maxChars;
  sources.forEach((source, i) => {
    const left = sources.length - i;
    const text = formatSourceLine(source, language, Math.floor((room - (left - 1)) / left));
    lines.push(text);
    room -= text.length + 1;
  });
  return lines.join('\n');
}
