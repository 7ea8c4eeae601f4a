// Whether a question asks for a report's link ("got the link to the RT piece?", «ما رابط خبر آر تي؟», «дайте ссылку на
// статью»). Its answer is the document's address, which the reader opens: no passage holds it (the page's "copy the
// link" line is cleaned off the text and kept as the document's url).
import type { AnalyzedToken } from '../text/analyze.js';
import { reportWordIndexes, speaksOfReport } from './report-words.js';

/**
 * Words naming a link (normalised). Arabic رابط without the ة of رابطة (a league), with the article or a preposition;
 * the chats' لينك; Russian «ссылка» in any case, and «линк».
 */
const LINK = /^(?:links?|url|urls|[وفب]?(?:ال)?(?:رابط|لينك)|ссылк[а-я]*|линк[а-я]*)$/;

/** The index of each word naming a link, not Russian «со ссылкой на» ("citing", as a report credits its source). */
function linkWordIndexes(tokens: readonly AnalyzedToken[]): number[] {
  return tokens.flatMap((t, i) => (LINK.test(t.normalized) && !(t.normalized === 'ссылкой' && tokens[i - 1]?.normalized === 'со') ? [i] : []));
}

/**
 * Whether a question asks for a report's link: a word naming a link beside a report (a story, an article, or the one
 * just quoted: see speaksOfReport). "Is there a link between the protests and the prices?" names no report.
 */
export function asksForLink(tokens: readonly AnalyzedToken[]): boolean {
  return linkWordIndexes(tokens).length > 0 && speaksOfReport(tokens);
}

/** The question's words that say it asks for a link (the link's noun, the report's): not which report. */
export function linkQuestionWordIndexes(tokens: readonly AnalyzedToken[]): Set<number> {
  return new Set([...linkWordIndexes(tokens), ...reportWordIndexes(tokens)]);
}
