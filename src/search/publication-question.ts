// Whether a question asks when a report was published ("when was the Akhbar El Yom piece published?", «امتى نزل
// الخبر ده؟», «когда вышла статья?»). Its answer is the report's date, which the documents give as their dateline, not
// in a passage.
import type { AnalyzedToken } from '../text/analyze.js';
import { reportWordIndexes, speaksOfReport } from './report-words.js';

/** English and Russian verbs of publishing, in any form ("post" whole: not "position", "postal"). */
const PUBLISHED = /^(?:publish|post(?:s|ed|ing)?$|releas|опубликова|выложи|размести)/;
/** Arabic verbs of publishing (normalised, any person): نشر also deploys troops. */
const ARABIC_PUBLISHED = /^[وف]?[يت]?(?:نشر|صدر|نزل|طلع)/;
/** «вышла статья»: the verb of coming out. */
const CAME_OUT = /^(?:вышл|вышел|выйдет|выходил)/;
/** Ways to ask "at what time/date" that the question's form may not read as "when" (в какое время, what date). */
const TIME_ASKED = /(?:^|\s)(?:в какое время|какого числа|в какой день|what date|what time|what day|at what time|في أي يوم|في اي يوم|أي تاريخ|اي تاريخ)(?:\s|$)/;

/** The index of each word of publishing (a verb, "came out") in the question. */
function publishingWordIndexes(tokens: readonly AnalyzedToken[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    const word = t.normalized;
    const previous = tokens[i - 1]?.normalized ?? '';
    if (t.script === 'arabic' ? ARABIC_PUBLISHED.test(word) : PUBLISHED.test(word) || CAME_OUT.test(word)) found.push(i);
    else if (word === 'out' && /^(?:come|came|comes|coming)$/.test(previous)) found.push(i - 1, i);
  });
  return found;
}

/**
 * Whether a question asks when a report was published: it asks "when" (`timeQuestion`, or "what date…"), with a verb
 * of publishing and a report named (a story, an article…) or meant by a pronoun. "When did the ministry publish its
 * statement?" asks the statement's date, which a passage tells; «متى نشرت القوات؟» asks when troops were deployed.
 */
export function asksWhenPublished(tokens: readonly AnalyzedToken[], timeQuestion: boolean): boolean {
  // Most questions name no report: that is read first, the words joined only for those that do.
  if (!speaksOfReport(tokens)) return false;
  if (!timeQuestion && !TIME_ASKED.test(tokens.map((t) => t.normalized).join(' '))) return false;
  return publishingWordIndexes(tokens).length > 0;
}

/**
 * The question's words that say it asks about publishing (the verb, the report's noun): they describe what is asked,
 * not which report. Its outlet and its story's words tell that.
 */
export function publicationWordIndexes(tokens: readonly AnalyzedToken[]): Set<number> {
  return new Set([...publishingWordIndexes(tokens), ...reportWordIndexes(tokens)]);
}
