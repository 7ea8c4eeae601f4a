import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer, AnswerPassage } from '../../src/answer/answer.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import { passagesBeyondQuote } from '../../src/answer/passages-beyond-quote.js';
import { MAX_QUESTION_CHARS } from '../../src/sanad.js';
import type { VoteTally } from '../../src/store/store.js';
import { actionButton, pinButton, voteButtons } from './buttons.js';
import { formatMarkdown, isRightToLeft } from './format-markdown.js';
import { formatSourceLines, line } from './format-source.js';
import * as L from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { DISCORD_STRINGS } from './strings.js';

/** A rendered message: embeds and button rows, every part within Discord's limits. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Options of renderAnswer. */
export interface RenderAnswerOptions {
  /** Offer 📌 (a public answer in a server). Default false; never on ephemeral answers. */
  pinnable?: boolean;
  /** Durable key of the question for the "more sources" button. Default: no button. */
  moreKey?: string;
  /** The stored answer and its votes so far: offers 👍/👎 with the counts. Default: no vote buttons. */
  votes?: { answerId: number; tally: VoteTally };
  /** Store key of the question asked, for the "Fresh search" button under a pinned answer. Default: no button. */
  freshKey?: string;
  /** Example questions offered when nothing is found. Default none. */
  examples?: readonly string[];
  /** Heading shown instead of the question. */
  heading?: string;
  /** Characters of each passage at most. Default 1024, a field's limit. */
  passageChars?: number;
}

/** Embed colour of answers and lists. */
export const ANSWER_COLOR = 0x2b7a78;
/** Embed colour of "not found" replies. */
export const NOT_FOUND_COLOR = 0xd4a017;
/** Share of the 6000 characters the quote may take; passages share what the rest leaves. */
const QUOTE_MAX_CHARS = 1500;
/** Below this many characters a passage is not worth showing. */
const PASSAGE_MIN_CHARS = 40;

function citeMarks(citations: readonly number[]): string {
  return citations.map((n) => `\\[${n}\\]`).join('');
}

function passageName(p: AnswerPassage, language: UiLanguage): string {
  const rtl = language === 'ar' || isRightToLeft(p.text);
  const outlet = formatMarkdown(p.source ?? UI_STRINGS[language].outletUnknown, { singleLine: true, maxChars: 80, rtl });
  return line(`${citeMarks(p.citations)} ${outlet}`, rtl);
}

function passageValue(p: AnswerPassage, language: UiLanguage, maxChars: number): string {
  return formatMarkdown(p.text, { highlights: p.highlights, rtl: language === 'ar' || isRightToLeft(p.text), maxChars });
}

function buttonRows(answer: Answer, options: RenderAnswerOptions): APIActionRowComponent<APIButtonComponent>[] {
  const strings = DISCORD_STRINGS[answer.language];
  const passages = answer.passages.flatMap((p) => actionButton({ kind: 'passage', passageId: p.passageId }, strings.passageButton(p.rank), '📄', ButtonStyle.Secondary));
  const actions = [
    ...(options.moreKey ? actionButton({ kind: 'more', key: options.moreKey }, strings.moreSources, '📚', ButtonStyle.Primary) : []),
    ...(options.pinnable ? pinButton(answer.language) : []),
    ...(options.votes ? voteButtons(options.votes.answerId, options.votes.tally) : []),
    ...(options.freshKey ? actionButton({ kind: 'fresh', key: options.freshKey }, MODERATION_STRINGS[answer.language].freshSearch, '🔎', ButtonStyle.Primary) : []),
  ];
  const rows: APIButtonComponent[][] = [];
  for (let i = 0; i < passages.length; i += L.DISCORD_ROW_BUTTONS_MAX) rows.push(passages.slice(i, i + L.DISCORD_ROW_BUTTONS_MAX));
  if (actions.length) rows.push(actions);
  // The action row goes last, so if rows must go it is passage buttons that are dropped (their passages show above).
  const kept = rows.length > L.DISCORD_MESSAGE_ROWS_MAX ? [...rows.slice(0, L.DISCORD_MESSAGE_ROWS_MAX - 1), rows.at(-1)!] : rows;
  return kept.map((components) => ({ type: ComponentType.ActionRow, components }));
}

function titleOf(answer: Answer, heading: string | undefined): string | undefined {
  const text = heading ?? answer.question;
  if (!text.trim()) return undefined;
  return formatMarkdown(text, { singleLine: true, rtl: isRightToLeft(text), maxChars: L.DISCORD_EMBED_TITLE_MAX_CHARS });
}

/** The reply to a question nothing answers (or that could not be asked): a friendly line and example questions. */
export function renderNotFound(answer: Answer, options: RenderAnswerOptions = {}): RenderedMessage {
  const ui = UI_STRINGS[answer.language];
  const rtl = answer.language === 'ar';
  const lead = { empty: ui.empty, no_words: ui.noWords, too_long: ui.tooLong(MAX_QUESTION_CHARS) }[answer.problem ?? 'empty'];
  const lines = answer.problem ? [line(lead, rtl)] : [line(ui.notFound, rtl), '', line(ui.notFoundHint, rtl)];
  const examples = answer.problem === 'too_long' ? [] : (options.examples ?? []).slice(0, 8);
  for (const example of examples) lines.push(line(`• ${formatMarkdown(example, { singleLine: true, maxChars: 300, rtl: rtl || isRightToLeft(example) })}`, rtl));
  const embed: APIEmbed = { color: NOT_FOUND_COLOR, description: L.truncateText(lines.join('\n'), L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS) };
  const title = answer.problem === 'too_long' ? undefined : titleOf(answer, options.heading);
  if (title) embed.title = title;
  return { embeds: L.clampEmbeds([embed]), components: [] };
}

/**
 * Renders an Answer as one embed: the quote with matched words in bold and numbered citations, the supporting
 * passages, the sources with links, a footer saying the text is quoted; buttons for full passages, more sources and
 * 📌. All echoed text is escaped, Arabic lines start with U+200F, and the whole stays within the 6000 characters.
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): RenderedMessage {
  if (answer.status !== 'answered' || answer.quote.length === 0) return renderNotFound(answer, options);
  const ui = UI_STRINGS[answer.language];
  const title = titleOf(answer, options.heading);
  const sources = { name: line(ui.sources, answer.language === 'ar'), value: formatSourceLines(answer.sources, answer.language) };
  const footer = { text: ui.quotedFooter };
  let room = L.DISCORD_EMBEDS_TOTAL_MAX_CHARS - (title?.length ?? 0) - footer.text.length - sources.name.length - sources.value.length;
  const quoteRoom = Math.min(QUOTE_MAX_CHARS, L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS, room);
  const quotes = answer.quote.map((q) => {
    const marks = ` ${citeMarks(q.citations)}`;
    const rtl = answer.language === 'ar' || isRightToLeft(q.text);
    return formatMarkdown(q.text, { highlights: q.highlights, rtl, maxChars: Math.floor(quoteRoom / answer.quote.length) - marks.length - 1 }) + marks;
  });
  const description = quotes.join('\n');
  room -= description.length;
  // A passage that is all quoted already shows in the description; its button still opens it.
  const shown = passagesBeyondQuote(answer).slice(0, L.DISCORD_EMBED_FIELDS_MAX - 1);
  const names = shown.map((p) => passageName(p, answer.language));
  room -= names.reduce((n, name) => n + name.length, 0);
  const perPassage = Math.min(options.passageChars ?? L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS, L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS, Math.floor(room / Math.max(1, shown.length)));
  const passages = perPassage >= PASSAGE_MIN_CHARS ? shown.map((p, i) => ({ name: names[i]!, value: passageValue(p, answer.language, perPassage) })) : [];
  const embed: APIEmbed = { color: ANSWER_COLOR, description, fields: [...passages, sources], footer };
  if (title) embed.title = title;
  return { embeds: L.clampEmbeds([embed]), components: buttonRows(answer, options) };
}
