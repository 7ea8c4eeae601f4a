import type { AnalyzedToken } from '../text/analyze.js';
import { bareWordForms } from '../text/bare-word-forms.js';
import { ARABIC_MONTHS } from '../text/month-names.js';
import { foldDigits, normalizeArabic } from '../text/normalize-arabic.js';
import { dayDigits, rangeStartBefore } from '../text/mark-dates.js';

/** A number read from text: its value, and whether it is a percentage or written with a large unit (مليون). */
export interface ReadNumber {
  value: number;
  percent?: boolean;
  /** Read from digits with separators the text's own way (2.500, 1,5): shown as written, not re-read. */
  asWritten?: string;
  start: number;
  end: number;
}

/** A calendar date read from text: a day and month, a month and year, or all three. */
export interface ReadDate {
  year?: number;
  month: number;
  day?: number;
  start: number;
  end: number;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean).map(normalizeArabic);
const table = (entries: ReadonlyArray<[string, number]>) => new Map(entries.flatMap(([forms, value]) => words(forms).map((w) => [w, value] as const)));

// Number words, normalised (ة → ه, أ → ا). Only what has one reading: "واحد" alone (also "one of") and vague
// plurals (مئات، آلاف alone, عشرات) are left out, so nothing is counted that the text does not state.
const UNITS = table([
  ['اثنان اثنين اثنتان اثنتين', 2], ['ثلاث ثلاثة', 3], ['أربع أربعة', 4], ['خمس خمسة', 5], ['ست ستة', 6],
  ['سبع سبعة', 7], ['ثمان ثماني ثمانية', 8], ['تسع تسعة', 9], ['عشر عشرة', 10],
]);
const TENS = table([
  ['عشرون عشرين', 20], ['ثلاثون ثلاثين', 30], ['أربعون أربعين', 40], ['خمسون خمسين', 50], ['ستون ستين', 60],
  ['سبعون سبعين', 70], ['ثمانون ثمانين', 80], ['تسعون تسعين', 90],
]);
const HUNDREDS = table([
  ['مئة مائة', 100], ['مئتان مئتين مائتان مائتين', 200], ['ثلاثمئة ثلاثمائة', 300], ['أربعمئة أربعمائة', 400],
  ['خمسمئة خمسمائة', 500], ['ستمئة ستمائة', 600], ['سبعمئة سبعمائة', 700], ['ثمانمئة ثمانمائة', 800], ['تسعمئة تسعمائة', 900],
]);
/** Words that multiply the number before them (خمسة آلاف, 2 مليون) or stand for one of themselves (ألف, مليون). */
const SCALES = table([['ألف', 1e3], ['ألفان ألفين', 2e3], ['آلاف', 1e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9], ['مليارات', 1e9]]);
/** Scales that say a number alone: "ألف" is a thousand, "آلاف" alone only "thousands". */
const SCALES_ALONE = new Set(words('ألف ألفان ألفين مليون مليار'));
/** The word for "ten" after a unit makes a teen: ثلاثة عشر = 13. */
const TEEN = new Set(words('عشر عشرة'));
const MONDAY = normalizeArabic('الإثنين');
const PERCENT_WORDS = new Set(words('بالمئة بالمائة'));
/** A percent sign right after a number (25%, ٢٥٪), read where the number ends. */
const PERCENT_SIGN = /\s*[%٪]/y;

const formsCache = new Map<string, readonly string[]>();
/** A normalised word and its forms without prefixes (و، ب، ل…), kept for the words seen (a bounded cache). */
function formsOf(word: string): readonly string[] {
  let forms = formsCache.get(word);
  if (!forms) {
    if (formsCache.size > 50_000) formsCache.clear();
    formsCache.set(word, (forms = bareWordForms(word)));
  }
  return forms;
}

/** The value of a normalised word in a list, looked up with its prefixes off too. */
function lookup(list: ReadonlyMap<string, number>, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  for (const form of formsOf(word)) {
    const value = list.get(form);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Digits in any Arabic script, with inner separators (2,500 · 1.5 · ٢٫٥). */
const DIGITS = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g;

/**
 * A run of digits as a value: plain; with Arabic decimal (٫) or thousands (٬) marks; with commas before groups of
 * three (2,500); with one point before other than three digits (1.5). Anything else (2.500, 1,5: either reading is
 * possible) is shown as written, never re-read.
 */
function digitValue(raw: string): Pick<ReadNumber, 'value' | 'asWritten'> {
  const folded = foldDigits(raw).replace(/\u066C/g, ',').replace(/\u066B/g, '.');
  if (/^\d+$/.test(folded)) return { value: Number(folded) };
  if (/^\d{1,3}(?:,\d{3})+$/.test(folded)) return { value: Number(folded.replace(/,/g, '')) };
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(folded) || (raw.includes('\u066B') && /^\d+\.\d+$/.test(folded))) return { value: Number(folded) };
  return { value: Number.NaN, asWritten: folded };
}

/**
 * The numbers a text states: digits (ASCII or Arabic-Indic, "25%", "2 مليون") and Arabic number words (خمسة،
 * ثلاثة عشر، خمسة وعشرون، ألفي جندي، ثلاثة آلاف). `tokens` are the text's analysed tokens; ranges in `skip` (dates)
 * are not read again.
 */
export function readNumbers(text: string, tokens: readonly AnalyzedToken[], skip: ReadonlyArray<{ start: number; end: number }> = []): ReadNumber[] {
  const skipped = (start: number) => skip.some((r) => start >= r.start && start < r.end);
  const out: ReadNumber[] = [];
  const used = new Set<number>();
  // exec rather than matchAll, which compiles a copy of the pattern on every call.
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const start = m.index;
    if (skipped(start)) continue;
    let end = start + m[0].length;
    const number: ReadNumber = { ...digitValue(m[0]), start, end };
    tokens.forEach((t, k) => void (t.start < end && t.end > start && used.add(k)));
    const i = tokens.findIndex((t) => t.start >= end);
    const next = i >= 0 ? tokens[i] : undefined;
    PERCENT_SIGN.lastIndex = end;
    if (PERCENT_SIGN.test(text)) number.percent = true;
    else if (next && next.start - end <= 2 && PERCENT_WORDS.has(next.normalized)) [number.percent, end] = [true, next.end];
    else if (next && !number.asWritten && next.start - end <= 2 && lookup(SCALES, next.normalized)) {
      number.value *= lookup(SCALES, next.normalized)!;
      end = next.end;
      used.add(i);
    }
    out.push({ ...number, end });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used.has(i) || skipped(token.start)) continue;
    const read = readNumberWords(tokens, i);
    if (!read) continue;
    out.push({ value: read.value, start: token.start, end: tokens[read.last]!.end });
    for (let j = i; j <= read.last; j++) used.add(j);
    i = read.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Number words from token i on: a unit, a teen, unit and tens, tens, hundreds, then a scale; undefined if none. */
function readNumberWords(tokens: readonly AnalyzedToken[], i: number): { value: number; last: number } | undefined {
  const word = (k: number) => tokens[k]?.normalized;
  let value: number | undefined;
  let last = i;
  // الاثنين is Monday far more often than "the two".
  if (formsOf(word(i) ?? '').includes(MONDAY)) return undefined;
  const unit = lookup(UNITS, word(i));
  if (unit !== undefined) {
    value = unit;
    if (unit < 10 && word(i + 1) !== undefined && TEEN.has(word(i + 1)!)) [value, last] = [unit + 10, i + 1];
    else if (word(i + 1)?.startsWith('و') && lookup(TENS, word(i + 1)!.slice(1)) !== undefined) [value, last] = [unit + lookup(TENS, word(i + 1)!.slice(1))!, i + 1];
  } else value = lookup(TENS, word(i)) ?? lookup(HUNDREDS, word(i));
  if (value !== undefined) {
    const scale = lookup(SCALES, word(last + 1));
    if (scale !== undefined) return { value: value * scale, last: last + 1 };
    return { value, last };
  }
  const form = formsOf(word(i) ?? '').find((f) => SCALES_ALONE.has(f));
  return form === undefined ? undefined : { value: SCALES.get(form)!, last: i };
}

// Month names: one word looked up with its prefixes stripped; the two-word ones (كانون الثاني) read apart.
const MONTHS = new Map([...ARABIC_MONTHS].filter(([name]) => !name.includes(' ')));
const TWO_WORD_MONTHS = new Map([...ARABIC_MONTHS].filter(([name]) => name.includes(' ')));
const YEAR = /^(\d{4})(?:م)?$/;

/**
 * The dates a text states: a month name with the day before it (6 يناير), the year after it (يناير 2022), or both.
 * A month name alone is not a date (several are also words or names). Tokens are the text's analysed tokens.
 */
export function readDates(tokens: readonly AnalyzedToken[]): ReadDate[] {
  const out: ReadDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.normalized;
    let month = lookup(MONTHS, word);
    let last = i;
    if (month === undefined && tokens[i + 1]) {
      month = TWO_WORD_MONTHS.get(`${formsOf(word).find((f) => f === 'كانون' || f === 'تشرين') ?? word} ${tokens[i + 1]!.normalized}`);
      if (month !== undefined) last = i + 1;
    }
    if (month === undefined) continue;
    const dayToken = tokens[i - 1];
    const digits = dayToken ? dayDigits(dayToken.normalized) : undefined;
    const day = digits !== undefined && Number(digits) >= 1 && Number(digits) <= 31 ? Number(digits) : undefined;
    // A range's first day (ليلة 5 على 6 يناير) is part of the date's span, no number of its own.
    const first = day === undefined ? -1 : rangeStartBefore(tokens, i - 1);
    const yearMatch = YEAR.exec(tokens[last + 1]?.normalized ?? '');
    const year = yearMatch ? Number(yearMatch[1]) : undefined;
    if (day === undefined && year === undefined) continue;
    if (year !== undefined) last += 1;
    const start = first >= 0 ? tokens[first]!.start : day !== undefined ? dayToken!.start : tokens[i]!.start;
    out.push({ month, ...(day !== undefined ? { day } : {}), ...(year !== undefined ? { year } : {}), start, end: tokens[last]!.end });
    i = last;
  }
  return out;
}
