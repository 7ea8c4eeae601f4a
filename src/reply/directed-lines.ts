import { cleanUserText } from '../text/clean-user-text.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { FSI, markDirection, PDI } from '../text/mark-direction.js';
import { quotedSpans } from './quoted-spans.js';
import { text, type Span } from './reply.js';

/** A span as renderers receive it: quotes already turned into plain and bold text, links only to http(s). */
export type LineSpan = Exclude<Span, { type: 'quote' }>;

/** A link as it may be followed: http(s) only, normalised; anything else (javascript:, tg:, malformed) is shown as text. */
function safeLink(span: LineSpan): LineSpan {
  if (span.type !== 'link') return span;
  try {
    const url = new URL(span.url);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { ...span, url: url.href };
  } catch {
    // Not a URL at all: shown as text below.
  }
  return text(span.text) as LineSpan;
}

/**
 * Whether a link shows its own address as its text ("🔗 Link to the report: https://…"), once the direction isolates a
 * line put around a left-to-right run are set aside: a renderer shows the address once, and Discord does not render a
 * masked link whose text is a URL (it prints the markdown as it stands).
 */
export function linkShowsItsAddress(span: Extract<LineSpan, { type: 'link' }>): boolean {
  let shown = span.text;
  if (shown.startsWith(FSI) && shown.endsWith(PDI)) shown = shown.slice(FSI.length, -PDI.length);
  return shown === span.url;
}

/**
 * A block's spans as lines ready to render on any platform, in the one order that keeps them safe: quotes expanded
 * into bold and plain text (shortened to `quoteMaxChars`), links kept only to http(s), every text cleaned
 * (cleanUserText), split at line breaks, and each line given its direction (markDirection). Renderers only escape
 * what they get.
 */
export function directedLines(spans: readonly Span[], language: UiLanguage, quoteMaxChars = Number.POSITIVE_INFINITY): LineSpan[][] {
  const lines: LineSpan[][] = [[]];
  // Plain loops and no copies of unchanged spans: this runs on every block of every reply.
  for (const span of spans) {
    const pieces: LineSpan[] = span.type === 'quote' ? (quotedSpans(span, quoteMaxChars) as LineSpan[]) : [safeLink(span)];
    for (const piece of pieces) {
      const clean = cleanUserText(piece.text);
      if (!clean.includes('\n')) {
        if (clean) lines[lines.length - 1]!.push(clean === piece.text ? piece : { ...piece, text: clean });
        continue;
      }
      const parts = clean.split('\n');
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) lines.push([]);
        if (parts[i]) lines[lines.length - 1]!.push({ ...piece, text: parts[i]! });
      }
    }
  }
  const mark = (rlm: string) => text(rlm) as LineSpan;
  for (let i = 0; i < lines.length; i++) lines[i] = markDirection(lines[i]!, language, mark);
  return lines;
}
