import { PREFIX_LETTERS } from './analyze.js';
import { stripArabicPrefixes } from './stem-arabic.js';

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
  return bareWordForms(word).some((form) => list.has(form));
}

/** The definite article, alone or after و/ف and ب/ك/ل (الـ، والـ، بالـ، للـ). */
const ARTICLE_PREFIX = /^[وف]?(?:[بكل]?ال|لل)/;

/** Whether a normalised Arabic word carries the definite article (المالي، بالماتي، للحكومه). */
export function hasArabicArticle(word: string): boolean {
  return ARTICLE_PREFIX.test(word);
}
