import { stripInvisible } from '../text/strip-invisible.js';

// Control characters other than tab and line feed, and the C1 range: they render as boxes or nothing.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Arabic presentation forms (the shaped glyphs PDFs and old files carry): NFKC folds them to the letters people type.
const ARABIC_PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;

/**
 * Makes extracted text safe to show and store without changing what it says: one kind of line ending, no invisible
 * or control characters, Arabic presentation forms as ordinary letters, no trailing spaces, at most one blank line
 * between paragraphs. Cleaning (boilerplate, titles, datelines) is the library's job, later.
 */
export function tidyExtractedText(text: string): string {
  return stripInvisible(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARS, (ch) => (ch === '\f' || ch === '\v' ? '\n' : ''))
    .replace(ARABIC_PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Collapses white space inside one paragraph (HTML and PDF text runs) to single spaces. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs as the contract wants them: tidied, empty ones dropped, separated by blank lines. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return tidyExtractedText(paragraphs.map(foldWhiteSpace).filter(Boolean).join('\n\n'));
}
