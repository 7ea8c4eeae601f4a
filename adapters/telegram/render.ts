import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import { directedLines, RLM, type DocumentActionOp, splitIntoMessages, truncateText, WORDING, type Block, type Reply, type Span, type UiLanguage, type VoteTally } from '../../src/index.js';
import { encodeCallbackData, fitsCallbackData, type CallbackAction } from './callback-data.js';
import { escapeHtml, escapeHtmlAttribute, TELEGRAM_MESSAGE_MAX_CHARS, TELEGRAM_START_PAYLOAD_MAX_CHARS } from './limits.js';

/** Longest echo of the question above an answer. */
export const QUESTION_ECHO_MAX_CHARS = 200;
/** Longest label of an example-question button (Telegram shortens longer ones on screen anyway). */
const EXAMPLE_LABEL_MAX_CHARS = 60;
const PASSAGE_BUTTONS_PER_ROW = 3;
/** Document buttons a row: a preview's ✅ ✖ ✏️ on one, a list's ✖ three at a time. */
const DOCUMENT_BUTTONS_PER_ROW = 3;
/** The mark of each document button. */
const DOCUMENT_EMOJI: Record<DocumentActionOp, string> = { add: '✅', cancel: '✖', correct: '✏️', remove: '✖', 'confirm-remove': '✅', keep: '↩' };
/** What separates blocks inside one message. */
const BLOCK_SEPARATOR = '\n\n';

/** A run of raw text in one style, as Telegram HTML marks it up. */
interface TgSpan { text: string; bold?: boolean; italic?: boolean; href?: string }
/** A paragraph kept in one message unless it alone is too long. */
interface TgBlock { spans: TgSpan[]; quote?: boolean }

/** Options of renderReply. */
export interface RenderOptions {
  /** Longest quote shown (an inline answer must fit one message). Default: whole. */
  quoteMaxChars?: number;
  /** Longest message. Default TELEGRAM_MESSAGE_MAX_CHARS. */
  max?: number;
}

const NEWLINE: TgSpan = { text: '\n' };

/** Spans as Telegram spans, each line given its direction (directedLines), in a style (not the direction mark itself). */
function styled(spans: readonly Span[], language: UiLanguage, style: Omit<TgSpan, 'text'> = {}, quoteMaxChars?: number): TgSpan[] {
  const out: TgSpan[] = [];
  for (const [i, line] of directedLines(spans, language, quoteMaxChars).entries()) {
    if (i > 0) out.push(NEWLINE);
    for (const s of line) {
      if (s.type === 'text' && s.text === RLM) out.push({ text: RLM });
      else out.push({ text: s.text, bold: style.bold || s.type === 'bold' || undefined, italic: style.italic, href: s.type === 'link' ? s.url : undefined });
    }
  }
  return out;
}

/** Neighbouring spans of one style as one, so each style is one tag. */
function merged(spans: readonly TgSpan[]): TgSpan[] {
  const out: TgSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.bold === span.bold && last.italic === span.italic && last.href === span.href) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

const plain = (text: string): Span => ({ type: 'text', text });

function tgBlock(block: Block, language: UiLanguage, options: RenderOptions): TgBlock {
  switch (block.kind) {
    // Mentions in an echoed question are defused (a word joiner after @): the bot must not notify anyone.
    case 'question': return { spans: styled([plain('❓ '), plain(truncateText(block.text, QUESTION_ECHO_MAX_CHARS).replace(/@/g, '@\u2060'))], language, { italic: true }) };
    case 'heading': return { spans: styled(block.spans, language, { bold: true }) };
    case 'quote': return { quote: true, spans: styled(block.spans, language, {}, options.quoteMaxChars) };
    // Passages come on demand (📄, ➕): whole, their label in bold on its own line.
    case 'passage': return { spans: [...styled(block.label, language, { bold: true }), NEWLINE, ...styled(block.spans, language, {}, options.quoteMaxChars)] };
    case 'list': return { spans: block.items.flatMap((item, i) => [...(i ? [NEWLINE] : []), ...styled(item, language)]) };
    // The sources and the note form one block, so that they stay together on the last message; a short answer's
    // sources have no heading and the note right under them.
    case 'sources': return {
      spans: [
        ...(block.heading ? [...styled([plain(block.heading)], language, { bold: true }), NEWLINE] : []),
        ...block.lines.flatMap((line) => [...styled(line, language), NEWLINE]),
        ...(block.heading ? [NEWLINE] : []), ...styled([plain(block.note)], language, { italic: true }),
      ],
    };
    default: return { spans: styled(block.spans, language) };
  }
}

function spanHtml(span: TgSpan): string {
  let html = escapeHtml(span.text);
  if (!html) return '';
  if (span.italic) html = `<i>${html}</i>`;
  if (span.bold) html = `<b>${html}</b>`;
  return span.href ? `<a href="${escapeHtmlAttribute(span.href)}">${html}</a>` : html;
}

function blockHtml(block: TgBlock): string {
  const html = block.spans.map(spanHtml).join('');
  return block.quote && html ? `<blockquote>${html}</blockquote>` : html;
}

/**
 * A reply as Telegram HTML messages (usually one): each block laid out, each line given its direction, split at
 * `max` characters on block boundaries, every character of text escaped so that no input can add markup.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): string[] {
  const blocks = reply.blocks.map((b) => tgBlock(b, reply.language, options)).map((b) => ({ ...b, spans: merged(b.spans) }));
  return splitIntoMessages(blocks, options.max ?? TELEGRAM_MESSAGE_MAX_CHARS, BLOCK_SEPARATOR.length, (text): TgSpan => ({ text })).map((part) => part.map(blockHtml).filter(Boolean).join(BLOCK_SEPARATOR));
}

/** What the buttons under a reply need beyond the reply: the recorded answer, the message 📌 pins, a way to key long values. */
export interface KeyboardContext {
  /** The stored answer the ➕ and 👍/👎 belong to; none: the answer recorded for the message they sit under. */
  answerId?: number;
  /** The first message of a split answer, which 📌 pins. */
  firstMessageId?: number;
  /** Stores a value too long for a button (undefined: the button is left out). */
  keyFor(value: string): Promise<string | undefined>;
}

const button = (text: string, action: CallbackAction): InlineKeyboardButton => ({ text, callback_data: encodeCallbackData(action) });
const voteLabel = (mark: string, n: number) => (n > 0 ? `${mark} ${n}` : mark);

/** The 👍/👎 row of an answer, with the counts so far. */
function voteRow(answerId: number | undefined, tally: VoteTally): InlineKeyboardButton[] {
  return [button(voteLabel('👍', tally.up), { kind: 'vote', answerId, value: 1 }), button(voteLabel('👎', tally.down), { kind: 'vote', answerId, value: -1 })];
}

/** The buttons under a reply: 📄 the passages (or each passage, three a row), then ➕ 🔎 📌, then 👍/👎, then ❓ each example. */
export async function keyboardOf(reply: Reply, context: KeyboardContext): Promise<InlineKeyboardMarkup | undefined> {
  const { language } = reply;
  const passages: InlineKeyboardButton[] = [];
  const actions: InlineKeyboardButton[] = [];
  const rows: InlineKeyboardButton[][] = [];
  let votes: InlineKeyboardButton[] = [];
  const documents: InlineKeyboardButton[] = [];
  for (const action of reply.actions) {
    switch (action.kind) {
      case 'passage': {
        // The stable passage id itself when it fits the 64 bytes, else a stored key for it.
        const fits = fitsCallbackData(`p:${language}:${action.passageId}`);
        const key = fits ? undefined : await context.keyFor(action.passageId);
        if (fits) passages.push(button(`📄 ${action.label}`, { kind: 'passage', language, passageId: action.passageId }));
        else if (key) passages.push(button(`📄 ${action.label}`, { kind: 'passage_key', language, key }));
        break;
      }
      case 'passages': passages.push(button(`📄 ${action.label}`, { kind: 'passages', language, answerId: action.answerId ?? context.answerId })); break;
      case 'more': actions.push(button(`➕ ${WORDING[language].buttonMore}`, { kind: 'more_of', language, answerId: action.answerId ?? context.answerId })); break;
      case 'fresh': actions.push(button(`🔎 ${action.label}`, { kind: 'fresh', language, key: action.key })); break;
      case 'pin': actions.push(button(`📌 ${action.label}`, { kind: 'pin', messageId: context.firstMessageId })); break;
      case 'vote': votes = voteRow(action.answerId ?? context.answerId, action.tally); break;
      case 'ask': {
        const key = await context.keyFor(action.question);
        if (key) rows.push([button(`❓ ${truncateText(action.question, EXAMPLE_LABEL_MAX_CHARS)}`, { kind: 'ask', key })]);
        break;
      }
      // One choice a row, the current one marked.
      case 'listen': rows.push([button(`${action.chosen ? '✓ ' : ''}${action.label}`, { kind: 'listen', mode: action.mode })]); break;
      // One a row: the reasons after a 👎, the digest's dismiss buttons (labels long enough to need the width).
      case 'reason': rows.push([button(action.label, { kind: 'reason', answerId: action.answerId, reason: action.reason })]); break;
      case 'dismiss': rows.push([button(`✖ ${action.label}`, { kind: 'dismiss', item: action.item })]); break;
      case 'document': {
        const data = { kind: 'document', op: action.op, ref: action.ref } as const;
        if (fitsCallbackData(`dc:x:${action.ref}`)) documents.push(button(`${DOCUMENT_EMOJI[action.op]} ${action.label}`, data));
        break;
      }
    }
  }
  const passageRows = Array.from({ length: Math.ceil(passages.length / PASSAGE_BUTTONS_PER_ROW) }, (_, i) => passages.slice(i * PASSAGE_BUTTONS_PER_ROW, (i + 1) * PASSAGE_BUTTONS_PER_ROW));
  const documentRows = Array.from({ length: Math.ceil(documents.length / DOCUMENT_BUTTONS_PER_ROW) }, (_, i) => documents.slice(i * DOCUMENT_BUTTONS_PER_ROW, (i + 1) * DOCUMENT_BUTTONS_PER_ROW));
  const all = [...passageRows, ...(actions.length ? [actions] : []), ...(votes.length ? [votes] : []), ...rows, ...documentRows];
  return all.length ? { inline_keyboard: all } : undefined;
}

/** The same keyboard with its 👍/👎 row showing new counts (other buttons, and the row's own data, untouched). */
export function withVotes(markup: InlineKeyboardMarkup | undefined, tally: VoteTally): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  return {
    inline_keyboard: markup.inline_keyboard.map((row) => row.map((b) => {
      const vote = 'callback_data' in b ? /^v:(?:\d+:)?([ud])$/.exec(b.callback_data)?.[1] : undefined;
      return vote ? { ...b, text: vote === 'u' ? voteLabel('👍', tally.up) : voteLabel('👎', tally.down) } : b;
    })),
  };
}

/** A deep link that opens a private chat with the bot and asks the question there (`/start q_<key>`). */
export function openInBotKeyboard(username: string, key: string | undefined, language: UiLanguage): InlineKeyboardMarkup | undefined {
  const payload = `q_${key}`;
  if (!username || !key || payload.length > TELEGRAM_START_PAYLOAD_MAX_CHARS) return undefined;
  return { inline_keyboard: [[{ text: `💬 ${WORDING[language].buttonOpenInBot}`, url: `https://t.me/${username}?start=${payload}` }]] };
}

/** The reasons' keyboard with the one pressed (its callback data) ticked and the others not; undefined without a keyboard. */
export function withChosenReason(markup: InlineKeyboardMarkup | undefined, chosen: string): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  return {
    inline_keyboard: markup.inline_keyboard.map((row) => row.map((b) => {
      if (!('callback_data' in b) || !b.callback_data.startsWith('r:')) return b;
      const label = b.text.replace(/^✓ /, '');
      return { ...b, text: b.callback_data === chosen ? `✓ ${label}` : label };
    })),
  };
}
