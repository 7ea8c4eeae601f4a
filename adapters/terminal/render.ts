import type { Answer } from '../../src/answer/answer.js';
import { formatSource, renderAnswerText } from '../../src/answer/render-text.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import type { SourceDocument } from '../../src/documents/document.js';

const BOLD = (t: string) => `\x1b[1m${t}\x1b[22m`;

/** The answer for a terminal: matched words in bold when the output is a colour terminal. */
export function renderTerminalAnswer(answer: Answer, examples: readonly string[], color: boolean): string {
  return renderAnswerText(answer, examples, { highlight: color ? BOLD : (t) => t });
}

/** The numbered list of documents (/sources). */
export function renderTerminalSources(documents: readonly SourceDocument[], language: UiLanguage): string {
  const ui = UI_STRINGS[language];
  return documents
    .map((d, i) => formatSource({ n: i + 1, docId: d.id, title: d.title, ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.date ? { date: d.date } : {}), ...(d.url ? { url: d.url } : {}) }, ui.outletUnknown))
    .join('\n');
}
