// The words by which a question speaks of a report: a story, an article, a piece (خبر، مقال، статья), or the one just
// quoted, meant by a pronoun. Questions about a report's source and its date need one named.
import type { AnalyzedToken } from '../text/analyze.js';

/**
 * Words naming a report (normalised Arabic stems, English and Russian words or their starts): a question asks for a
 * report's source or date only when it speaks of one; "what legal basis did they cite?", «على أي نص استند إرسال القوات؟» and
 * «кому источник в ООН рассказал?» ask for other things.
 */
const REPORT_WORDS: ReadonlySet<string> = new Set(['خبر', 'اخبار', 'تقرير', 'مقال', 'مقاله', 'كلام', 'هالكلام', 'هالخبر', 'story', 'piece', 'article', 'report', 'news', 'write', 'wrote', 'written']);
const RUSSIAN_REPORT = /^(?:новост|заметк|стать|сообщени|материал|писал|пишет|написал)/;
/** Genitives after «статья» that make it a law's or a treaty's article, not a news article. */
const RUSSIAN_LAW = /^(?:договор|закон|устав|конституци|кодекс|соглашени)/;

/** Whether token i names a report (a story, an article, a piece: see REPORT_WORDS). */
export function isReportWord(tokens: readonly AnalyzedToken[], i: number): boolean {
  const t = tokens[i]!;
  // "News" in "news agency" names the agency, not a report.
  return ((REPORT_WORDS.has(t.stem) || REPORT_WORDS.has(t.normalized)) && !(t.normalized === 'news' && /^agenc/.test(tokens[i + 1]?.normalized ?? '')))
    || (RUSSIAN_REPORT.test(t.normalized) && !(t.normalized.startsWith('стать') && RUSSIAN_LAW.test(tokens[i + 1]?.normalized ?? '')));
}

/**
 * A pronoun standing for the report or the words just quoted ("when was this posted?", "where did they get that
 * from?", «когда это опубликовали?», «شو مصدر هالكلام؟» is «هذا الكلام»).
 */
const REPORT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'это', 'она', 'он', 'оно', 'ده', 'دا', 'هذا', 'هاد', 'هيدا']);

/** Whether a question speaks of a report (see isReportWord), or of the one just quoted by a pronoun. */
export function speaksOfReport(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some((t, i) => isReportWord(tokens, i) || REPORT_PRONOUNS.has(t.normalized));
}

/** The index of each word of the question naming a report (see isReportWord). */
export function reportWordIndexes(tokens: readonly AnalyzedToken[]): number[] {
  return tokens.flatMap((_, i) => (isReportWord(tokens, i) ? [i] : []));
}

/** Words between a report word and the organisation it is by ("a story by RT", "the piece from Sputnik"). */
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'from']);

/**
 * The words naming a report by the organisation that ran it (خبر صدى البلد، تقرير RT، the RT article, Sputnik's story,
 * a piece by RT, статья RT): they say which report the question is about, not what it tells. As a word of the
 * question, «خبر» («خبر صدى البلد») met «قناة خبر 24» and quoted its death toll for a question on Sada El Balad's report.
 */
export function reportWordsByOrganisation(tokens: readonly AnalyzedToken[], isOrganisation: (i: number) => boolean): number[] {
  return reportWordIndexes(tokens).filter((i) => {
    const after = BY_WORDS.has(tokens[i + 1]?.normalized ?? '') ? i + 2 : i + 1;
    return isOrganisation(after) || isOrganisation(i - 1) || (tokens[i - 1]?.normalized === 's' && isOrganisation(i - 2));
  });
}
