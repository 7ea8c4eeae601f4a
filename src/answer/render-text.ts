import type { Answer, AnswerSource, Highlight } from './answer.js';
import { passagesBeyondQuote } from './passages-beyond-quote.js';
import { MAX_QUESTION_CHARS } from './question-limits.js';
import { UI_STRINGS } from './ui-strings.js';

/** How render-text marks highlighted words: plain text leaves them as they are; a terminal makes them bold. */
export interface TextMarkup {
  highlight: (text: string) => string;
}

const PLAIN: TextMarkup = { highlight: (t) => t };

/** Applies highlight markup to the highlighted ranges of a text. */
export function markHighlights(text: string, highlights: readonly Highlight[], markup: TextMarkup): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + markup.highlight(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

function citationMarks(citations: readonly number[]): string {
  return citations.map((n) => `[${n}]`).join('');
}

/** One line of the sources list: number, outlet, headline, date, link (only what is known). */
export function formatSource(source: AnswerSource, outletUnknown: string): string {
  return `[${source.n}] ${[source.outlet ?? outletUnknown, `«${source.title}»`, source.date, source.url].filter(Boolean).join(' — ')}`;
}

/** The reply as plain text (the terminal chat and `ask --json`): quote, passages, sources, or a clear "not found". */
export function renderAnswerText(answer: Answer, examples: readonly string[] = [], markup: TextMarkup = PLAIN): string {
  const ui = UI_STRINGS[answer.language];
  const list = examples.map((e) => `• ${e}`).join('\n');
  if (answer.problem === 'empty') return [ui.empty, list].filter(Boolean).join('\n');
  if (answer.problem === 'no_words') return [ui.noWords, list].filter(Boolean).join('\n');
  if (answer.problem === 'too_long') return ui.tooLong(MAX_QUESTION_CHARS);
  if (answer.status === 'not_found') return [ui.notFound, examples.length ? ui.notFoundHint : '', list].filter(Boolean).join('\n');
  const parts: string[] = [];
  for (const quote of answer.quote) parts.push(`«${markHighlights(quote.text, quote.highlights, markup)}» ${citationMarks(quote.citations)}`);
  const supporting = passagesBeyondQuote(answer);
  if (supporting.length) {
    parts.push(`${ui.passagesHeading}:`);
    for (const p of supporting) parts.push(`${citationMarks(p.citations)} ${markHighlights(p.text, p.highlights, markup)}`);
  }
  parts.push(`${ui.sources}:\n${answer.sources.map((s) => formatSource(s, ui.outletUnknown)).join('\n')}`);
  parts.push(ui.quotedFooter);
  return parts.join('\n\n');
}
