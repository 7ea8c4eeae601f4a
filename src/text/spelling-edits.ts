/** Lower-case letters a Latin or Cyrillic word's typing slips are made of. */
export const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
export const CYRILLIC_LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/**
 * Every word one typing slip away from `word` (Damerau–Levenshtein distance 1 over `letters`), in the order slips
 * are most often made: two letters swapped (histroy), a letter left out (internt), one typed twice or too many
 * (dificullt), one mistyped. Distinct, without the word itself.
 */
export function spellingEdits(word: string, letters: string): string[] {
  const edits = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) edits.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 0; i <= word.length; i++) for (const c of letters) edits.add(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) edits.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) for (const c of letters) if (c !== word[i]) edits.add(word.slice(0, i) + c + word.slice(i + 1));
  edits.delete(word);
  return [...edits];
}
