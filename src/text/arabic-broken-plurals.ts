/*
 * Broken plurals and their singulars. Arabic forms most noun plurals by changing the word's pattern, not by a suffix
 * (سعر → أسعار، جندي → جنود، مطلب → مطالب، وزير → وزراء), so a light stemmer leaves the two forms apart: a question
 * about «سعر الغاز» misses «أسعار الغاز». The root joins them, but also every other word of the family (قتال، قتل،
 * قتلى), so it is a weak signal.
 *
 * Here a word is read as one of the common singular patterns and given the spellings of the plural patterns that
 * singular pattern takes, and the other way round. The pairs are the productive ones of the grammars (W. Wright,
 * "A Grammar of the Arabic Language", vol. I §§ 300–308; K. Ryding, "A Reference Grammar of Modern Standard Arabic",
 * 2005, ch. 7.5): فعل ↔ أفعال، فعول; فعيل ↔ فعلاء، فعلى، أفعلاء; فعيلة ↔ فعائل، فعل; فاعل ↔ فواعل، فعلاء;
 * فاعلة ↔ فواعل; مفعل، مفعلة ↔ مفاعل; مفعول، مفعال ↔ مفاعيل; فعال ↔ أفعلة; فعلل ↔ فعالل; إفعيل، أفعول ↔ أفاعيل;
 * تفعيل ↔ تفاعيل; فعلول ↔ فعاليل. Spellings are normalizeArabic's
 * (أ → ا، ة → ه، ى → ي، ئ → ء). Nothing checks that a spelling is a word: the caller keeps the ones its documents
 * contain. Patterns that read as other things too  are left out: أفعل (the elative أكبر), فعال as a plural of فعل
 * (mostly verbal nouns: قتال is not the plural of قتل), and فعّال as a plural of فاعل, which without its shadda is
 * written as such a verbal noun (جاهز "ready" → جهاز "device", قاتل → قتال; no set moved when it was left out).
 */

import { memoizeWord } from './memoize-word.js';

/** One pairing: a word written in one of `from`'s templates is given `to`'s. F, C, L, Q stand for root letters. */
interface PatternPair {
  from: readonly string[];
  to: readonly string[];
}

const SINGULAR_TO_PLURAL: readonly PatternPair[] = [
  { from: ['FCL'], to: ['اFCاL', 'FCوL'] },
  // The stemmer takes ة off (مدينة → مدين), so فعيل and فعيلة meet, as فاعل and فاعلة do.
  { from: ['FCيL'], to: ['FCLاء', 'FCLي', 'اFCLاء', 'FCاءL', 'FCL'] },
  { from: ['FاCL'], to: ['FواCL', 'FCLاء'] },
  { from: ['مFCL'], to: ['مFاCL'] },
  { from: ['مFCوL'], to: ['مFاCيL'] },
  { from: ['FCاL'], to: ['اFCLه'] },
  { from: ['FCLQ'], to: ['FCاLQ'] },
  // Plurals with a long vowel before the last radical: إقليم → أقاليم، تقرير → تقارير، أسبوع → أسابيع، مفتاح → مفاتيح،
  // صندوق → صناديق.
  { from: ['اFCيL', 'اFCوL'], to: ['اFاCيL'] },
  { from: ['تFCيL'], to: ['تFاCيL'] },
  { from: ['مFCاL'], to: ['مFاCيL'] },
  { from: ['FCLوQ'], to: ['FCاLيQ'] },
];

/**
 * Plural templates that are not read back to a singular: most words written فعال are verbal nouns (قتال is no plural
 * of قاتل), and a three-letter word is read as the singular فعل.
 */
const NOT_READ_AS_PLURAL = new Set(['FCاL', 'FCL']);

/** Both directions: a plural's templates lead back to its singular's. */
const PAIRS: readonly PatternPair[] = [
  ...SINGULAR_TO_PLURAL,
  ...SINGULAR_TO_PLURAL.map(({ from, to }) => ({ from: to.filter((t) => !NOT_READ_AS_PLURAL.has(t)), to: from })),
];

const RADICALS = ['F', 'C', 'L', 'Q'] as const;

/** A template as a regular expression capturing its root letters in order, and the letters it names. */
function compile(template: string): { pattern: RegExp; radicals: string[] } {
  const radicals: string[] = [];
  const source = [...template].map((ch) => {
    if ((RADICALS as readonly string[]).includes(ch)) {
      radicals.push(ch);
      return '(.)';
    }
    return ch;
  }).join('');
  return { pattern: new RegExp(`^${source}$`, 'u'), radicals };
}

const COMPILED = PAIRS.map(({ from, to }) => ({ from: from.map(compile), to }));

/** Writes a template with the given root letters. */
function fill(template: string, letters: ReadonlyMap<string, string>): string {
  return [...template].map((ch) => letters.get(ch) ?? ch).join('');
}

/**
 * The root letters as given, and with a hamza radical on its other normalised seat. normalizeArabic writes a hamza on
 * alef as ا (رأس → راس) but one on waw or yeh as ء (رؤوس → رءوس، رئيس → رءيس), and which seat a hamza takes depends on
 * the vowels around it, which change with the pattern: رأس ↔ رؤوس، بئر ↔ آبار، سؤال ↔ أسئلة.
 */
function withHamzaSeats(letters: ReadonlyMap<string, string>): ReadonlyMap<string, string>[] {
  const out: ReadonlyMap<string, string>[] = [letters];
  for (const [radical, letter] of letters) {
    if (letter !== 'ء' && letter !== 'ا') continue;
    out.push(new Map([...letters].map(([r, l]) => [r, r === radical ? (letter === 'ء' ? 'ا' : 'ء') : l])));
  }
  return out;
}

/**
 * The other-number spellings of a normalised Arabic word without article or clitics (a light stem): its plurals if it
 * reads as a singular pattern, its singulars if it reads as a plural, each once, without the word itself. Remembered
 * per word (questions repeat their words).
 */
export const numberCounterparts = memoizeWord(counterpartsOf, 8192);

function counterpartsOf(word: string): string[] {
  const out: string[] = [];
  // A word opening with ي is an imperfect verb (يعيد is not فعيل).
  if (word.length < 3 || word.length > 7 || word.startsWith('ي')) return out;
  for (const { from, to } of COMPILED) {
    for (const { pattern, radicals } of from) {
      const m = pattern.exec(word);
      if (!m) continue;
      const letters = new Map(radicals.map((r, k) => [r, m[k + 1]!]));
      // A long alef in a root slot means the word is some other pattern (كتاب is not فعلل).
      if ([...letters.values()].includes('ا') && radicals.length === 4) continue;
      // A weak last letter of three (صفى، رمى) ends a defective verb, or a noun whose plural turns it into a hamza
      // (رأي → آراء): written «أصفاي» the plural is no word, and cut short it met «واصفا» (describing).
      if (radicals.length === 3 && word.length === 3 && (letters.get('L') === 'ي' || letters.get('L') === 'و')) continue;
      for (const spelled of withHamzaSeats(letters)) {
        for (const template of to) {
          const form = fill(template, spelled);
          if (form !== word && !out.includes(form)) out.push(form);
        }
      }
    }
  }
  return out;
}
