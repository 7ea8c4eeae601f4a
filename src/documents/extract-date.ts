import { ARABIC_MONTHS } from '../text/month-names.js';
import { foldDigits, normalizeArabic } from '../text/normalize-arabic.js';

// Month names as they appear after normalizeArabic (أ → ا), English and Russian. In a dateline, next to a day and a
// year, the Levantine "اب" (August) is read too.
const MONTHS: Record<string, number> = {
  ...Object.fromEntries(ARABIC_MONTHS), اب: 8,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s*(${MONTH_NAMES})[,،]?\\s*(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_NAMES})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME = /(\d{1,2}):(\d{2})\s*(م|ص|pm|am)?/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Reads a publication date from a dateline ("الخميس، 06 يناير 2022 - 08:13 م"), as ISO 8601, or undefined. */
export function extractDate(line: string): string | undefined {
  const text = foldDigits(normalizeArabic(line)).toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(text);
  const iso = dmy || mdy ? null : ISO_DATE.exec(text);
  if (dmy) [day, month, year] = [Number(dmy[1]), MONTHS[dmy[2]!.toLowerCase()], Number(dmy[3])];
  else if (mdy) [month, day, year] = [MONTHS[mdy[1]!.toLowerCase()], Number(mdy[2]), Number(mdy[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!year || !month || !day || month > 12 || day > 31) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = TIME.exec(text.slice((dmy ?? mdy ?? iso)!.index));
  if (!time) return date;
  let hour = Number(time[1]);
  const pm = time[3] === 'م' || time[3]?.toLowerCase() === 'pm';
  if (pm && hour < 12) hour += 12;
  if (!pm && time[3] && hour === 12) hour = 0;
  return hour < 24 ? `${date}T${pad(hour)}:${time[2]}` : date;
}
