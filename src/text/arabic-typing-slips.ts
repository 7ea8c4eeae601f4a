/** The letters of normalised Arabic (ة as ه, ى as ي, the hamza seats as ا و ي): what a slip may put in a word. */
export const ARABIC_SLIP_LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/**
 * The stems the documents have that a stem is one typing slip away from (a letter left out, added, mistyped, or two
 * swapped: اسقال for استقال, مطاز for مطار, فوظي for فوضي), found by `known`. None when more than `most` are: a slip
 * that could be any of several words tells nothing. Each edit is looked up as it is made (this runs on every question
 * word the documents lack, so no list of the few hundred edits is built).
 */
export function typingSlipStems(stem: string, known: (stem: string) => boolean, most: number): string[] {
  const found: string[] = [];
  let tooMany = false;
  const consider = (edit: string) => {
    if (edit.length < 3 || edit === stem || found.includes(edit) || !known(edit)) return;
    found.push(edit);
    tooMany ||= found.length > most;
  };
  const n = stem.length;
  for (let i = 0; i + 1 < n && !tooMany; i++) if (stem[i] !== stem[i + 1]) consider(stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2));
  for (let i = 0; i < n && !tooMany; i++) consider(stem.slice(0, i) + stem.slice(i + 1));
  for (let i = 0; i <= n && !tooMany; i++) {
    const before = stem.slice(0, i);
    const after = stem.slice(i);
    for (const letter of ARABIC_SLIP_LETTERS) consider(before + letter + after);
  }
  for (let i = 0; i < n && !tooMany; i++) {
    const before = stem.slice(0, i);
    const after = stem.slice(i + 1);
    for (const letter of ARABIC_SLIP_LETTERS) if (letter !== stem[i]) consider(before + letter + after);
  }
  return tooMany ? [] : found;
}
