import type { AnalyzedToken } from './analyze.js';
import { inWordList } from './bare-word-forms.js';
import { normalizeArabic } from './normalize-arabic.js';

/** Strength of a year alone (عام 1907, 1998): most passages about people or places carry several. */
export const YEAR_STRENGTH = 0.5;
/** Strength of a day or month next to its month or year (15 يناير 1937, مارس 2011): the answer to "when". */
export const FULL_DATE_STRENGTH = 1;

// Gregorian, Levantine (كانون الثاني… آب is left out: أب is also "father") and Hijri month names, normalised.
const MONTH_NAMES: ReadonlySet<string> = new Set(
  `يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
   كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين
   محرم صفر ربيع جمادى رجب شعبان رمضان شوال`.split(/\s+/).map(normalizeArabic),
);
/** Words that introduce a year: عام 1907, سنة 753, عامي 1922 و1991. */
const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'سنه', 'عامي', 'سنتي']);
/** Era marks written after a year: م (CE), هـ (AH), ق.م (BCE). Normalised, so هـ is ه. */
const ERA_MARKS: ReadonlySet<string> = new Set(['م', 'ه', 'ق']);

const LEADING_DIGITS = /^\d+/;
const DAY = /^\d{1,2}$/;
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
    if (!inWordList(word, MONTH_NAMES)) return;
    const day = i > 0 && DAY.test(tokens[i - 1]!.normalized);
    const year = YEAR_DIGITS.test(tokens[i + 1]?.normalized ?? '');
    if (!day && !year) return;
    marks[i] = FULL_DATE_STRENGTH;
    if (day) marks[i - 1] = FULL_DATE_STRENGTH;
    if (year) marks[i + 1] = FULL_DATE_STRENGTH;
  });
  return marks;
}

/** Words that open an end date: حتى/لغاية/إلى 19 يناير, until/till/through, до/по. Normalised. */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['حتي', 'لغايه', 'غايه', 'الي', 'لحد', 'until', 'till', 'through', 'до', 'по']);
/** How many words before a date its "until" may stand (حتى 19 يناير; until 19 January; до 19 января). */
const UNTIL_REACH = 2;

/**
 * The marks of `dates` (markDates) that end a period: dates with an "until" word just before them (حتى 19 يناير). The
 * answer to "until when?" is one of them, not the date something began.
 */
export function markEndDates(tokens: readonly AnalyzedToken[], dates: Float32Array): Float32Array {
  const marks = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (dates[i] === 0) continue;
    // The rest of an end date (حتى 19 يناير 2022: يناير and 2022 follow the 19 that حتى opens).
    if (i > 0 && marks[i - 1]! > 0) {
      marks[i] = dates[i]!;
      continue;
    }
    for (let k = Math.max(0, i - UNTIL_REACH); k < i; k++) {
      if (UNTIL_WORDS.has(tokens[k]!.normalized)) {
        marks[i] = dates[i]!;
        break;
      }
    }
  }
  return marks;
}

