// Whether a question asks where a report comes from: the agency or source a story cites ("what's the source of RT's
// story?", «ار تي نقلو الخبر عن مين؟», «на какое агентство ссылается RT?»). Its answer is a report's credit line
// («المصدر: نوفوستي»), which shares none of the words describing the story.
import type { AnalyzedToken } from '../text/analyze.js';
import { speaksOfReport } from './report-words.js';

/** The noun "source" (normalised Arabic stems, English words, the start of Russian ones). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['مصدر', 'مصادر', 'source', 'sources']);
const RUSSIAN_SOURCE = /^источн/;
/** Interrogatives asking for something other than the subject beside them: to whom, whom (кому, кого, whom). */
const OBLIQUE_INTERROGATIVES: ReadonlySet<string> = new Set(['кому', 'кого', 'чему', 'whom', 'لمن']);
/** English words that ask for a cited source whatever stands around them: "sourced from", "citing", "based on". */
const ENGLISH_CITING = new Set(['sourced', 'cite', 'cites', 'cited', 'citing', 'quote', 'quotes', 'quoted', 'quoting']);
/** Russian "refers to" in its forms (ссылается, со ссылкой, ссылаясь): a citation. */
const RUSSIAN_CITING = /^ссыл/;
/**
 * Arabic verbs of taking a story from someone, in any person and tense (نقل، نقلت، نقلوا، ينقل، نقلا; نسب، استند،
 * اعتمد), with the preposition each takes: نقل عن (or من: «من أي وكالة نقل الموقع خبره؟»)، نسب إلى، استند إلى، اعتمد على.
 */
const ARABIC_TAKING_FROM: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]> = [
  [/^[وف]?[يت]?نقل/, new Set(['عن', 'عنه', 'عنها', 'عنهم', 'من'])],
  [/^[وف]?[يت]?(?:نسب|ستند|استند|عتمد|اعتمد)/, new Set(['الي', 'اليه', 'اليها', 'اليهم', 'علي', 'عليه', 'عليها', 'عليهم'])],
];
/** Dialect verbs of getting (جاب، أخد، خد) that ask for a source with "from where" (منين، من وين). */
const GETTING = /^(?:جاب|جايب|اخد|خد|اخذ)/;
const FROM_WHERE = new Set(['منين', 'منيين', 'منوين']);
/** English verbs of getting a story, which ask for its source with "from" and "where" or "which". */
const ENGLISH_GETTING = new Set(['get', 'got', 'take', 'took', 'taken']);
/** The noun "agency" (normalised Arabic stems, English and Russian starts): "which agency did RT cite?". */
const AGENCY = /^(?:وكال|agenc|агентств)/;

/** How far from its verb the preposition of "taking from" may stand (نقلت RT الخبر عن…). */
const PREPOSITION_REACH = 4;

/**
 * Whether a question asks for the source a report cites. `asksBefore(i)`: whether an interrogative comes right before
 * token i (see asksRightBefore). The noun "source" counts only as what is asked («ما المصدر…؟»، "what source…?",
 * «какой источник…?», "the source of…"), not as the subject ("which agency did the UN source talk to?").
 */
export function asksForSource(tokens: readonly AnalyzedToken[], asksBefore: (i: number) => boolean): boolean {
  const reported = speaksOfReport(tokens);
  // A verb of citing asks for a report's source when an agency or a report is its object: "which agency did RT
  // cite?"; "what legal basis did they cite?" and «على أي نص استند إرسال القوات؟» do not.
  const cited = reported || tokens.some((t) => AGENCY.test(t.stem) || AGENCY.test(t.normalized));
  if (!cited) return false;
  const words = tokens.map((t) => t.normalized);
  const asking = tokens.some((t, i) => asksBefore(i + 1) || FROM_WHERE.has(t.normalized) || t.normalized === 'where' || t.normalized === 'откуда');
  for (let i = 0; i < tokens.length; i++) {
    const { normalized: word, stem } = tokens[i]!;
    if (reported && (SOURCE_NOUNS.has(stem) || SOURCE_NOUNS.has(word) || RUSSIAN_SOURCE.test(word))) {
      // Not after an interrogative in another case: «кому источник в ООН рассказал?» asks to whom the source spoke. "The
      // source of…" or "…for…" asks for it wherever it stands ("what's RT's source for the story?").
      if ((asksBefore(i) && !OBLIQUE_INTERROGATIVES.has(words[i - 1] ?? '')) || words[i + 1] === 'of' || words[i + 1] === 'for' || words[i - 1] === 'original') return true;
      // «مصدره إيه؟»، «المصدر ديالهم شنو؟»: an interrogative among the next two words.
      if ([1, 2].some((k) => i + k < tokens.length && asksBefore(i + k + 1))) return true;
    }
    if (ENGLISH_CITING.has(word) || RUSSIAN_CITING.test(word) || (word === 'based' && words[i + 1] === 'on')) return true;
    const preposition = tokens[i]!.script === 'arabic' ? ARABIC_TAKING_FROM.find(([verb]) => verb.test(word))?.[1] : undefined;
    // The preposition after the verb (نقلت RT الخبر عن مين؟) or fronted with the question (إلى أي وكالة نسبت…؟).
    if (preposition && asking && words.slice(Math.max(0, i - PREPOSITION_REACH), i + 1 + PREPOSITION_REACH).some((w) => preposition.has(w))) return true;
    if (!reported) continue;
    if (GETTING.test(word) && words.some((w, j) => FROM_WHERE.has(w) || (w === 'وين' && words[j - 1] === 'من'))) return true;
    if (ENGLISH_GETTING.has(word) && words.includes('from') && asking) return true;
  }
  return false;
}
