import { normalizeArabic } from '../text/normalize-arabic.js';
import { stripInvisible } from '../text/strip-invisible.js';

/** A comparison key for a line: spelling, case, punctuation and spacing do not count. */
export function lineKey(line: string): string {
  return normalizeArabic(stripInvisible(line)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The line's words, for counting and shingling. */
export function lineWords(line: string): string[] {
  return normalizeArabic(stripInvisible(line)).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** lineWords and lineKey at once (the key is the words run together), normalising the line once. */
export function lineWordsAndKey(line: string): { words: string[]; key: string } {
  const words = lineWords(line);
  return { words, key: words.join('') };
}
