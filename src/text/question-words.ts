import { foldCase } from './fold-case.js';
import { normalizeArabic } from './normalize-arabic.js';
import { stripInvisible } from './strip-invisible.js';

/*
 * Words a question starts with, written from general knowledge of the languages (not from any question set), in the
 * form the lookup compares: Arabic normalised (normalizeArabic: أ إ آ → ا, ة → ه, marks dropped), the others case-folded
 * (Russian ё → е). A question mark is the surer sign; these catch the questions people type without one.
 */

/** Modern Standard Arabic and the common dialects (Levantine, Gulf, Egyptian, Iraqi, Maghrebi). */
const ARABIC = [
  // MSA. Left out: "لم" (as a first word far more often the past negation, "لم يحدث") and "أي" (also "yes" in dialects).
  'هل', 'ما', 'ماذا', 'من', 'متي', 'اين', 'كيف', 'لماذا', 'لماذ', 'كم', 'ايهما', 'بكم', 'لمن', 'اليس', 'ايمكن',
  // Levantine and Gulf: what, why, where, when, how much, who.
  'شو', 'ايش', 'اش', 'وش', 'ليش', 'وين', 'لوين', 'منين', 'امتي', 'ايمتي', 'قديش', 'كديش', 'كيش', 'مين', 'شلون', 'شقد', 'ليه',
  // Egyptian: how, where, how many.
  'ازاي', 'فين', 'كام', 'ايه',
  // Iraqi and Maghrebi.
  'منو', 'شنو', 'شكد', 'اشكون', 'شكون', 'كيفاش', 'علاش', 'واش', 'فوقاش', 'اشنو', 'اشحال', 'شحال',
].map(normalizeArabic);

/** English: the wh-words and the auxiliaries that open yes/no questions ("do" is left out: it opens commands too). */
const ENGLISH = [
  'what', "what's", 'whats', 'who', "who's", 'whom', 'whose', 'when', "when's", 'where', "where's", 'why', "why's", 'how', "how's", 'which',
  'is', 'are', 'was', 'were', 'does', 'did', "didn't", "doesn't", "isn't", "aren't", "wasn't", "weren't",
  'can', 'could', 'should', 'would', 'has', 'have', "hasn't", "haven't", 'will', 'whether',
];

/** "Which": Arabic أي (normalised), English which/what, Russian какой in its forms. */
export const WHICH: ReadonlySet<string> = new Set(['اي', 'لاي', 'باي', 'which', 'what', 'какой', 'какая', 'какое', 'какие', 'каком', 'какого', 'какую', 'каких', 'какому', 'каким']);

/** Colloquial Russian "why" (разговорная речь): нафига/нафиг, нахрена/нахера, на кой (written as one word), пошто/почто. */
export const RUSSIAN_COLLOQUIAL_WHY: readonly string[] = ['нафига', 'нафиг', 'нахрена', 'нахера', 'накой', 'пошто', 'почто'];

/** Russian: interrogative pronouns and adverbs with their common case forms, and the particles that open questions. */
const RUSSIAN = [
  'что', 'чего', 'чему', 'чем', 'кто', 'кого', 'кому', 'кем', 'где', 'куда', 'откуда', 'когда', 'почему', 'зачем', 'отчего',
  'как', 'какой', 'какая', 'какое', 'какие', 'какого', 'какой', 'каком', 'каких', 'каким', 'какую', 'каков', 'каково',
  'который', 'которая', 'которое', 'которые', 'сколько', 'чей', 'чья', 'чьё', 'чье', 'чьи', 'разве', 'неужели', 'ли',
  // Chat spellings: скока/скоко/скок (сколько), чё/чо/шо (что), када/кагда (когда).
  'скока', 'скоко', 'скок', 'чё', 'че', 'чо', 'шо', 'када', 'кагда',
  ...RUSSIAN_COLLOQUIAL_WHY,
].map((w) => foldCase(w).replace(/ё/g, 'е'));

const QUESTION_WORDS = new Set([...ARABIC, ...ENGLISH, ...RUSSIAN]);

/** Arabic conjunctions glued to the next word ("وكيف", "فمتى"): tried off when the whole word is not a question word. */
const ARABIC_CONJUNCTIONS = ['و', 'ف'];

/** Question marks: ASCII, Arabic (U+061F), Greek question mark (U+037E), full-width (U+FF1F), reversed (U+2E2E). */
const QUESTION_MARKS = /[?\u061F\u037E\uFF1F\u2E2E]/u;

/** The first word of a text in the lookup's form, with leading punctuation and emoji skipped. */
function firstWord(text: string): string {
  const word = /[\p{L}\p{M}'’]+/u.exec(text)?.[0] ?? '';
  return normalizeArabic(foldCase(word.replace(/’/g, "'"))).replace(/ё/g, 'е');
}

/** Whether a word, in the lookup's form, asks (with an Arabic conjunction taken off when it helps). */
export function isQuestionWord(word: string): boolean {
  if (QUESTION_WORDS.has(word)) return true;
  return ARABIC_CONJUNCTIONS.some((c) => word.startsWith(c) && word.length > 2 && QUESTION_WORDS.has(word.slice(c.length)));
}

/**
 * Whether a message reads as a question: its last sign (letters, digits or a question mark; emoji, quotes, brackets
 * and other marks after it do not count) is a question mark (? or ؟), or it starts with a question word in Arabic
 * (standard or dialect), English or Russian. Invisible characters are ignored. "لم" and English "do" are not
 * counted as question words: they open statements and commands as often.
 */
export function looksLikeQuestion(text: string): boolean {
  const visible = stripInvisible(text).trim();
  if (!visible) return false;
  const lastSign = /[\p{L}\p{N}?\u061F\u037E\uFF1F\u2E2E](?=[^\p{L}\p{N}?\u061F\u037E\uFF1F\u2E2E]*$)/u.exec(visible)?.[0];
  if (lastSign !== undefined && QUESTION_MARKS.test(lastSign)) return true;
  return isQuestionWord(firstWord(visible));
}
