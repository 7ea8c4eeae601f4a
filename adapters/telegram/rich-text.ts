import { cleanText, escapeHtml, escapeHtmlAttribute, safeHttpUrl } from './limits.js';

/** A run of raw (unescaped) text in one style. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Makes the span a link (http/https only; anything else stays plain text). */
  href?: string;
}

/** A paragraph of spans (it may hold line breaks), kept in one message unless it alone is too long. */
export interface Block {
  spans: Span[];
  /** Rendered as a block quotation. */
  quote?: boolean;
}

/** What separates blocks inside one message. */
export const BLOCK_SEPARATOR = '\n\n';

/** A plain span. */
export const plain = (text: string): Span => ({ text });
/** A bold span. */
export const bold = (text: string): Span => ({ text, bold: true });
/** An italic span. */
export const italic = (text: string): Span => ({ text, italic: true });
/** A link span. */
export const link = (text: string, href: string): Span => ({ text, href });

/** The text a block shows, as Telegram counts it after parsing the HTML. */
export function blockText(block: Block): string {
  return block.spans.map((s) => s.text).join('');
}

/** Length of a block as Telegram counts it (UTF-16 units, tags not counted, entities as one character). */
export function blockLength(block: Block): number {
  return block.spans.reduce((n, s) => n + s.text.length, 0);
}

/** Length of blocks joined into one message. */
export function blocksLength(blocks: readonly Block[]): number {
  return blocks.reduce((n, b, i) => n + blockLength(b) + (i > 0 ? BLOCK_SEPARATOR.length : 0), 0);
}

function spanToHtml(span: Span): string {
  let html = escapeHtml(cleanText(span.text));
  if (!html) return '';
  if (span.italic) html = `<i>${html}</i>`;
  if (span.bold) html = `<b>${html}</b>`;
  const href = safeHttpUrl(span.href);
  if (href) html = `<a href="${escapeHtmlAttribute(href)}">${html}</a>`;
  return html;
}

/** One block as Telegram HTML; every character of text escaped, so no input can add markup. */
export function blockToHtml(block: Block): string {
  const html = block.spans.map(spanToHtml).join('');
  return block.quote && html ? `<blockquote>${html}</blockquote>` : html;
}

/** Blocks as one message of Telegram HTML. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockToHtml).filter(Boolean).join(BLOCK_SEPARATOR);
}

/** The spans covering [start, end) of the block's text, styles kept. */
export function sliceSpans(spans: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + span.text.length);
    if (from < to) out.push({ ...span, text: span.text.slice(from - at, to - at) });
    at += span.text.length;
  }
  return out;
}
