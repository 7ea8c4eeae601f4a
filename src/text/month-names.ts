import { normalizeArabic } from './normalize-arabic.js';

/**
 * Arabic names of the Gregorian months, normalised (normalizeArabic), with their numbers: the Egyptian/Gulf names
 * (يناير …) and the Levantine/Iraqi ones (كانون الثاني، شباط …), two of which are two words. The Levantine "آب"
 * (August) is left out: normalised it is "اب", also "father"; a reader that sees it beside a day and a year may add it.
 */
export const ARABIC_MONTHS: ReadonlyMap<string, number> = new Map(([
  ['يناير', 1], ['كانون الثاني', 1], ['فبراير', 2], ['شباط', 2], ['مارس', 3], ['آذار', 3], ['أبريل', 4], ['إبريل', 4],
  ['نيسان', 4], ['مايو', 5], ['أيار', 5], ['يونيو', 6], ['حزيران', 6], ['يوليو', 7], ['تموز', 7], ['أغسطس', 8],
  ['سبتمبر', 9], ['أيلول', 9], ['أكتوبر', 10], ['تشرين الأول', 10], ['نوفمبر', 11], ['تشرين الثاني', 11],
  ['ديسمبر', 12], ['كانون الأول', 12],
] as const).map(([name, month]) => [normalizeArabic(name), month]));

/** English month names and their usual abbreviations, lower case: "5 January 2022", "Jan. 5". */
export const ENGLISH_MONTH_NAMES: readonly string[] = `january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/);

/** Russian month names by the stem every case shares (января, в январе, январь), ё folded to е. */
export const RUSSIAN_MONTH = /^(?:январ|феврал|март|апрел|ма[йяюе]$|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
