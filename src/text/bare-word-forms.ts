import { PREFIX_LETTERS } from './analyze.js';
import { stripArabicPrefixes } from './stem-arabic.js';
import { memoizeWord } from './memoize-word.js';

/**
 * The forms a normalised word may have in a word list: as written, without its conjunction and article
 * (والعام → عام), and without one attached letter (بخمسة → خمسه). Short words keep only their written form.
 */
export function bareWordForms(word: string): string[] {
  const forms = [word];
  const stripped = stripArabicPrefixes(word);
  if (stripped !== word) forms.push(stripped);
  if (word.length > 3 && PREFIX_LETTERS.has(word[0]!)) forms.push(word.slice(1));
  return forms;
}

/** Whether the word, or one of its bare forms, is in the list. */
export function inWordList(word: string, list: ReadonlySet<string>): boolean {
  const forms = formsOfWord(word);
  for (let k = 0; k < forms.length; k++) if (list.has(forms[k]!)) return true;
  return false;
}

/** bareWordForms remembered per word: a question's words are looked up in dozens of lists (see question-form). */
const formsOfWord = memoizeWord(bareWordForms, 20_000);

/** The definite article, alone or after و/ف and ب/ك/ل (الـ، والـ، بالـ، للـ). */
const ARTICLE_PREFIX = /^[وف]?(?:[بكل]?ال|لل)/;

/** Whether a normalised Arabic word carries the definite article (المالي، بالماتي، للحكومه). */
export function hasArabicArticle(word: string): boolean {
  return ARTICLE_PREFIX.test(word);
}
