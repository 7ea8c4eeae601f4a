/** Lower-case letters a Latin or Cyrillic word's typing slips are made of. */
export const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
export const CYRILLIC_LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** The letters of normalised Arabic (ة as ه, ى as ي, the hamza seats as ا و ي) a slip may put in a word. */
export const ARABIC_LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/**
 * The longest word whose slips are looked for. A word's edits number about 30 times its length, each a copy of it, so
 * a 1,000-letter "word" in a chat message cost a second of one core; no word of a language is this long (Arabic's
 * longest with all its clitics, أفاستسقيناكموها, has 15 letters; "internationalization" 20).
 */
export const MAX_SLIPPED_WORD_CHARS = 30;

/**
 * Visits every word one typing slip away from `word` (Damerau–Levenshtein distance 1 over `letters`), in the order
 * slips are most often made: two letters swapped (histroy), one typed twice or too many (dificullt), a letter left out
 * (internt), one mistyped; never the word itself, but an edit may come twice (a letter doubled before or after
 * itself). None for a word longer than MAX_SLIPPED_WORD_CHARS. `visit` returns true to stop. No list is built: a
 * caller that looks each edit up as it comes, on every question word, pays for the lookups only.
 */
export function visitSpellingEdits(word: string, letters: string, visit: (edit: string) => boolean | void): void {
  const n = word.length;
  if (n > MAX_SLIPPED_WORD_CHARS) return;
  for (let i = 0; i + 1 < n; i++) {
    if (word[i] !== word[i + 1] && visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return;
  }
  for (let i = 0; i <= n; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    for (const c of letters) if (visit(before + c + after)) return;
  }
  for (let i = 0; i < n; i++) if (visit(word.slice(0, i) + word.slice(i + 1))) return;
  for (let i = 0; i < n; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i + 1);
    for (const c of letters) if (c !== word[i] && visit(before + c + after)) return;
  }
}

/** Every word one typing slip away from `word` (see visitSpellingEdits): distinct, without the word itself. */
export function spellingEdits(word: string, letters: string): string[] {
  const edits = new Set<string>();
  visitSpellingEdits(word, letters, (edit) => {
    edits.add(edit);
  });
  return [...edits];
}

/** Whether two words are one typing slip apart (Damerau–Levenshtein distance exactly 1: see visitSpellingEdits). */
export function isOneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter mistyped, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter left out or typed too many.
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
