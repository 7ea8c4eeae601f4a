import type { KeyFact } from '../answer/key-facts.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { formatDateParts } from './format-date.js';
import { text, type Block } from './reply.js';
import { WORDING } from './wording.js';

/** What separates the facts in the line. */
export const KEY_FACT_SEPARATOR = ' · ';

/** A whole number of four digits in the years' range, written without grouping (2022, not 2,022). */
const looksLikeYear = (value: number) => Number.isInteger(value) && value >= 1000 && value <= 2100;

/** A number as a reader of `language` writes it: 2,500 / 2 500; 1.5 million; 25%; a year ungrouped. */
export function formatNumber(fact: Extract<KeyFact, { kind: 'number' }>, language: UiLanguage): string {
  if (fact.asWritten !== undefined) return `${fact.asWritten}${fact.percent ? '%' : ''}`;
  if (fact.percent) return numberFormat(language, 'percent').format(fact.value / 100);
  if (fact.value >= 1e6) return numberFormat(language, 'compact').format(fact.value);
  return numberFormat(language, looksLikeYear(fact.value) ? 'year' : 'grouped').format(fact.value);
}

/** The ways formatNumber writes a number: a share, a large number in words, a plain one grouped, a year. */
type NumberStyle = 'percent' | 'compact' | 'grouped' | 'year';

const NUMBER_STYLES: Record<NumberStyle, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 2 },
  compact: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
  grouped: { useGrouping: true, maximumFractionDigits: 3 },
  year: { useGrouping: false, maximumFractionDigits: 3 },
};

/** Number formats by language and style, made once (making one costs far more than formatting with it). */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: UiLanguage, style: NumberStyle): Intl.NumberFormat {
  const id = `${language}:${style}`;
  let format = numberFormats.get(id);
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(`${language}-u-nu-latn`, NUMBER_STYLES[style])));
  return format;
}

/** One fact as text in the reader's language; undefined for a date that cannot be (31 February). */
export function formatKeyFact(fact: KeyFact, language: UiLanguage): string | undefined {
  switch (fact.kind) {
    case 'number': return formatNumber(fact, language);
    case 'date': return formatDateParts(fact, language);
    default: return fact.text;
  }
}

/**
 * The line under an Arabic quote for a reader of English or Russian: that the quote is in Arabic, then its key facts
 * in their language ("Quote in Arabic · key facts: 2,500 · CSTO · peacekeepers"). None for an Arabic reply.
 */
export function keyFactsBlock(facts: readonly KeyFact[] | undefined, language: UiLanguage): Block | undefined {
  if (language === 'ar') return undefined;
  const w = WORDING[language];
  const shown = (facts ?? []).map((f) => formatKeyFact(f, language)).filter((f): f is string => Boolean(f));
  const line = shown.length ? `🔤 ${w.quoteInArabic}${KEY_FACT_SEPARATOR}${w.keyFacts}: ${shown.join(KEY_FACT_SEPARATOR)}` : `🔤 ${w.quoteInArabic}`;
  return { kind: 'paragraph', spans: [text(line)] };
}
