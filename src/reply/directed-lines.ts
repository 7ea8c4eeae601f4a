import { cleanUserText } from '../text/clean-user-text.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { markDirection } from '../text/mark-direction.js';
import { quotedSpans } from './quoted-spans.js';
import { text, type Span } from './reply.js';

/** A span as renderers receive it: quotes already turned into plain and bold text. */
export type LineSpan = Exclude<Span, { type: 'quote' }>;

/**
 * A block's spans as lines ready to render on any platform, in the one order that keeps them safe: quotes expanded
 * into bold and plain text (shortened to `quoteMaxChars`), every text cleaned (cleanUserText), split at line breaks,
 * and each line given its direction (markDirection). Renderers only escape what they get.
 */
export function directedLines(spans: readonly Span[], language: UiLanguage, quoteMaxChars = Number.POSITIVE_INFINITY): LineSpan[][] {
  const lines: LineSpan[][] = [[]];
  for (const span of spans) {
    const pieces: LineSpan[] = span.type === 'quote' ? (quotedSpans(span, quoteMaxChars) as LineSpan[]) : [span];
    for (const piece of pieces) {
      cleanUserText(piece.text).split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({ ...piece, text: part });
      });
    }
  }
  return lines.map((line) => markDirection(line, language, (mark) => text(mark) as LineSpan));
}
