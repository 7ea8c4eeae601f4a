/**
 * Characters foldCase leaves as they are: printable ASCII but the capitals, lower-case Russian letters but ё, and the
 * Arabic letters (آ to ي; those with a hamza or madda decompose and compose back), none a combining mark that
 * normalisation could reorder or join. Most words of a question are of these alone (control characters, which the
 * linter keeps out of a pattern, take the full path).
 */
const ALREADY_FOLDED = /^[\u0020-\u0040\u005b-\u007e\u0430-\u044f\u0621-\u064a]*$/;

/** Lower-cases Latin and Cyrillic text, removes Latin accents (é → e) and folds ё → е. */
export function foldCase(text: string): string {
  if (ALREADY_FOLDED.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, (mark, offset: number, whole: string) =>
      // Keep the breve of й: without it й and и would merge.
      mark === '\u0306' && /[иИ]/.test(whole[offset - 1] ?? '') ? mark : '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е');
}
