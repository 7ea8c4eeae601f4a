import type { Answer, AnswerSource, Highlight, QuotedText } from '../../src/answer/answer.js';
import { passagesBeyondQuote } from '../../src/answer/passages-beyond-quote.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import { MAX_QUESTION_CHARS } from '../../src/sanad.js';
import { stripInvisible } from '../../src/text/strip-invisible.js';
import { TELEGRAM_MESSAGE_MAX_CHARS, truncateText } from './limits.js';
import { markDirection } from './mark-direction.js';
import { blocksToHtml, bold, italic, link, plain, type Block, type Span } from './rich-text.js';
import { splitBlocks } from './split-blocks.js';

/** Longest echo of the question above an answer. */
export const QUESTION_ECHO_MAX_CHARS = 200;
/** Longest excerpt of a supporting passage under an answer; the 📄 button shows it whole. */
export const PASSAGE_PREVIEW_MAX_CHARS = 400;

/** Options of answerBlocks. */
export interface AnswerBlocksOptions {
  /** Show the supporting passages. Default true. */
  passages?: boolean;
  /** Longest passage excerpt. Default PASSAGE_PREVIEW_MAX_CHARS. */
  passagePreviewChars?: number;
  /** Longest quote (inline results must fit one message). Default: whole. */
  quoteMaxChars?: number;
}

/** ①…⑳: marks the passages so the 📄 buttons can name them. */
export function rankMark(rank: number): string {
  return rank >= 1 && rank <= 20 ? String.fromCodePoint(0x2460 + rank - 1) : `(${rank})`;
}

/** Spans of a text with its highlighted ranges in bold; overlapping or out-of-range highlights are skipped. */
export function highlightSpans(text: string, highlights: readonly Highlight[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) spans.push(plain(text.slice(at, start)));
    spans.push(bold(text.slice(start, end)));
    at = end;
  }
  if (at < text.length) spans.push(plain(text.slice(at)));
  return spans;
}

/** An excerpt of at most `max` characters around the first highlight, highlights moved along. */
export function excerpt(quoted: Pick<QuotedText, 'text' | 'highlights'>, max: number): Pick<QuotedText, 'text' | 'highlights'> {
  const { text, highlights } = quoted;
  if (text.length <= max) return quoted;
  const first = highlights.length ? Math.min(...highlights.map((h) => h.start)) : 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max + 2));
  if (start > 0) start = Math.max(0, text.lastIndexOf(' ', start) + 1);
  const lead = start > 0 ? '…' : '';
  const room = max - lead.length;
  const body = truncateText(text.slice(start), room);
  const visible = text.length - start > room ? body.length - 1 : body.length;
  const shift = lead.length - start;
  return {
    text: lead + body,
    highlights: highlights.filter((h) => h.start >= start && h.end - start <= visible).map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}

/** The question as echoed above a reply: invisible marks removed, mentions defused, shortened. */
export function echoQuestion(question: string): Span[] {
  const safe = truncateText(stripInvisible(question), QUESTION_ECHO_MAX_CHARS).replace(/@/g, '@\u2060');
  return [plain('❓ '), italic(safe)];
}

const citations = (ns: readonly number[]): string => ns.map((n) => `[${n}]`).join('');

/** What a line about a document shows: outlet, headline, date, link (only what is known). */
export interface DocumentLine {
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
}

/** A document as one line: outlet, «headline», date, link. */
export function documentSpans(doc: DocumentLine, language: UiLanguage): Span[] {
  const spans = [plain(`${doc.outlet ?? UI_STRINGS[language].outletUnknown} — «${doc.title}»`)];
  if (doc.date) spans.push(plain(` — ${doc.date.replace('T', ' ')}`));
  if (doc.url) spans.push(plain(' — '), link(doc.url, doc.url));
  return spans;
}

/** One line of the sources list: the citation number, then the document. */
export function sourceSpans(source: AnswerSource, language: UiLanguage): Span[] {
  return [plain(`[${source.n}] `), ...documentSpans(source, language)];
}

/** The sources list and the "quoted from the documents" footer, as one block so they stay on the last message. */
export function sourcesBlock(sources: readonly AnswerSource[], language: UiLanguage): Block {
  const ui = UI_STRINGS[language];
  const spans: Span[] = [bold(`📚 ${ui.sources}`)];
  for (const source of sources) spans.push(plain('\n'), ...sourceSpans(source, language));
  spans.push(plain('\n\n'), italic(ui.quotedFooter));
  return { spans };
}

/** A bulleted list of example questions. */
export function examplesBlock(examples: readonly string[]): Block {
  return { spans: examples.flatMap((e, i) => [plain(`${i ? '\n' : ''}• `), plain(e)]) };
}

function declinedBlocks(answer: Answer, examples: readonly string[]): Block[] {
  const ui = UI_STRINGS[answer.language];
  const list = examples.length ? [examplesBlock(examples)] : [];
  if (answer.problem === 'too_long') return [{ spans: [plain(ui.tooLong(MAX_QUESTION_CHARS))] }];
  if (answer.problem === 'empty') return [{ spans: [plain(ui.empty)] }, ...list];
  if (answer.problem === 'no_words') return [{ spans: [plain(ui.noWords)] }, ...list];
  const hint = examples.length ? [plain(`\n${ui.notFoundHint}`)] : [];
  return [{ spans: echoQuestion(answer.question) }, { spans: [plain(`🔎 ${ui.notFound}`), ...hint] }, ...list];
}

/**
 * The reply to a question as blocks: the question, the quote with its citation numbers, the supporting passages
 * (excerpts, matched words in bold), then the sources and the footer. Not found: a clear reply with examples.
 */
export function answerBlocks(answer: Answer, examples: readonly string[], options: AnswerBlocksOptions = {}): Block[] {
  if (answer.status !== 'answered') return declinedBlocks(answer, examples);
  const ui = UI_STRINGS[answer.language];
  const blocks: Block[] = [{ spans: echoQuestion(answer.question) }];
  for (const quote of answer.quote) {
    const shown = options.quoteMaxChars ? excerpt(quote, options.quoteMaxChars) : quote;
    blocks.push({ quote: true, spans: [plain('«'), ...highlightSpans(shown.text, shown.highlights), plain(`» ${citations(quote.citations)}`)] });
  }
  const supporting = options.passages === false ? [] : passagesBeyondQuote(answer);
  if (supporting.length) {
    blocks.push({ spans: [bold(ui.passagesHeading)] });
    for (const passage of supporting) {
      const shown = excerpt(passage, options.passagePreviewChars ?? PASSAGE_PREVIEW_MAX_CHARS);
      blocks.push({ spans: [plain(`${rankMark(passage.rank)} ${citations(passage.citations)} `), ...highlightSpans(shown.text, shown.highlights)] });
    }
  }
  blocks.push(sourcesBlock(answer.sources, answer.language));
  return blocks;
}

/**
 * Blocks as Telegram messages: each line given its direction, then split at `max` characters (after entity
 * parsing) on block boundaries, then written as escaped HTML. Never a message Telegram would reject for length.
 */
export function renderBlocks(blocks: readonly Block[], language: UiLanguage, max: number = TELEGRAM_MESSAGE_MAX_CHARS): string[] {
  return splitBlocks(blocks.map((b) => markDirection(b, language)), max).map(blocksToHtml);
}

/** An answer as Telegram HTML messages (usually one; the sources always on the last). */
export function renderAnswer(answer: Answer, examples: readonly string[], options: AnswerBlocksOptions = {}, max?: number): string[] {
  return renderBlocks(answerBlocks(answer, examples, options), answer.language, max);
}
