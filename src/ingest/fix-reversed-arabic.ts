/*
 * Some PDF producers store Arabic in visual order: the letters of each line right to left as drawn, so the text layer
 * reads backwards ("هايملا" for "المياه"). PDF.js turns the usual case (glyphs drawn left to right) back into reading
 * order itself; this catches the rest by the shape of Arabic words: the article ال starts a word and ة ends one, never
 * the other way round.
 */

const ARABIC_WORD = /[\u0621-\u064A]{2,}/g;
// Left-to-right runs inside a line (Latin or Cyrillic words, numbers with their separators) keep their own order.
const LTR_RUN = /[\p{Script=Latin}\p{Script=Cyrillic}0-9\u0660-\u0669](?:[\p{Script=Latin}\p{Script=Cyrillic}0-9\u0660-\u0669.,:/%-]*[\p{Script=Latin}\p{Script=Cyrillic}0-9\u0660-\u0669])?/gu;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<' };
/** Reversed words must outnumber ordinary ones this many times, and be at least MIN_REVERSED_WORDS. */
const REVERSED_MAJORITY = 3;
const MIN_REVERSED_WORDS = 3;

/** Whether Arabic text reads backwards: more words ending in لا / starting with ة than starting with ال / ending in ة. */
export function isReversedArabic(text: string): boolean {
  let ordinary = 0;
  let reversed = 0;
  for (const [word] of text.matchAll(ARABIC_WORD)) {
    if (word.startsWith('ال') && word.length > 3) ordinary++;
    if (word.endsWith('ة')) ordinary++;
    if (word.endsWith('لا') && word.length > 3) reversed++;
    if (word.startsWith('ة')) reversed++;
  }
  return reversed >= MIN_REVERSED_WORDS && reversed >= REVERSED_MAJORITY * ordinary;
}

/** One line in reading order: its characters reversed, left-to-right runs and mirrored brackets put back. */
export function reverseVisualLine(line: string): string {
  return [...line].reverse().join('')
    .replace(LTR_RUN, (run) => [...run].reverse().join(''))
    .replace(/[()[\]{}«»<>]/g, (bracket) => MIRRORED[bracket] ?? bracket);
}

/** The lines in reading order when the text reads backwards as a whole (isReversedArabic), else as they are. */
export function fixReversedArabic(lines: readonly string[]): string[] {
  return isReversedArabic(lines.join('\n')) ? lines.map(reverseVisualLine) : [...lines];
}
