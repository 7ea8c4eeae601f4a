import {
  ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW,
  DOTLESS_YEH, FARSI_YEH, HAMZA, HEH, HEH_YEH_ABOVE, KAF, KEHEH, TEH_MARBUTA, WAW_HAMZA, YEH, YEH_HAMZA,
} from './arabic-letters.js';

/** Harakat, tanween, shadda, sukun, detached hamza marks, superscript alef, Quranic annotation marks, tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const LETTER_FOLDS: Record<string, string> = {
  [ALEF_HAMZA_ABOVE]: ALEF,
  [ALEF_HAMZA_BELOW]: ALEF,
  [ALEF_MADDA]: ALEF,
  [ALEF_WASLA]: ALEF,
  [ALEF_WAVY_HAMZA_ABOVE]: ALEF,
  [ALEF_WAVY_HAMZA_BELOW]: ALEF,
  [DOTLESS_YEH]: YEH,
  [FARSI_YEH]: YEH,
  [KEHEH]: KAF,
  [TEH_MARBUTA]: HEH,
  [HEH_YEH_ABOVE]: HEH,
  // Seated hamzas are spelled both ways in news text (مسؤول / مسئول): fold both to the bare hamza.
  [WAW_HAMZA]: HAMZA,
  [YEH_HAMZA]: HAMZA,
};
const LETTERS_TO_FOLD = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (U+0660) and extended Arabic-Indic (U+06F0) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Maps Arabic-Indic digits to ASCII digits. */
export function foldDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Normalises Arabic spelling variation so that variants of one word compare equal:
 * presentation forms → base letters (NFKC), marks and tatweel removed, alef forms → ا, ى → ي, ة → ه, ؤ/ئ → ء,
 * Persian kaf/yeh → Arabic, Eastern digits → ASCII. Non-Arabic text passes through unchanged except NFKC.
 */
export function normalizeArabic(text: string): string {
  // NFKC first: presentation forms (U+FB50–U+FEFF) decompose to the letters the later folds expect.
  return foldDigits(text.normalize('NFKC').replace(ARABIC_MARKS, '').replace(LETTERS_TO_FOLD, (c) => LETTER_FOLDS[c] ?? c));
}
