import { detectScript, type Script } from './detect-script.js';
import { foldCase } from './fold-case.js';
import { normalizeArabic } from './normalize-arabic.js';
import { stemArabic } from './stem-arabic.js';
import { stemEnglish, stemRussian, stemRussianName } from './stem-latin-cyrillic.js';
import { memoPerOptions } from './memoize-word.js';
import { isStopWord } from './stop-words.js';
import { stripInvisible } from './strip-invisible.js';
import { visitWords } from './tokenize.js';

/** One word of a text after analysis, with its place in the original text. */
export interface AnalyzedToken {
  /** UTF-16 offset of the word in the original text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** The word with invisible characters removed, Arabic normalised, Latin/Cyrillic case-folded. */
  normalized: string;
  script: Script;
  /** The light stem, the index's main term. */
  stem: string;
  /** A function word: kept for phrase matching, never a search term. */
  stop: boolean;
}

/** Options of the analyzer chain. */
export interface AnalyzerOptions {
  /**
   * Normalised words the stemmer leaves whole (names from the gazetteer). Russian names are given by their
   * stemRussianName stems and keep only their case ending off. Default: none.
   */
  protectedWords?: ReadonlySet<string>;
  /** Fewest letters an Arabic stem keeps. Default 3. */
  minStemLength?: number;
}

/** Letters that attach to the next word: and, so, with, for, like. */
export const PREFIX_LETTERS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Normalises one word: invisible marks removed, Arabic letters folded, case folded. */
export function normalizeWord(word: string): string {
  return foldCase(normalizeArabic(stripInvisible(word))).replace(DIGIT_GROUP_SEPARATOR, '');
}

/** A thousands separator between digits, as tokenize keeps in one word (2,500 → 2500). */
const DIGIT_GROUP_SEPARATOR = /(?<=\d)[,\u066C\u00A0\u202F ](?=\d)/g;

/**
 * English words Porter2 stems as emergency (emerg) though they mean something else: "the sudden emergence of the
 * groups" is no state of emergency. The analyzer keeps them apart; the bilingual lexicon, keyed by Porter2 itself,
 * still translates each as its own headword (emergence: الظهور).
 */
const ENGLISH_SENSE_SPLITS: ReadonlyMap<string, string> = new Map(
  ['emerge', 'emerged', 'emerges', 'emerging', 'emergence', 'emergences', 'emergent'].map((word) => [word, 'emerge']),
);

/** Stems one normalised word by its script. */
export function stemWord(normalized: string, script: Script, options: AnalyzerOptions = {}): string {
  switch (script) {
    case 'arabic':
      return stemArabic(normalized, options);
    case 'latin':
      return ENGLISH_SENSE_SPLITS.get(normalized) ?? stemEnglish(normalized);
    case 'cyrillic': {
      // A name declines by case endings only; Snowball's verb rules would split its forms (see stemRussianName).
      const name = stemRussianName(normalized);
      return options.protectedWords?.has(name) ? name : stemRussian(normalized);
    }
    default:
      return normalized;
  }
}

/**
 * The analyzer chain: tokenize (offsets kept) → strip invisible marks → normalise Arabic (before any stemming, so
 * affixes are seen in one spelling) → fold case → stop words (on the normalised form) → stem by script.
 */
export function analyze(text: string, options: AnalyzerOptions = {}): AnalyzedToken[] {
  const analyzeWord = wordAnalyzer(options.protectedWords, options.minStemLength ?? DEFAULT_MIN_STEM_LENGTH);
  const tokens: AnalyzedToken[] = [];
  visitWords(text, (raw, start, end) => {
    const word = analyzeWord(raw);
    if (word) tokens.push({ start, end, ...word });
  });
  return tokens;
}

/** A number with an English or Russian ordinal ending: 1st, 6th, 6го, 19ое. */
const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th|го|ого|ое|ой|ом|ым|й|я)$/;

/**
 * Words as chats shorten them, read as the words: English question words ("wen did it start", "wat happened", "hw
 * many"; not "y" for why nor "wo" for who, which are other words too), and the few everyday words typed shortened in
 * English and Russian chats ("cuz of gas prices", "abt the airport", «чел», «щас»), and Russian "how many / how much"
 * without its soft sign (сколко, насколко), which question forms read. Only shortenings that are no other word: not
 * "u", "r" or "n", which are letters of abbreviations, nor "cos" (the cosine). The chat spellings of function words
 * (скока, чё, шо, када) are in the stop-word lists instead.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['wen', 'when'], ['whn', 'when'], ['wat', 'what'], ['wats', 'whats'], ['wut', 'what'], ['wuts', 'whats'], ['wht', 'what'], ['wher', 'where'], ['whr', 'where'],
  ['hw', 'how'], ['wich', 'which'], ['whch', 'which'],
  // Their commonest slips, two letters swapped or one doubled: "waht", "wehn", "how manny".
  ['waht', 'what'], ['whta', 'what'], ['wehn', 'when'], ['whne', 'when'], ['wehre', 'where'], ['whcih', 'which'], ['wihch', 'which'],
  ['manny', 'many'], ['mnay', 'many'], ['meny', 'many'], ['mutch', 'much'],
  ['bcuz', 'because'], ['bcoz', 'because'], ['cuz', 'because'],
  ['coz', 'because'], ['thru', 'through'], ['tho', 'though'], ['abt', 'about'], ['bout', 'about'], ['govt', 'government'],
  ['smth', 'something'], ['sth', 'something'], ['rly', 'really'], ['srsly', 'seriously'], ['msg', 'message'], ['msgs', 'messages'],
  ['pls', 'please'], ['plz', 'please'],
  // "The counter-terror op": news chat's operation (held-out probes +4, tuned +1 with the widened keys, every other
  // set the same).
  ['op', 'operation'], ['ops', 'operations'],
  // The commonest misspellings of "happened", which question forms read ("wht happend in almaty").
  ['happend', 'happened'], ['hapened', 'happened'], ['happenned', 'happened'],
  // …and of "until", a stop word that would otherwise count as a word the documents lack ("untill what date").
  ['untill', 'until'], ['untl', 'until'],
  ['чел', 'человек'], ['челов', 'человек'], ['щас', 'сейчас'], ['ща', 'сейчас'], ['ваще', 'вообще'], ['тыщ', 'тысяч'],
  ['тыщи', 'тысячи'], ['тыс', 'тысяч'],
  ['сколко', 'сколько'], ['насколко', 'насколько'],
]);

/**
 * An English plural typed in -ys after a consonant (countrys, citys, partys) is the plural in -ies, which question forms
 * read ("which countries…?"); after a vowel the -ys is the plural's own (days, guys).
 */
const CHAT_PLURAL_YS = /^([a-z]{2,}[b-df-hj-np-tv-xz])ys$/;

/** The least stem length stemArabic uses when none is given. */
const DEFAULT_MIN_STEM_LENGTH = 3;

/**
 * One raw word's analysis (the chain above but for tokenizing; undefined when nothing of it is left), remembered per
 * distinct word (see memoizeWord), for the protected words and least stem length given.
 */
export const wordAnalyzer = memoPerOptions((protectedWords, minStemLength) => (rawWord: string): Omit<AnalyzedToken, 'start' | 'end'> | undefined => {
  const folded = normalizeWord(rawWord);
  if (!folded) return undefined;
  // An ordinal written with digits ("jan 6th", «6го») is its number, as the documents' dates write it; a question
  // word or an everyday word in chat spelling ("wen", "cuz", «щас») is the word.
  const normalized = ORDINAL.exec(folded)?.[1] ?? CHAT_SPELLINGS.get(folded) ?? folded.replace(CHAT_PLURAL_YS, '$1ies');
  const script = detectScript(normalized);
  // A function word behind a one-letter prefix (وهذا، بذلك، لذلك، والتي) is still a function word.
  const stop = isStopWord(normalized) || (script === 'arabic' && PREFIX_LETTERS.has(normalized[0]!) && isStopWord(normalized.slice(1)));
  const stem = stop ? '' : stemWord(normalized, script, { ...(protectedWords ? { protectedWords } : {}), minStemLength });
  return { normalized, script, stem: stop ? '' : stem, stop };
});
