import type { Highlight } from '../answer/answer.js';
import { truncateText } from '../text/truncate-text.js';
import { bold, text, type Span } from './reply.js';

type Quoted = { text: string; highlights: readonly Highlight[] };

/** An excerpt of at most `max` characters around the first highlight, highlights moved along. */
function excerpt(quoted: Quoted, max: number): Quoted {
  const { text: whole, highlights } = quoted;
  if (whole.length <= max) return quoted;
  const first = highlights.length ? Math.min(...highlights.map((h) => h.start)) : 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 4), whole.length - max + 2));
  if (start > 0) start = Math.max(0, whole.lastIndexOf(' ', start) + 1);
  const lead = start > 0 ? '…' : '';
  const room = max - lead.length;
  const body = truncateText(whole.slice(start), room);
  const visible = whole.length - start > room ? body.length - 1 : body.length;
  const shift = lead.length - start;
  return {
    text: lead + body,
    highlights: highlights.filter((h) => h.start >= start && h.end - start <= visible).map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}

/**
 * Quoted document text as spans, the words that matched the question in bold (words only spaces apart in one run);
 * shortened to at most `maxChars` around the first match when longer. Overlapping or out-of-range highlights are skipped.
 */
export function quotedSpans(quoted: Quoted, maxChars = Number.POSITIVE_INFINITY): Span[] {
  const shown = excerpt(quoted, maxChars);
  // Highlights only spaces apart are one: "**قوات حفظ السلام**", not three bold words.
  const ranges: { start: number; end: number }[] = [];
  for (const h of [...shown.highlights].sort((a, b) => a.start - b.start)) {
    const last = ranges.at(-1);
    if (last && h.start >= last.end && /^ +$/.test(shown.text.slice(last.end, h.start))) last.end = h.end;
    else ranges.push({ start: h.start, end: h.end });
  }
  const spans: Span[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at || end > shown.text.length || end <= start) continue;
    if (start > at) spans.push(text(shown.text.slice(at, start)));
    spans.push(bold(shown.text.slice(start, end)));
    at = end;
  }
  if (at < shown.text.length) spans.push(text(shown.text.slice(at)));
  return spans;
}
