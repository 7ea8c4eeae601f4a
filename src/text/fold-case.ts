/** Lower-cases Latin and Cyrillic text, removes Latin accents (é → e) and folds ё → е. */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, (mark, offset: number, whole: string) =>
      // Keep the breve of й: without it й and и would merge.
      mark === '\u0306' && /[иИ]/.test(whole[offset - 1] ?? '') ? mark : '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е');
}
