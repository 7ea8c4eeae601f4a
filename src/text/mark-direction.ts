import { detectUiLanguage, type UiLanguage } from './detect-ui-language.js';

/** RIGHT-TO-LEFT MARK: a strong RTL character that makes a line whose first letter is Latin or a digit read RTL. */
export const RLM = '\u200F';
/** FIRST STRONG ISOLATE: opens a run laid out in its own direction, so it cannot reorder the Arabic around it. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: closes what FSI opened. */
export const PDI = '\u2069';

const LTR_LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const WORD = `[/@#]?[${LTR_LETTER}][${LTR_LETTER}0-9]*(?:[.,:/?=&%#@+_'’-]+[${LTR_LETTER}0-9]+)*`;
const CONTINUATION = `[${LTR_LETTER}0-9]+(?:[.,:/?=&%#@+_'’-]+[${LTR_LETTER}0-9]+)*`;
/** A run of Latin, Greek or Cyrillic words (with digits and inner punctuation, as in "RT", "CSTO", "ar.rt.com/s48q"). */
const LTR_RUN = new RegExp(`${WORD}(?:[ \\t]+${CONTINUATION})*`, 'g');
const ANY_LTR_LETTER = new RegExp(`[${LTR_LETTER}]`);
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Wraps every Latin or Cyrillic run in FSI…PDI so it displays as a unit inside right-to-left text. */
export function isolateLatin(text: string): string {
  // Most spans of an Arabic reply hold no Latin letter at all: skip the long pattern for them.
  return ANY_LTR_LETTER.test(text) ? text.replace(LTR_RUN, (run) => `${FSI}${run}${PDI}`) : text;
}

/**
 * Whether a line reads right to left: its letters (links aside) are mostly Arabic, or the reply is in Arabic and the
 * line has Arabic in it or no letters at all (a source line "[1] RT عربي — …" stays right to left).
 */
export function isRightToLeft(line: string, language: UiLanguage): boolean {
  const words = line.includes('http') ? line.replace(/https?:\/\/\S+/g, ' ') : line;
  if (detectUiLanguage(words, language) === 'ar') return language === 'ar' || ARABIC_LETTER.test(words);
  return language === 'ar' && ARABIC_LETTER.test(words);
}

/**
 * Gives one line (a list of pieces) its direction, the one place sanad decides it: a right-to-left line starts with
 * U+200F and has its Latin runs isolated, so a line that begins with "CSTO", "2022" or "[1]" still reads right to
 * left; a left-to-right line is left as it is, but for its Arabic units. A link's text is isolated whole; a piece
 * marked `whole` (a date) too, and it does not count towards the line's direction: an English date must not turn an
 * Arabic source line around.
 * Platforms take a paragraph's direction from its first strong character
 * (https://unicode.org/reports/tr9/). `plain` makes the piece that carries the mark.
 */
export function markDirection<S extends { text: string; url?: string; whole?: boolean }>(line: readonly S[], language: UiLanguage, plain: (text: string) => S): S[] {
  if (!line.length) return [];
  let text = '';
  let units = false;
  for (const s of line) {
    if (!s.whole) text += s.text;
    if (s.url !== undefined || s.whole) units = true;
  }
  const unit = (s: S) => s.url !== undefined || s.whole === true;
  // In a left-to-right line, a unit written in Arabic (a headline, a date) is isolated so it cannot pull its
  // neighbouring numbers into its own direction.
  if (!isRightToLeft(text, language)) {
    return units ? line.map((s) => (unit(s) && ARABIC_LETTER.test(s.text) ? { ...s, text: `${FSI}${s.text}${PDI}` } : s)) : (line as S[]);
  }
  const marked = line.map((s) => {
    const isolated = unit(s) ? `${FSI}${s.text}${PDI}` : isolateLatin(s.text);
    return isolated === s.text ? s : { ...s, text: isolated };
  });
  return line[0]!.text.startsWith(RLM) ? marked : [plain(RLM), ...marked];
}

/**
 * The second half of a line cut in two (a message too long for its platform), given its direction again: it starts
 * with U+200F when the whole line did, since a platform lays out each message on its own.
 */
export function continueDirection<S extends { text: string }>(whole: string, rest: readonly S[], plain: (text: string) => S): S[] {
  return whole.startsWith(RLM) && !rest.map((s) => s.text).join('').startsWith(RLM) ? [plain(RLM), ...rest] : [...rest];
}
