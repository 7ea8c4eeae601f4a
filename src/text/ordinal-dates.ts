// Dates written with ordinal words: «في السادس من يناير», «اليوم الرابع من الشهر الأول», "the sixth of January",
// «шестого января». News text writes the day in digits (6 يناير), so a question's ordinal would meet no date and its
// "when" or "what happened on…" would not tell the day's events from the next day's.
import { ARABIC_MONTHS, ENGLISH_MONTH_NAMES, RUSSIAN_MONTH } from './month-names.js';

/** Arabic ordinals 1–10 (normalised stems, after the article): their numbers. */
const ARABIC_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['اول', 1], ['حادي', 1], ['ثاني', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8],
  ['تاسع', 9], ['عاشر', 10],
]);
/** The month names of month-names.ts, their alef in any hamza spelling, longest first (كانون الثاني before كانون). */
const ARABIC_MONTH_NAME = `(?:${[...ARABIC_MONTHS.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/ا/g, '[اأإآ]')).join('|')})`;
/** The first name of each month number (يناير for 1): what a month named by its rank is written as. */
const MONTH_BY_NUMBER: ReadonlyMap<number, string> = new Map([...ARABIC_MONTHS].reverse().map(([name, month]) => [month, name]));
const ARABIC_ORDINAL = '(?:ال)?(?:[أا]ول|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)';
/** A month named by its rank in the year: «الشهر الأول (من السنة)», January. */
const ARABIC_MONTH_BY_RANK = `الشهر\\s+(${ARABIC_ORDINAL})(?:\\s+(?:من|في)\\s+(?:السنة|العام|عام)|\\s+(?:للسنة|للعام))?`;
/** The month of the events, unnamed: «الرابع من الشهر (الجاري)», «من هذا الشهر». */
const ARABIC_THIS_MONTH = '(?:هذا\\s+)?الشهر(?:\\s+الجاري|\\s+الحالي)?';
/**
 * «(اليوم) السادس (عشر|والعشرين) من يناير / من الشهر الأول»: the day's ordinal, its tens, and its month. The day
 * needs «من» and a month after it: «الاجتماع الأول» is no date.
 */
const ARABIC_DAY = new RegExp(
  `(?<![\\p{L}])(${ARABIC_ORDINAL})(\\s+عشر|\\s+والعشرين|\\s+والثلاثين)?(\\s+من\\s+)(?:(${ARABIC_MONTH_NAME})|${ARABIC_MONTH_BY_RANK}|(${ARABIC_THIS_MONTH}))(?![\\p{L}])`,
  'gu',
);

/** English ordinals 1–31 in words. */
const ENGLISH_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const ENGLISH_MONTH_NAME = `(?:${[...ENGLISH_MONTH_NAMES].sort((a, b) => b.length - a.length).join('|')})`;
/** "the sixth of January", "January the sixth", "January sixth". */
const ENGLISH_DAY = new RegExp(
  `\\b(?:(?:the\\s+)?(${ENGLISH_ORDINALS.join('|')})\\s+of\\s+(${ENGLISH_MONTH_NAME})|(${ENGLISH_MONTH_NAME})\\s+(?:the\\s+)?(${ENGLISH_ORDINALS.join('|')}))\\b`,
  'gi',
);

/** Russian ordinals 1–20 in the genitive a date takes (шестого января). */
const RUSSIAN_ORDINALS = [
  'первого', 'второго', 'третьего', 'четвертого', 'пятого', 'шестого', 'седьмого', 'восьмого', 'девятого', 'десятого',
  'одиннадцатого', 'двенадцатого', 'тринадцатого', 'четырнадцатого', 'пятнадцатого', 'шестнадцатого', 'семнадцатого',
  'восемнадцатого', 'девятнадцатого', 'двадцатого',
];
/** A Russian ordinal and the word after it, which must be a month (see RUSSIAN_MONTH). */
const RUSSIAN_DAY = new RegExp(`(?<![\\p{L}])(${RUSSIAN_ORDINALS.join('|')})(\\s+)(\\p{L}+)`, 'giu');

/** The number of an Arabic ordinal word (with or without its article, any hamza spelling). */
function arabicOrdinal(word: string): number {
  return ARABIC_ORDINALS.get(word.replace(/^ال/, '').replace(/^[أا]ول$/, 'اول')) ?? 0;
}

/** `replacement` padded with spaces to the length of `original`, so that every later word keeps its offset. */
function sameLength(replacement: string, original: string): string {
  return replacement.length <= original.length ? replacement.padEnd(original.length, ' ') : original;
}

/**
 * The text with dates written in ordinal words rewritten as news text writes them, each replacement padded to the
 * length of what it replaces so that offsets into the text stay valid: «في السادس من الشهر الأول» → «في 6 يناير»,
 * "on the sixth of January" → "on 6 January", «шестого января» → «6 января».
 */
export function readOrdinalDates(text: string): string {
  let read = text.replace(ARABIC_DAY, (whole, ordinal: string, tens: string | undefined, _from: string, month: string | undefined, monthRank: string | undefined, thisMonth: string | undefined) => {
    const units = arabicOrdinal(ordinal);
    const day = units + (tens?.includes('عشر') ? 10 : tens?.includes('عشرين') ? 20 : tens?.includes('ثلاثين') ? 30 : 0);
    const monthName = month ?? MONTH_BY_NUMBER.get(arabicOrdinal(monthRank ?? ''));
    if (!units || day > 31) return whole;
    // The month left unnamed, the day alone: the documents' «4 يناير» holds it.
    if (thisMonth) return sameLength(`${day}`, whole);
    return monthName ? sameLength(`${day} ${monthName}`, whole) : whole;
  });
  read = read.replace(ENGLISH_DAY, (whole, dayBefore: string | undefined, monthAfter: string | undefined, monthBefore: string | undefined, dayAfter: string | undefined) => {
    const ordinal = (dayBefore ?? dayAfter ?? '').toLowerCase();
    const day = ENGLISH_ORDINALS.indexOf(ordinal) + 1;
    return day ? sameLength(`${day} ${monthAfter ?? monthBefore}`, whole) : whole;
  });
  return read.replace(RUSSIAN_DAY, (whole, ordinal: string, space: string, month: string) => {
    const day = RUSSIAN_ORDINALS.indexOf(ordinal.toLowerCase().replace(/ё/g, 'е')) + 1;
    return day && RUSSIAN_MONTH.test(month.toLowerCase().replace(/ё/g, 'е')) ? sameLength(`${day}${space}${month}`, whole) : whole;
  });
}
