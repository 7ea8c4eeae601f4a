import type { UiLanguage } from '../text/detect-ui-language.js';

/** A date-time as documents give it: `2022-01-06`, `2022-01-06T20:13`, with or without seconds and zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(language: UiLanguage, withTime: boolean): Intl.DateTimeFormat {
  const id = `${language}:${withTime}`;
  let format = formats.get(id);
  if (!format) {
    // Latin digits in every language: the documents write theirs so, and a reply should not mix two kinds.
    format = new Intl.DateTimeFormat(`${language}-u-nu-latn`, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
    formats.set(id, format);
  }
  return format;
}

/**
 * A date in the reply's language, the one place sanad formats dates: a document's ISO date (with its time of day
 * when given, as written: no time zone is assumed or converted) or a record's time in epoch milliseconds (its UTC
 * day). Text that is not a date comes back unchanged.
 */
export function formatDate(value: string | number, language: UiLanguage): string {
  if (typeof value === 'number') return formatDateValue(value, language);
  // Documents' dates are few and shown with every answer citing them: each is formatted once per language.
  const key = `${language}\u0000${value}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    if (formattedDates.size >= REMEMBERED_DATES) formattedDates.clear();
    formattedDates.set(key, (formatted = formatDateValue(value, language)));
  }
  return formatted;
}

/** Document dates remembered as formatted (see formatDate). */
const REMEMBERED_DATES = 4096;
const formattedDates = new Map<string, string>();

function formatDateValue(value: string | number, language: UiLanguage): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatOf(language, false).format(new Date(value)) : '';
  const m = ISO_DATE.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  return Number.isNaN(at) ? value : formatOf(language, h !== undefined).format(new Date(at));
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date known only in part (a day and month, a month and year, or all three), as a reader of `language` writes it:
 * "January 6, 2022", "6 января", "январь 2022 г.". Undefined for a day that month does not have.
 */
export function formatDateParts(date: { year?: number; month: number; day?: number }, language: UiLanguage): string | undefined {
  const { year, month, day } = date;
  // A leap year stands in for a date without its year, so that 29 February is allowed.
  const at = new Date(Date.UTC(year ?? 2000, month - 1, day ?? 1));
  if (at.getUTCMonth() !== month - 1 || at.getUTCFullYear() !== (year ?? 2000)) return undefined;
  const id = `${language}:${year !== undefined}:${day !== undefined}`;
  let format = partFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
      month: 'long', timeZone: 'UTC', ...(year !== undefined ? { year: 'numeric' } : {}), ...(day !== undefined ? { day: 'numeric' } : {}),
    });
    partFormats.set(id, format);
  }
  return format.format(at);
}
