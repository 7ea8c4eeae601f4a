// Whether a question asks for a report's headline ("what's the headline of the Sada El Balad story?", «شو عنوان خبر
// RT؟», «какой заголовок у статьи?»). Its answer is the document's headline, which no passage holds.
import type { AnalyzedToken } from '../text/analyze.js';
import { reportWordIndexes, speaksOfReport } from './report-words.js';
import { RUSSIAN_IS_CALLED } from './name-question.js';

/** Words that name a headline whatever else the question says (normalised; Russian by their start). */
const HEADLINE = /^(?:headlines?|headlined|заголов[а-я]*|مانشيت|المانشيت)$/;
/**
 * Words that name a headline only beside a report ("the title of the article", «عنوان الخبر», «как называется
 * статья»): alone they are a person's title, an address (عنوان), a name. Russian «называться» (to be called) in
 * its reflexive forms only (RUSSIAN_IS_CALLED): «МИД называет это агрессией» (calls it aggression) asks nothing of a
 * headline.
 */
const TITLE = /^(?:title|titled|названи[а-я]*|عنوان|العنوان|عنوانه|عنوانها|بعنوان|وعنوان)$/;
/** Whether a word names a title (see TITLE), a headline beside a report. */
function namesATitle(word: string): boolean {
  return TITLE.test(word) || RUSSIAN_IS_CALLED.test(word);
}

/**
 * Whether a question asks for a report's headline: it names a headline, or a title beside a report (a story, an
 * article, or the one just quoted: see speaksOfReport). "What's Tokayev's title?" and «ما عنوان السفارة؟» ask other things.
 */
export function asksForHeadline(tokens: readonly AnalyzedToken[]): boolean {
  let title = false;
  for (const { normalized } of tokens) {
    if (HEADLINE.test(normalized)) return true;
    title ||= namesATitle(normalized);
  }
  return title && speaksOfReport(tokens);
}

/** The question's words that say it asks for a headline (the headline's noun, the report's): not which report. */
export function headlineQuestionWordIndexes(tokens: readonly AnalyzedToken[]): Set<number> {
  const headline = tokens.flatMap((t, i) => (HEADLINE.test(t.normalized) || namesATitle(t.normalized) ? [i] : []));
  return new Set([...headline, ...reportWordIndexes(tokens)]);
}
