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
