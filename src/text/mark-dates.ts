import type { AnalyzedToken } from './analyze.js';
import { inWordList } from './bare-word-forms.js';
import { ENGLISH_MONTH_NAMES, RUSSIAN_MONTH } from './month-names.js';
import { normalizeArabic } from './normalize-arabic.js';

/** Strength of a year alone (عام 1907, 1998): most passages about people or places carry several. */
export const YEAR_STRENGTH = 0.5;
/** Strength of a day or month next to its month or year (15 يناير 1937, مارس 2011): the answer to "when". */
export const FULL_DATE_STRENGTH = 1;

// Arabic Gregorian, Levantine (كانون الثاني… آب is left out: أب is also "father") and Hijri month names, normalised.
const MONTH_NAMES: ReadonlySet<string> = new Set(
  `يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
   كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين
   محرم صفر ربيع جمادى رجب شعبان رمضان شوال`.split(/\s+/).map(normalizeArabic),
);
const ENGLISH_MONTHS: ReadonlySet<string> = new Set(ENGLISH_MONTH_NAMES);

function isMonthName(word: string): boolean {
  return inWordList(word, MONTH_NAMES) || ENGLISH_MONTHS.has(word) || RUSSIAN_MONTH.test(word);
}

/** Words that join the days of a range before their month: 5 على 6، 5 إلى 6، 5 و6، 5 to 6, 5 и 6, с 5 по 6. */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['علي', 'الي', 'و', 'to', 'and', 'и', 'по']);

/**
 * The index of the first day of a range whose last day is tokens[day] (ليلة 5 على 6 يناير، 5 و6 يناير، с 5 по 6), or
 * -1: a range's days are all its date's.
 */
export function rangeStartBefore(tokens: readonly AnalyzedToken[], day: number): number {
  const first = RANGE_JOINERS.has(tokens[day - 1]?.normalized ?? '') ? day - 2 : day - 1;
  return first >= 0 && DAY.test(tokens[first]!.normalized) ? first : -1;
}

/** A day as written before its month, after و or ف too («بين 5 و6 يناير»): its digits, or undefined. */
export function dayDigits(word: string): string | undefined {
  return DAY_WITH_CONJUNCTION.test(word) ? word.replace(/^[وف]/, '') : undefined;
}

/** Words that introduce a year: عام 1907, سنة 753, عامي 1922 و1991. */
const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'سنه', 'عامي', 'سنتي']);
/** Era marks written after a year: م (CE), هـ (AH), ق.م (BCE). Normalised, so هـ is ه. */
const ERA_MARKS: ReadonlySet<string> = new Set(['م', 'ه', 'ق']);

const LEADING_DIGITS = /^\d+/;
const DAY = /^\d{1,2}$/;
/** A day as Arabic writes it after و or ف: «بين 5 و6 يناير». */
const DAY_WITH_CONJUNCTION = /^[وف]?\d{1,2}$/;
const YEAR_DIGITS = /^\d{3,4}/;

/** A four-digit number in the range of recorded years, read as a year without any other clue. */
function looksLikeYear(value: number, digits: number): boolean {
  return digits === 4 && value >= 1000 && value <= 2100;
}

/**
 * Marks the tokens that belong to a date expression, by strength (0 none, YEAR_STRENGTH, FULL_DATE_STRENGTH).
 * A number is a year when it has four digits (1000–2100), carries or precedes an era mark (1227م, 622 هـ), or follows
 * a year word (عام 15); a month name counts only beside a number (15 مارس, مارس 2011), since several month names
 * are also ordinary words or given names (رجب, رمضان, صفر). Expects analysed (normalised) tokens.
 */
export function markDates(tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  tokens.forEach((token, i) => {
    const word = token.normalized;
    const digits = LEADING_DIGITS.exec(word)?.[0];
    if (digits) {
      const previous = tokens[i - 1]?.normalized ?? '';
      const next = tokens[i + 1]?.normalized ?? '';
      const era = ERA_MARKS.has(word.slice(digits.length)) || ERA_MARKS.has(next);
      if (looksLikeYear(Number(digits), digits.length) || era || inWordList(previous, YEAR_WORDS)) {
        marks[i] = Math.max(marks[i]!, YEAR_STRENGTH);
      }
      return;
    }
    if (!isMonthName(word)) return;
    const day = i > 0 && DAY_WITH_CONJUNCTION.test(tokens[i - 1]!.normalized);
    const next = tokens[i + 1]?.normalized ?? '';
    const year = YEAR_DIGITS.test(next);
    // English also writes the day after the month: January 5, 2022.
    const dayAfter = !day && token.script === 'latin' && DAY.test(next);
    if (!day && !year && !dayAfter) return;
    marks[i] = FULL_DATE_STRENGTH;
    if (day) {
      marks[i - 1] = FULL_DATE_STRENGTH;
      // A range of days before the month (ليلة 5 على 6 يناير، 5 و6 يناير، 5-6 January, с 5 по 6 января): its first day
      // is part of the date, no count.
      const first = rangeStartBefore(tokens, i - 1);
      if (first >= 0) marks[first] = FULL_DATE_STRENGTH;
    }
    if (year || dayAfter) marks[i + 1] = FULL_DATE_STRENGTH;
    if (dayAfter && YEAR_DIGITS.test(tokens[i + 2]?.normalized ?? '')) marks[i + 2] = FULL_DATE_STRENGTH;
  });
  return marks;
}

/** Words that open an end date: حتى/لغاية/إلى 19 يناير, until/till/through, до/по. Normalised. */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['حتي', 'لغايه', 'غايه', 'الي', 'لحد', 'until', 'till', 'through', 'до', 'по']);
/** How many words before a date the word that opens it may stand (حتى 19 يناير; ابتداء من 2 يناير; до 19 января). */
const OPENER_REACH = 2;

/** Words that open a start date: منذ/ابتداء من/اعتبارا من 2 يناير, since/from, с/со/начиная с. Normalised. */
const SINCE_WORDS: ReadonlySet<string> = new Set(['منذ', 'ابتداء', 'اعتبارا', 'since', 'from', 'с', 'со']);

/**
 * The marks of `dates` (markDates) that end a period: dates with an "until" word just before them (حتى 19 يناير). The
 * answer to "until when?" is one of them, not the date something began.
 */
export function markEndDates(tokens: readonly AnalyzedToken[], dates: Float32Array): Float32Array {
  return markDatesAfter(tokens, dates, UNTIL_WORDS);
}

/**
 * A verb of beginning (normalised, past tense, a leading و or ف allowed): انطلقت، بدأت، اندلعت، began, started,
 * начались. The date before it is when something began («في 2 يناير انطلقت مظاهرات»).
 */
const BEGAN_VERB = /^[وف]?(?:انطلق|بدا|بدء|اندلع|ابتدا)(?:ت|وا)?$|^(?:began|started|broke)$|^начал(?:ся|ась|ось|ись|и|а|о)?$/;

/** How many words after a date the verb of beginning may stand (في 2 يناير الجاري انطلقت: 2). */
const BEGAN_REACH = 2;

/**
 * The marks of `dates` that start a period: dates with a "since" word just before them (منذ 2 يناير), or a verb of
 * beginning just after them (في 2 يناير الجاري انطلقت مظاهرات). "When did it start?" and "since what date?" are
 * answered by one of them as well as by a date beside the word "started".
 */
export function markStartDates(tokens: readonly AnalyzedToken[], dates: Float32Array): Float32Array {
  const marks = markDatesAfter(tokens, dates, SINCE_WORDS);
  for (let i = 0; i < tokens.length; i++) {
    if (dates[i] === 0 || (dates[i + 1] ?? 0) > 0) continue;
    // The last word of a date: its verb of beginning follows within reach, then the whole date is marked.
    const reach = tokens.slice(i + 1, i + 1 + BEGAN_REACH);
    if (!reach.some((t) => BEGAN_VERB.test(t.normalized))) continue;
    for (let k = i; k >= 0 && dates[k]! > 0; k--) marks[k] = dates[k]!;
  }
  return marks;
}

/** The marks of `dates` that have one of the words just before them (within OPENER_REACH), with the rest of the date. */
function markDatesAfter(tokens: readonly AnalyzedToken[], dates: Float32Array, words: ReadonlySet<string>): Float32Array {
  const marks = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (dates[i] === 0) continue;
    // The rest of the date (حتى 19 يناير 2022: يناير and 2022 follow the 19 that حتى opens).
    if (i > 0 && marks[i - 1]! > 0) {
      marks[i] = dates[i]!;
      continue;
    }
    for (let k = Math.max(0, i - OPENER_REACH); k < i; k++) {
      if (words.has(tokens[k]!.normalized)) {
        marks[i] = dates[i]!;
        break;
      }
    }
  }
  return marks;
}

/**
 * Words that open a time told by an event rather than a date (normalised): «ستغادر البلاد بعد استقرار الوضع»، «بمجرد
 * استقرار الوضع», after/once, после/как только. With a word of content after them they answer "when?" as a date does.
 */
const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set([
  'بعد', 'وبعد', 'عقب', 'فور', 'بمجرد', 'حالما', 'بعيد', 'after', 'once', 'после',
]);

/** Words saying an event is near (normalised): «سيتم إعادة استقرار الوضع قريبا», soon, скоро. */
const SOON_WORDS: ReadonlySet<string> = new Set(['قريبا', 'soon', 'скоро', 'вскоре']);
/** The "from" after «قريبا» that makes it "near to" a place. */
const NEAR_TO: ReadonlySet<string> = new Set(['من', 'منه', 'منها', 'from']);

/**
 * Marks (1) the word opening a time told by an event («بعد استقرار الوضع», "once the situation…"): see
 * RELATIVE_TIME_WORDS. A content word must follow within two words (an article may come between); «بعد ذلك» alone
 * tells no time.
 */
export function markRelativeTimes(tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  tokens.forEach((t, i) => {
    // "Soon" tells when something to come will be (not قريبا من, "near to").
    if (SOON_WORDS.has(t.normalized) && !NEAR_TO.has(tokens[i + 1]?.normalized ?? '')) marks[i] = 1;
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!RELATIVE_TIME_WORDS.has(tokens[i]!.normalized)) continue;
    const next = tokens[i + 1]!;
    const article = next.normalized === 'the';
    if (!next.stop || (article && tokens[i + 2] && !tokens[i + 2]!.stop)) marks[i] = 1;
  }
  return marks;
}
