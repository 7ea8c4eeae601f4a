import type { Highlight } from '../../src/answer/answer.js';
import { escapeMarkdownChar, sanitizeChar } from './limits.js';

/** RIGHT-TO-LEFT MARK: a line that starts with it is laid out right to left whatever its first letter. */
export const RLM = '\u200F';
/** FIRST STRONG ISOLATE: opens a Latin run kept in its own direction inside an Arabic line. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: closes what FSI opened. */
export const PDI = '\u2069';
/** Discord markdown for bold. */
const BOLD = '**';
const ELLIPSIS = '…';

/** Options of formatMarkdown. */
export interface FormatMarkdownOptions {
  /** Ranges shown in bold, as UTF-16 offsets into the text (end exclusive). Default: none. */
  highlights?: readonly Highlight[];
  /** Longest result in UTF-16 units, the closing markup and "…" included. Default: no limit. */
  maxChars?: number;
  /** Right to left: every line starts with U+200F and Latin/Cyrillic runs are isolated. Default false. */
  rtl?: boolean;
  /** Line breaks become spaces (titles, field names). Default false. */
  singleLine?: boolean;
}

/** Runs of Latin or Cyrillic words (with the digits and punctuation between them) that isolation keeps together. */
const LTR_RUN = /[A-Za-z\u00C0-\u024F\u0400-\u04FF](?:[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF .,'’&/-]*[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF])?/g;

type Kind = 'text' | 'bold' | 'isoOpen' | 'isoClose';
interface Token { text: string; kind: Kind }
type EventType = 0 | 1 | 2 | 3; // bold close, isolate close, isolate open, bold open: the order they apply at one offset
interface Event { pos: number; type: EventType }

/** Bold ranges: clamped, sorted, and joined when only spaces separate them (one `**a b**`, not `**a** **b**`). */
function highlightEvents(highlights: readonly Highlight[], text: string): Event[] {
  const ranges = highlights
    .map((h) => ({ start: Math.max(0, Math.trunc(h.start)), end: Math.min(text.length, Math.trunc(h.end)) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && (r.start <= last.end || /^ +$/.test(text.slice(last.end, r.start)))) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.flatMap((r) => [{ pos: r.start, type: 3 as const }, { pos: r.end, type: 0 as const }]);
}

function isolateEvents(text: string): Event[] {
  return [...text.matchAll(LTR_RUN)].flatMap((m) => [{ pos: m.index, type: 2 as const }, { pos: m.index + m[0].length, type: 1 as const }]);
}

/**
 * Turns text into atomic tokens: escaped characters, bold markers and isolates, never split by truncation. Stops
 * once the tokens are longer than `limit` (the rest would be cut anyway), so 10,000-character texts stay cheap.
 */
function tokenize(text: string, options: FormatMarkdownOptions, limit: number): { tokens: Token[]; complete: boolean } {
  const { rtl = false, singleLine = false } = options;
  const events = [...highlightEvents(options.highlights ?? [], text), ...(rtl ? isolateEvents(text) : [])]
    .sort((a, b) => a.pos - b.pos || a.type - b.type);
  const tokens: Token[] = [];
  let length = 0;
  const push = (token: Token) => {
    tokens.push(token);
    length += token.text.length;
  };
  if (rtl) push({ text: RLM, kind: 'text' });
  // Bold opens and closes lazily, at the next visible character, so dropped characters never leave an empty `****`.
  const state: { bold: 'off' | 'pendingOpen' | 'on' | 'pendingClose' } = { bold: 'off' };
  let line: 'start' | 'digits' | 'other' = 'start';
  let next = 0;
  const apply = (upTo: number) => {
    for (; next < events.length && events[next]!.pos <= upTo; next++) {
      const { type } = events[next]!;
      if (type === 3) state.bold = state.bold === 'pendingClose' || state.bold === 'on' ? 'on' : 'pendingOpen';
      else if (type === 0) state.bold = state.bold === 'pendingOpen' ? 'off' : state.bold === 'on' ? 'pendingClose' : state.bold;
      else push(type === 2 ? { text: FSI, kind: 'isoOpen' } : { text: PDI, kind: 'isoClose' });
    }
  };
  let i = 0;
  while (i < text.length && length <= limit) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    apply(i);
    let ch = sanitizeChar(text.slice(i, i + width));
    i += width;
    if (!ch) continue;
    if (ch === '\n' && singleLine) ch = ' ';
    if (state.bold === 'pendingOpen' || state.bold === 'pendingClose') {
      push({ text: BOLD, kind: 'bold' });
      state.bold = state.bold === 'pendingOpen' ? 'on' : 'off';
    }
    if (ch === '\n') {
      push({ text: rtl ? `\n${RLM}` : '\n', kind: 'text' });
      line = 'start';
      continue;
    }
    const orderedListDot = ch === '.' && line === 'digits';
    push({ text: orderedListDot ? '\\.' : escapeMarkdownChar(ch), kind: 'text' });
    if (/\d/.test(ch)) line = line === 'other' ? 'other' : 'digits';
    else if (ch !== ' ' || line === 'digits') line = 'other';
  }
  if (i < text.length) return { tokens, complete: false };
  apply(text.length);
  if (state.bold === 'on' || state.bold === 'pendingClose') push({ text: BOLD, kind: 'bold' });
  return { tokens, complete: true };
}

/** Closing markup a prefix of tokens needs: the open bold marker and isolates. */
function closers(openBold: boolean, openIsolates: number): string {
  return (openBold ? BOLD : '') + PDI.repeat(openIsolates);
}

/**
 * Renders quoted text as Discord markdown: every markup character and mention escaped, highlighted ranges in bold,
 * optionally right to left; cut at a token boundary with its markup closed and "…" when longer than maxChars.
 */
export function formatMarkdown(text: string, options: FormatMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  if (maxChars <= 0) return '';
  const { tokens, complete } = tokenize(text, options, maxChars);
  const full = tokens.map((t) => t.text).join('');
  if (complete && full.length <= maxChars) return full;
  let out = '';
  let openBold = false;
  let openIsolates = 0;
  for (const token of tokens) {
    const bold: boolean = token.kind === 'bold' ? !openBold : openBold;
    const isolates: number = openIsolates + (token.kind === 'isoOpen' ? 1 : token.kind === 'isoClose' ? -1 : 0);
    if (out.length + token.text.length + closers(bold, Math.max(0, isolates)).length + ELLIPSIS.length > maxChars) break;
    out += token.text;
    openBold = bold;
    openIsolates = Math.max(0, isolates);
  }
  return out + closers(openBold, openIsolates) + ELLIPSIS;
}

/** Whether text reads right to left: more Arabic letters than Latin and Cyrillic ones. */
export function isRightToLeft(text: string): boolean {
  const arabic = (text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const ltr = (text.match(/[A-Za-z\u00C0-\u024F\u0400-\u04FF]/g) ?? []).length;
  return arabic > 0 && arabic >= ltr;
}
