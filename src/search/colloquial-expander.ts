import type { AnalyzedToken } from '../text/analyze.js';
import { hasArabicArticle } from '../text/bare-word-forms.js';
import { readColloquial } from '../text/read-colloquial.js';
import type { QueryExpander, WordAlternative } from './query-expander.js';

/** Credit of a dialect reading: the same word in its MSA form, so nearly the word itself; later readings are guesses. */
const FIRST_READING_CREDIT = 0.9;
const READING_CREDIT_STEP = 0.1;
const LEAST_READING_CREDIT = 0.6;

/** The MSA relative pronoun a dialect's relative pronoun (اللي، يلي، لي) reads as. */
const RELATIVE_PRONOUN = 'الذي';
/**
 * The dialects' relative pronouns (normalised): اللي، يلي، إيلي. Not إلي, which normalises as MSA إلى (to) does: «إلى
 * بقية دول المنظمة» names countries.
 */
const DIALECT_RELATIVES: ReadonlySet<string> = new Set(['اللي', 'يلي', 'ايلي']);
/** Words that count people after a dialect's "how many" (Egyptian, Gulf and Levantine كم/كام واحد، كام نفر). */
const PEOPLE_COUNTERS: ReadonlySet<string> = new Set(['واحد', 'نفر']);
/** The partitive "of" that may stand between "how many" and what it counts (كم من شخص، شحال من واحد). */
const PARTITIVE = 'من';
/** MSA demonstratives a dialect's word may read as (normalised). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هءلاء', 'هذا', 'هذه']);
/** The MSA reading of a dialect's progressive auxiliary (Gulf قاعد، جالس; Levantine عم): "is still (doing)". */
const PROGRESSIVE_READING = 'ما زال';
/** An imperfect verb as a question types it, also behind a dialect's بـ (يزيد، تسوي، بيقولوا). */
const IMPERFECT_VERB = /^ب?[يتن][\u0621-\u064A]{2,}$/;

/** Interrogatives that are also other words: من "from", ما "not". */
const AMBIGUOUS_INTERROGATIVES: ReadonlySet<string> = new Set(['من', 'ما']);

/**
 * Reads Arabic question words as colloquial Arabic (src/text/read-colloquial): dialect function words are dropped like
 * stop words, and a dialect form gets its MSA readings as alternatives (بيطلعون → يطلعون، بعتت → أرسلت، عالحدود →
 * على الحدود), so a question typed in Egyptian, Gulf, Levantine or Maghrebi Arabic meets the documents' wording.
 */
export const COLLOQUIAL_EXPANDER: QueryExpander = {
  isFunctionWord(token: AnalyzedToken, known: boolean, previous?: AnalyzedToken, beforePrevious?: AnalyzedToken, next?: AnalyzedToken): boolean {
    if (token.script !== 'arabic') return false;
    // The word's reading, read once for every rule below (each question word is asked).
    const reading = readColloquial(token.normalized);
    // كم واحد…؟، كام نفر…؟، شحال من واحد…؟: after "how many" (and its partitive من) these count people ("how many
    // ones"), which the number answers.
    const asking = previous?.normalized === PARTITIVE ? beforePrevious : previous;
    if (asking?.script === 'arabic' && PEOPLE_COUNTERS.has(token.normalized) && readColloquial(asking.normalized).asks === 'how-many') return true;
    // Egyptian «دول» ("these", also MSA "countries") after a noun with the article is the demonstrative: «الإرهابيين
    // دول» is "these terrorists", while «دول الخليج» names countries.
    // So it is after a dialect's relative clause of one word, which stands for a noun: «اللي هجموا دول» is "these who
    // attacked" (MSA writes الذين, so «الذين هاجموا دول الجوار» keeps its countries).
    if (previous?.script === 'arabic'
      && ((hasArabicArticle(previous.normalized) && !previous.stop) || (beforePrevious?.script === 'arabic' && DIALECT_RELATIVES.has(beforePrevious.normalized)))
      && reading.readings.some((r) => DEMONSTRATIVES.has(r))) return true;
    // A progressive auxiliary before an imperfect verb says only that it goes on, whatever the documents mean by the
    // word: «قاعد يزيد» is "is rising", not the «قاعدة» (base) of «قاعدة بايكونور».
    if (next?.script === 'arabic' && IMPERFECT_VERB.test(next.normalized) && reading.readings.includes(PROGRESSIVE_READING)) return true;
    if (!reading.stop) return false;
    // A dialect's relative pronoun right after an interrogative is that, whatever the documents mean by the word:
    // مين يلي… is "who is it that…", not "who follows…". (Not after من and ما, also "from" and "not".) So it is after a
    // noun with the article, which a relative clause describes: «الجماعات يلي هجمت» is "the groups that attacked".
    if (previous?.script === 'arabic' && reading.readings.includes(RELATIVE_PRONOUN)
      && ((!AMBIGUOUS_INTERROGATIVES.has(previous.normalized) && readColloquial(previous.normalized).asks !== undefined)
        || (hasArabicArticle(previous.normalized) && !previous.stop))) return true;
    // A dialect function word the documents use is an MSA word there (بعد "after", يمكن "may", ولاية "state"). But a
    // listed word that starts with و or ف (وايد "a lot", واش) is known only by the stem left once the stemmer took that
    // letter for "and" (ايد): the documents know another word.
    return !known || (/^[وف]/.test(token.normalized) && !token.stem.startsWith(token.normalized[0]!) && !readColloquial(token.normalized.slice(1)).functionWord);
  },
  alternativesOf(tokens: readonly AnalyzedToken[], i: number, known: boolean): WordAlternative[] {
    const token = tokens[i]!;
    // A word the documents use as it is needs no reading: other readings of an MSA word are guesses that add noise.
    if (token.script !== 'arabic' || known) return [];
    const previous = tokens[i - 1]?.normalized;
    const { readings } = readColloquial(token.normalized, previous === undefined ? {} : { previous });
    return readings.slice(1).map((text, k) => ({
      text,
      credit: Math.max(LEAST_READING_CREDIT, FIRST_READING_CREDIT - k * READING_CREDIT_STEP),
      via: 'dialect' as const,
    }));
  },
};
