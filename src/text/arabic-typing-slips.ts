import { ARABIC_LETTERS, visitSpellingEdits } from './spelling-edits.js';

/**
 * The stems the documents have that a stem is one typing slip away from (a letter left out, added, mistyped, or two
 * swapped: اسقال for استقال, مطاز for مطار, فوظي for فوضي), found by `known`. None when more than `most` are: a slip
 * that could be any of several words tells nothing.
 */
export function typingSlipStems(stem: string, known: (stem: string) => boolean, most: number): string[] {
  const found: string[] = [];
  let tooMany = false;
  visitSpellingEdits(stem, ARABIC_LETTERS, (edit) => {
    if (edit.length < 3 || found.includes(edit) || !known(edit)) return false;
    found.push(edit);
    tooMany = found.length > most;
    return tooMany;
  });
  return tooMany ? [] : found;
}
