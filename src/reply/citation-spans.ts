import type { AnswerSource } from '../answer/answer.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { formatDate } from './format-date.js';
import { link, text, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** What a source line shows: number (if any), outlet and whom it credits, headline, date, link; only what is known. */
export type SourceFields = Pick<AnswerSource, 'title' | 'outlet' | 'date' | 'url' | 'via'> & { n?: number };

/** A date as a unit of its line (see markDirection), in the reply's language. */
export function dateSpan(value: string | number, language: UiLanguage): Span {
  return { type: 'text', text: formatDate(value, language), whole: true };
}

/** Citation marks for source numbers: "[1][2]". The one place a citation is written. */
export function citationSpan(numbers: readonly number[]): Span {
  return { type: 'citation', text: numbers.map((n) => `[${n}]`).join(''), numbers };
}

/**
 * One source as a line: `[1] outlet (citing agency) — «headline» — date`, the headline linked to the original when
 * known. The agency an outlet reports from is a link of the chain a reader checks («RT عربي عن نوفوستي»).
 */
export function sourceLine(source: SourceFields, language: UiLanguage): Span[] {
  const w = WORDING[language];
  const spans: Span[] = [];
  if (source.n !== undefined) spans.push(citationSpan([source.n]), text(' '));
  const outlet = source.outlet ?? w.outletUnknown;
  spans.push(text(`${source.via ? w.outletCiting(outlet, source.via) : outlet} — `));
  const headline = `«${source.title}»`;
  spans.push(source.url ? link(headline, source.url) : text(headline));
  if (source.date) spans.push(text(' — '), dateSpan(source.date, language));
  return spans;
}
