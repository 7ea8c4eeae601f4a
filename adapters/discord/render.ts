import {
  ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIButtonComponentWithCustomId, type APIEmbed,
  type APIMessageTopLevelComponent,
} from 'discord.js';
import {
  directedLines, FSI, linkShowsItsAddress, PDI, RLM, WORDING, truncateText, type Block, type DocumentActionOp, type LineSpan, type Reply, type Span, type UiLanguage, type VoteTally, type VoteValue,
} from '../../src/index.js';
import { decodeCustomId, encodeCustomId, type ButtonAction } from './custom-id.js';
import * as L from './limits.js';

/** A rendered message: a line of content, embeds and button rows, every part within Discord's limits. */
export interface RenderedMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** What buttons need beyond the reply: the stored answer they belong to, and whether its message is pinned. */
export interface ButtonContext {
  answerId?: number;
  pinned?: boolean;
}

/** Embed colour of answers and lists, and of "not found" replies. */
export const ANSWER_COLOR = 0x2b7a78;
export const NOT_FOUND_COLOR = 0xd4a017;
/** Share of the 6,000 characters the quote may take; passages share what the rest leaves. */
const QUOTE_MAX_CHARS = 1500;
/** Longest passage (they come on demand, whole: a passage is at most about 1,000 characters), and the shortest worth showing. */
const PASSAGE_MAX_CHARS = L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS;
const PASSAGE_MIN_CHARS = 40;
const BOLD = '**';

/** One piece of rendered markdown, never split when cutting: a character (escaped), a bold marker, an isolate, a link's ends. */
interface Token { text: string; kind?: 'bold' | 'open' | 'close' | 'link' | 'unlink' }

/** A link Discord renders safely in `[text](url)`: parentheses and spaces encoded, at most 512 characters. */
function markdownUrl(url: string): string | undefined {
  const href = url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return href.length <= 512 ? href : undefined;
}

/** Lines as markdown tokens: every character escaped (markup, mentions, "1." that would start a list). */
function tokensOf(lines: readonly LineSpan[][]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((line, i) => {
    if (i > 0) tokens.push({ text: '\n' });
    let state: 'start' | 'digits' | 'other' = 'start';
    const chars = (text: string) => {
      for (const ch of text) {
        if (ch === FSI || ch === PDI) tokens.push({ text: ch, kind: ch === FSI ? 'open' : 'close' });
        else {
          tokens.push({ text: ch === '.' && state === 'digits' ? '\\.' : L.escapeMarkdownChar(ch) });
          if (ch === RLM) continue;
          if (/\d/.test(ch)) state = state === 'other' ? 'other' : 'digits';
          else if (ch !== ' ' || state === 'digits') state = 'other';
        }
      }
    };
    for (const span of line) {
      const url = span.type === 'link' ? markdownUrl(span.url) : undefined;
      if (url && span.type === 'link' && linkShowsItsAddress(span)) {
        // Discord prints a masked link whose text is a URL as it stands: the address alone, which it links itself,
        // kept in its isolate on a right-to-left line.
        const isolated = span.text.startsWith(FSI);
        if (isolated) tokens.push({ text: FSI, kind: 'open' });
        tokens.push({ text: `<${url}>` });
        if (isolated) tokens.push({ text: PDI, kind: 'close' });
        state = 'other';
      } else if (url) {
        tokens.push({ text: '[', kind: 'link' });
        chars(span.text);
        tokens.push({ text: `](${url})`, kind: 'unlink' });
        state = 'other';
      } else if (span.type === 'bold' && span.text.trim()) {
        tokens.push({ text: BOLD, kind: 'bold' });
        chars(span.text);
        tokens.push({ text: BOLD, kind: 'bold' });
      } else chars(span.text);
    }
  });
  return tokens;
}

/** Tokens as text of at most `max` characters: cut at a token, isolates, link and bold closed, "…" at the cut. */
function fit(tokens: readonly Token[], max: number): string {
  const full = tokens.map((t) => t.text).join('');
  if (full.length <= max) return full;
  let out = '';
  let bold = false;
  let boldAt = -1;
  let open = 0;
  let link: string | undefined;
  const closing = (b: boolean, o: number, l: string | undefined) => PDI.repeat(o) + (l ?? '') + (b ? BOLD : '');
  for (const [i, t] of tokens.entries()) {
    const nextBold: boolean = t.kind === 'bold' ? !bold : bold;
    const nextOpen: number = Math.max(0, open + (t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0));
    // A link is opened only with its closing in view: the closing is the next 'unlink' token.
    const nextLink = t.kind === 'link' ? tokens.slice(i).find((x) => x.kind === 'unlink')!.text : t.kind === 'unlink' ? undefined : link;
    if (out.length + t.text.length + closing(nextBold, nextOpen, nextLink).length + 1 > max) break;
    if (t.kind === 'bold' && nextBold) boldAt = out.length;
    out += t.text;
    [bold, open, link] = [nextBold, nextOpen, nextLink];
  }
  // A bold opened right at the cut would close on nothing: drop it instead.
  if (bold && boldAt === out.length - BOLD.length) [out, bold] = [out.slice(0, boldAt), false];
  return `${out}${closing(bold, open, link)}…`;
}

/** Spans as Discord markdown of at most `max` characters, each line given its direction. */
function markdown(spans: readonly Span[], language: UiLanguage, max: number, quoteMaxChars?: number): string {
  return max > 0 ? fit(tokensOf(directedLines(spans, language, quoteMaxChars)), max) : '';
}

/** Spans on one line (titles, field names), every line break a space. */
const oneLine = (spans: readonly Span[]): Span[] => spans.map((s) => (s.type === 'quote' ? s : { ...s, text: s.text.replace(/\n/g, ' ') }));
const emphasised = (spans: readonly Span[]): Span[] => spans.map((s) => (s.type === 'text' ? { type: 'bold', text: s.text } : s));

/**
 * A list's lines that fit in `max` characters (whole lines only), then how many were left out: those the list
 * already said it left out (its last line, when `more` is set) and those cut here.
 */
function fitList(list: Extract<Block, { kind: 'list' }>, language: UiLanguage, max: number): string {
  const items = list.more ? list.items.slice(0, -1) : list.items;
  const lines = items.map((item) => markdown(oneLine(item), language, max));
  const moreLine = (n: number) => markdown([{ type: 'text', text: WORDING[language].andMore(n) }], language, 100);
  const reserve = moreLine(items.length + (list.more ?? 0)).length + 1;
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const limit = i === lines.length - 1 && !list.more ? max : max - reserve;
    if (used + line.length + (kept.length ? 1 : 0) > limit) break;
    used += line.length + (kept.length ? 1 : 0);
    kept.push(line);
  }
  const left = lines.length - kept.length + (list.more ?? 0);
  return [...kept, ...(left ? [moreLine(left)] : [])].join('\n');
}

/** The sources as one field value: every source gets a line, longer ones cut to share the 1,024 characters. */
function sourceLines(lines: readonly Span[][], language: UiLanguage): string {
  const out: string[] = [];
  let room = L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS;
  lines.forEach((line, i) => {
    const text = markdown(oneLine(line), language, Math.floor((room - (lines.length - i - 1)) / (lines.length - i)));
    out.push(text);
    room -= text.length + 1;
  });
  return out.join('\n');
}

/** A reply of short paragraphs (a notice, a refusal): plain message content, no embed. */
const isNotice = (reply: Reply) => (reply.tone === 'notice' || reply.tone === 'refusal') && reply.blocks.every((b) => b.kind === 'paragraph');

/** The embed of a reply: title, description, passage and source fields, footer; within the 6,000 characters. */
function embedOf(reply: Reply, content: string[]): APIEmbed | undefined {
  const { language } = reply;
  const description: string[] = [];
  const passages: Extract<Block, { kind: 'passage' }>[] = [];
  let title: string | undefined;
  let sources: Extract<Block, { kind: 'sources' }> | undefined;
  const room = () => L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS - description.reduce((n, d) => n + d.length + 2, 0);
  // A heading in the description sits right above what it heads; other parts are a blank line apart.
  let headed = false;
  const add = (text: string, heading = false) => {
    if (headed && description.length) description[description.length - 1] += `\n${text}`;
    else description.push(text);
    headed = heading;
  };
  for (const block of reply.blocks) {
    switch (block.kind) {
      case 'banner': content.push(markdown(block.spans, language, L.DISCORD_MESSAGE_CONTENT_MAX_CHARS)); break;
      case 'question':
      case 'heading': {
        const spans = block.kind === 'question' ? [{ type: 'text' as const, text: block.text }] : block.spans;
        if (title === undefined) title = markdown(oneLine(spans), language, L.DISCORD_EMBED_TITLE_MAX_CHARS);
        else add(markdown(block.kind === 'question' ? [{ type: 'text', text: `❓ ${block.text}` }] : emphasised(block.spans), language, room()), block.kind === 'heading');
        break;
      }
      case 'list': add(fitList(block, language, room())); break;
      case 'passage': passages.push(block); break;
      case 'sources': sources = block; break;
      default: add(markdown(block.spans, language, Math.min(room(), QUOTE_MAX_CHARS + 200), QUOTE_MAX_CHARS));
    }
  }
  const embed: APIEmbed = { color: reply.tone === 'not_found' ? NOT_FOUND_COLOR : ANSWER_COLOR };
  if (title) embed.title = title;
  const text = description.filter(Boolean).join('\n\n');
  if (text) embed.description = text;
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (sources) {
    const value = sourceLines(sources.lines, language);
    // A short answer's sources (no heading) sit under its quote; a list's have a field of their own.
    if (value && sources.heading) fields.push({ name: markdown([{ type: 'text', text: sources.heading }], language, L.DISCORD_EMBED_FIELD_NAME_MAX_CHARS), value });
    else if (value) {
      const below = [embed.description, value].filter(Boolean).join('\n\n');
      if (below.length <= L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS) embed.description = below;
      else fields.push({ name: '📚', value });
    }
    embed.footer = { text: directedLines([{ type: 'text', text: sources.note }], language).flat().map((s) => s.text).join('') };
  }
  const shown = passages.slice(0, L.DISCORD_EMBED_FIELDS_MAX - fields.length);
  const names = shown.map((p) => markdown(oneLine(p.label), language, L.DISCORD_EMBED_FIELD_NAME_MAX_CHARS));
  const left = L.DISCORD_EMBEDS_TOTAL_MAX_CHARS - L.embedLength({ ...embed, fields }) - names.reduce((n, name) => n + name.length, 0);
  const each = Math.min(PASSAGE_MAX_CHARS, Math.floor(left / Math.max(1, shown.length)));
  if (each >= PASSAGE_MIN_CHARS) fields.unshift(...shown.map((p, i) => ({ name: names[i]!, value: markdown(p.spans, language, each, each) })));
  if (fields.length) embed.fields = fields;
  return embed.title || embed.description || embed.fields ? embed : undefined;
}

/** A button that does `action`, as a list of one; empty when its custom_id would not fit Discord's 100 characters. */
function actionButton(action: ButtonAction, label: string | undefined, emoji: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponentWithCustomId[] {
  const customId = encodeCustomId(action);
  if (!customId) return [];
  return [{ type: ComponentType.Button, custom_id: customId, ...(label ? { label: truncateText(label, L.DISCORD_BUTTON_LABEL_MAX_CHARS) } : {}), emoji: { name: emoji }, style }];
}

const VOTE_EMOJI: Record<VoteValue, string> = { 1: '👍', [-1]: '👎' };
const voteButton = (answerId: number, value: VoteValue, count: number) =>
  actionButton({ kind: 'vote', answerId, value }, count > 0 ? String(count) : undefined, VOTE_EMOJI[value], ButtonStyle.Secondary);
const pinButton = (language: UiLanguage, pinned: boolean) =>
  actionButton({ kind: 'pin' }, pinned ? WORDING[language].buttonUnpin : WORDING[language].buttonPin, '📌', ButtonStyle.Secondary);

/** How each document button looks: ✅ adds (green), removing is red, the rest grey. */
const DOCUMENT_BUTTON_LOOK: Record<DocumentActionOp, { emoji: string; style: ButtonStyle.Success | ButtonStyle.Danger | ButtonStyle.Secondary }> = {
  add: { emoji: '✅', style: ButtonStyle.Success }, cancel: { emoji: '✖️', style: ButtonStyle.Secondary }, correct: { emoji: '✏️', style: ButtonStyle.Secondary },
  remove: { emoji: '✖️', style: ButtonStyle.Danger }, 'confirm-remove': { emoji: '✅', style: ButtonStyle.Danger }, keep: { emoji: '↩️', style: ButtonStyle.Secondary },
};

function documentButton(op: DocumentActionOp, ref: string, label: string): APIButtonComponentWithCustomId[] {
  const customId = encodeCustomId({ kind: 'document', op, ref });
  if (!customId) return [];
  const { emoji, style } = DOCUMENT_BUTTON_LOOK[op];
  return [{ type: ComponentType.Button, custom_id: customId, label: truncateText(label, L.DISCORD_BUTTON_LABEL_MAX_CHARS), emoji: { name: emoji }, style }];
}

/** The reply's actions as button rows: 📄 five a row, then ➕ 📌 👍 👎 🔎 (passage rows go first when rows run out). */
function buttonRows(reply: Reply, context: ButtonContext): APIActionRowComponent<APIButtonComponent>[] {
  const { language } = reply;
  const passages: APIButtonComponent[] = [];
  const actions: APIButtonComponent[] = [];
  const choices: APIButtonComponent[] = [];
  const dismissals: APIButtonComponent[] = [];
  const documents: APIButtonComponent[] = [];
  for (const action of reply.actions) {
    const answerId = action.kind === 'more' || action.kind === 'vote' || action.kind === 'passages' ? action.answerId ?? context.answerId : undefined;
    switch (action.kind) {
      case 'passages': if (answerId !== undefined) passages.push(...actionButton({ kind: 'passages', answerId, language }, action.label, '📄', ButtonStyle.Secondary)); break;
      case 'passage': passages.push(...actionButton({ kind: 'passage', passageId: action.passageId, language }, action.label, '📄', ButtonStyle.Secondary)); break;
      case 'more': if (answerId !== undefined) actions.push(...actionButton({ kind: 'more', answerId, language }, WORDING[language].buttonMore, '➕', ButtonStyle.Primary)); break;
      case 'pin': actions.push(...pinButton(language, context.pinned ?? action.pinned)); break;
      case 'vote': if (answerId !== undefined) actions.push(...voteButton(answerId, 1, action.tally.up), ...voteButton(answerId, -1, action.tally.down)); break;
      case 'fresh': actions.push(...actionButton({ kind: 'fresh', key: action.key }, action.label, '🔎', ButtonStyle.Primary)); break;
      // Example questions are listed in the text; Discord's slash command asks them.
      case 'ask': break;
      case 'listen': choices.push(...actionButton(
        { kind: 'listen', mode: action.mode, forum: action.place === 'forum', channelId: action.chatId },
        action.label, action.chosen ? '✅' : '⚙️', action.chosen ? ButtonStyle.Primary : ButtonStyle.Secondary,
      )); break;
      case 'reason': actions.push(...actionButton({ kind: 'reason', answerId: action.answerId, reason: action.reason }, action.label, '💬', ButtonStyle.Secondary)); break;
      case 'dismiss': dismissals.push(...actionButton({ kind: 'dismiss', item: action.item }, action.label, '✖', ButtonStyle.Secondary)); break;
      case 'document': documents.push(...documentButton(action.op, action.ref, action.label)); break;
    }
  }
  // Document buttons come alone (a preview, the list, a removal's question): five a row, within the five rows.
  if (documents.length) {
    return Array.from({ length: Math.min(L.DISCORD_MESSAGE_ROWS_MAX, Math.ceil(documents.length / L.DISCORD_ROW_BUTTONS_MAX)) }, (_, i) => ({
      type: ComponentType.ActionRow, components: documents.slice(i * L.DISCORD_ROW_BUTTONS_MAX, (i + 1) * L.DISCORD_ROW_BUTTONS_MAX),
    }));
  }
  const rows: APIButtonComponent[][] = [];
  if (choices.length) rows.push(choices);
  for (let i = 0; i < passages.length; i += L.DISCORD_ROW_BUTTONS_MAX) rows.push(passages.slice(i, i + L.DISCORD_ROW_BUTTONS_MAX));
  if (actions.length) rows.push(actions);
  // The digest's dismiss buttons, five a row (the digest has no other buttons; rows past Discord's five are left out).
  for (let i = 0; i < dismissals.length; i += L.DISCORD_ROW_BUTTONS_MAX) rows.push(dismissals.slice(i, i + L.DISCORD_ROW_BUTTONS_MAX));
  const kept = rows.length > L.DISCORD_MESSAGE_ROWS_MAX ? [...rows.slice(0, L.DISCORD_MESSAGE_ROWS_MAX - 1), rows.at(-1)!] : rows;
  return kept.map((components) => ({ type: ComponentType.ActionRow, components }));
}

/**
 * A reply as a Discord message: a notice as plain content; anything else as one embed (the question or heading as
 * title, quotes, headings and lists in the description, passages and sources as fields, the quoted-text note as
 * footer) with its buttons. Everything echoed is escaped, every line given its direction, every limit kept.
 */
export function renderReply(reply: Reply, context: ButtonContext = {}): RenderedMessage {
  const content: string[] = [];
  if (isNotice(reply)) content.push(...reply.blocks.map((b) => (b.kind === 'paragraph' ? markdown(b.spans, reply.language, L.DISCORD_MESSAGE_CONTENT_MAX_CHARS) : '')));
  const embed = isNotice(reply) ? undefined : embedOf(reply, content);
  return { content: truncateText(content.join('\n\n'), L.DISCORD_MESSAGE_CONTENT_MAX_CHARS), embeds: L.clampEmbeds(embed ? [embed] : []), components: buttonRows(reply, context) };
}

/** A message's components (as JSON) with every button `change` returns a new one for replaced; the rest kept. */
function mapButtons(components: readonly APIMessageTopLevelComponent[], change: (action: ButtonAction | undefined) => APIButtonComponent | undefined): APIMessageTopLevelComponent[] {
  return components.map((component) => {
    if (component.type !== ComponentType.ActionRow) return component;
    return { ...component, components: component.components.map((b) => (b.type === ComponentType.Button && 'custom_id' in b ? change(decodeCustomId(b.custom_id)) ?? b : b)) };
  });
}

/** The stored answer id the 👍/👎 of a message carry, if it has them. */
export function votedAnswerId(components: readonly APIMessageTopLevelComponent[]): number | undefined {
  let answerId: number | undefined;
  mapButtons(components, (action) => void (action?.kind === 'vote' && (answerId ??= action.answerId)));
  return answerId;
}

/** The components with the 👍/👎 of one answer showing a new tally. */
export function withVoteCounts(components: readonly APIMessageTopLevelComponent[], answerId: number, tally: VoteTally): APIMessageTopLevelComponent[] {
  return mapButtons(components, (a) => (a?.kind === 'vote' && a.answerId === answerId ? voteButton(answerId, a.value, a.value > 0 ? tally.up : tally.down)[0] : undefined));
}

/** The components with the 📌 button labelled for the message's new pin state. */
export function withPinState(components: readonly APIMessageTopLevelComponent[], language: UiLanguage, pinned: boolean): APIMessageTopLevelComponent[] {
  return mapButtons(components, (a) => (a?.kind === 'pin' ? pinButton(language, pinned)[0] : undefined));
}

/** The components without the button of this custom_id (a dismissed digest item); rows left empty go. */
export function withoutButton(components: readonly APIMessageTopLevelComponent[], customId: string): APIMessageTopLevelComponent[] {
  return components.flatMap((component): APIMessageTopLevelComponent[] => {
    if (component.type !== ComponentType.ActionRow) return [component];
    const kept = component.components.filter((b) => !(b.type === ComponentType.Button && 'custom_id' in b && b.custom_id === customId));
    return kept.length ? [{ ...component, components: kept }] : [];
  });
}
