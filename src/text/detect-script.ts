/** The writing system of a token or text. */
export type Script = 'arabic' | 'latin' | 'cyrillic' | 'digit' | 'other';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** Classifies one token by its first letter (digits only if it has no letter). */
export function detectScript(token: string): Script {
  for (const ch of token) {
    if (ARABIC.test(ch) && !/[\u0660-\u0669\u06F0-\u06F9]/.test(ch)) return 'arabic';
    if (CYRILLIC.test(ch)) return 'cyrillic';
    if (LATIN.test(ch)) return 'latin';
  }
  return /\p{N}/u.test(token) ? 'digit' : 'other';
}
