import type { AnalyzedToken } from '../text/analyze.js';
import { inWordList } from '../text/bare-word-forms.js';

/**
 * What kind of answer a question asks for, as far as its wording tells:
 * - `time`: a date (متى…؟، في أي عام…؟، ما تاريخ…؟, when, когда);
 * - `quantity`: a number (كم…؟، ما عدد/نسبة/مساحة…؟, how many, сколько);
 * - `definition`: what or who something is (ما هو X؟، من هي X؟، ما تعريف X؟, what is, кто такой);
 * - `other`: anything else (the answer's form is not told by the wording).
 */
export type QuestionForm = 'time' | 'quantity' | 'definition' | 'other';

/** Interrogatives are looked for among the question's first words only: later, من is "from" and كم is "your". */
const OPENING_WORDS = 3;

const WHEN = new Set(['متي', 'when', 'когда']);
const HOW_MANY = new Set(['كم', 'بكم', 'сколько']);
/** Nouns that make "which …" a time question: في أي عام/سنة/يوم…؟ */
const TIME_NOUNS = new Set(['عام', 'سنه', 'تاريخ', 'يوم', 'شهر', 'قرن']);
/** Nouns that make "what is the …" a quantity question: ما عدد/نسبة/مساحة…؟ */
const QUANTITY_NOUNS = new Set(['عدد', 'نسبه', 'مساحه', 'طول', 'ارتفاع', 'وزن', 'عمق', 'سعر', 'قيمه', 'حجم', 'مسافه']);
/** Nouns that make "what is the … of X" a definition question: ما تعريف/معنى/مفهوم X؟ */
const DEFINITION_NOUNS = new Set(['تعريف', 'معني', 'مفهوم']);
/** "What" and "who" (with colloquial مين), and the pronouns that serve as the copula after them (ما هو، من هي). */
const WHAT = 'ما';
const WHO = new Set(['من', 'مين']);
const COPULAS = new Set(['هو', 'هي', 'هم', 'هن']);
/** "What is" written as one word. */
const WHAT_IS = new Set(['ماهو', 'ماهي']);
/** English and Russian "what/who is": the interrogative, then the verb or pronoun. */
const FOREIGN_DEFINITIONS = new Set(['what is', 'what are', 'who is', 'who are', 'who was', 'what was', 'что такое', 'кто такой', 'кто такая', 'кто такие']);

/** The question's words in normalised form, a leading conjunction removed (ومتى → متى), lone و/ف dropped. */
function wordsOf(tokens: readonly AnalyzedToken[]): string[] {
  const words = tokens.map((t) => (t.script === 'arabic' && t.normalized.length > 2 ? t.normalized.replace(/^[وف]/, '') : t.normalized));
  while (words[0] === 'و' || words[0] === 'ف') words.shift();
  return words;
}

/** Reads the form of a question from its analysed tokens. */
export function questionForm(tokens: readonly AnalyzedToken[]): QuestionForm {
  const words = wordsOf(tokens);
  const opening = words.slice(0, OPENING_WORDS);
  if (opening.some((w) => WHEN.has(w))) return 'time';
  if (opening.some((w) => HOW_MANY.has(w)) || (opening[0] === 'how' && (opening[1] === 'many' || opening[1] === 'much'))) return 'quantity';
  const which = opening.indexOf('اي');
  if (which >= 0 && inWordList(words[which + 1] ?? '', TIME_NOUNS)) return 'time';
  // After "what" (and its copula): ما عدد…، ما هو تاريخ…، ماهي نسبة…
  const afterWhat = words[0] === WHAT ? (COPULAS.has(words[1] ?? '') ? words[2] : words[1]) : WHAT_IS.has(words[0] ?? '') ? words[1] : undefined;
  if (afterWhat !== undefined) {
    if (inWordList(afterWhat, QUANTITY_NOUNS)) return 'quantity';
    if (inWordList(afterWhat, TIME_NOUNS)) return 'time';
    if (inWordList(afterWhat, DEFINITION_NOUNS)) return 'definition';
  }
  if ((words[0] === WHAT || WHO.has(words[0] ?? '')) && COPULAS.has(words[1] ?? '')) return 'definition';
  if (WHAT_IS.has(words[0] ?? '') || FOREIGN_DEFINITIONS.has(`${words[0]} ${words[1]}`)) return 'definition';
  return 'other';
}
