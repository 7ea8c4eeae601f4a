import { COLLOQUIAL_QUESTION_PHRASES, lookupColloquial, type Asks, type ColloquialWord, type Dialect } from './colloquial-words.js';
import { normalizeArabic } from './normalize-arabic.js';
import { isStopWord } from './stop-words.js';

/** What one word says when read as colloquial Arabic (frozen: readings are shared between calls). */
export interface ColloquialReading {
  /** The word, normalised. */
  readonly word: string;
  /** The dialects whose lists hold the word (or the word behind و/ف, an article or a verb ending). */
  readonly dialects: readonly Dialect[];
  /** A function word of a dialect, an interrogative (dialect or MSA), or an MSA stop word. */
  readonly functionWord: boolean;
  /** A function word that is not also a common MSA content word (دول "countries", قوي "strong"): safe to drop. */
  readonly stop: boolean;
  /** What the word asks for, if it is an interrogative. */
  readonly asks?: Asks;
  /** The word is also a common non-interrogative (من "from", ما "not", ليه "to him"): trust `asks` only in context. */
  readonly asksAmbiguous: boolean;
  /**
   * Candidate MSA readings, best first, normalised; `readings[0]` is always the word itself. A reading of several
   * words is space-separated (عالحدود → "علي الحدود"). Take the first one the index knows: later ones are guesses.
   */
  readonly readings: readonly string[];
}

/** What comes before the word, when the caller knows it. */
export interface ReadingContext {
  /** The previous word, normalised: after a separate ما the ending ش is the negation's (ما قالوش). */
  previous?: string;
}

/** Letters after normalizeArabic, and the Persian letters Gulf, Iraqi and Maghrebi writers use (گ چ ڤ پ ژ). */
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A4\u06AF]+$/;
/** Longer than any Arabic word with its clitics: read as it stands. */
const LONGEST_WORD = 24;
const MOST_READINGS = 24;
/** Fewest letters a stem keeps after a rule removes letters. */
const MIN_STEM = 3;

// ---------------------------------------------------------------------------------------------------------------
// Verbal prefixes

/** The person prefixes of the imperfect that the dialects' verbal prefixes stand before. */
const IMPERFECT_PERSON = new Set(['ي', 'ت', 'ن']);
/**
 * Imperfects too short for the length rule: of two-letter stems (come, give), and of the verbs whose first root letter
 * و drops there (وقف → يقف "stands", وصل → يصل, وقع، وجد، وضع، وعد، ولد; Wright §§ 142–143): «هتقف معاه» is «تقف».
 */
const SHORT_IMPERFECTS = new Set([
  'يجي', 'تجي', 'نجي', 'يدي', 'تدي', 'ندي',
  ...['قف', 'صل', 'قع', 'جد', 'ضع', 'عد', 'لد'].flatMap((stem) => ['ي', 'ت', 'ن'].map((person) => person + stem)),
]);

/** Whether what is left after a verbal prefix looks like an imperfect: a person prefix and at least three more letters. */
function isImperfect(rest: string): boolean {
  if (SHORT_IMPERFECTS.has(rest)) return true;
  return rest.length >= 4 && IMPERFECT_PERSON.has(rest[0]!) && !rest.endsWith('ات');
}

/** Egyptian, Levantine and Gulf بـ before an imperfect (progressive, or Gulf future): بيقول → يقول, بنروح → نروح. */
export function stripProgressiveBa(word: string): string[] {
  return word.startsWith('ب') && isImperfect(word.slice(1)) ? [word.slice(1)] : [];
}

/** Egyptian and Levantine future حـ (CODA) or هـ (chat spelling) before an imperfect: حيعمل → يعمل, هتقول → تقول. */
export function stripFuturePrefix(word: string): string[] {
  return (word.startsWith('ح') || word.startsWith('ه')) && isImperfect(word.slice(1)) ? [word.slice(1)] : [];
}

/** Moroccan present كـ / كا / تا (and تـ before يـ): كيقول, كايقول, تيقول → يقول. */
export function stripMaghrebiPresent(word: string): string[] {
  if ((word.startsWith('كا') || word.startsWith('تا')) && isImperfect(word.slice(2))) return [word.slice(2)];
  // كتـ + ا is كتاب, كتابة: the present كتاكل is left to the letters' own reading.
  if (word.startsWith('ك') && !word.startsWith('كتا') && isImperfect(word.slice(1))) return [word.slice(1)];
  if (word.startsWith('تي') && isImperfect(word.slice(1))) return [word.slice(1)];
  return [];
}

/** Moroccan future غا / غـ (short for غادي) before an imperfect: غايمشي, غنمشي → نمشي. */
export function stripMaghrebiFuture(word: string): string[] {
  if (word.startsWith('غا') && isImperfect(word.slice(2))) return [word.slice(2)];
  return word.startsWith('غ') && isImperfect(word.slice(1)) ? [word.slice(1)] : [];
}

/** Iraqi progressive دـ (short for دا) before an imperfect: ديكتب → يكتب. */
export function stripIraqiProgressive(word: string): string[] {
  return word.startsWith('د') && isImperfect(word.slice(1)) ? [word.slice(1)] : [];
}

/** Subject endings a dialect passive may carry: -at, -ū (with or without its alef), -t (I, you). */
const PASSIVE_ENDINGS = ['وا', 'و', 'ت', ''];

/**
 * Egyptian اتـ and Levantine / Gulf انـ passives: of three-letter verbs (اتقتل / انقتل → قتل, اتكلم → تكلم) and of
 * Form III فاعل (انهاجم → هاجم), with a subject ending kept off the reading (انهاجمت → هاجم, اتقتلوا → قتل). A word
 * ending in ـات is a plural noun (انتخابات، اتصالات).
 */
export function stripPassivePrefix(word: string): string[] {
  if (!(word.startsWith('ات') || word.startsWith('ان')) || word.endsWith('ات')) return [];
  for (const ending of PASSIVE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(2, word.length - ending.length);
    const formThree = stem.length === 4 && stem[1] === 'ا';
    if (stem.length !== 3 && !formThree) continue;
    return word.startsWith('ات') && !formThree ? [stem, `ت${stem}`] : [stem];
  }
  return [];
}

/**
 * The imperfect of a listed Egyptian or Levantine اتـ verb read as that verb: يتخانقوا (بيتخانقوا, they fight) is the
 * listed اتخانق. Only listed ones: an MSA imperfect of تفاعل (يتقاتل، يتعاون) is no passive.
 */
export function passiveOfImperfect(word: string): string[] {
  if (word.length < 5 || !IMPERFECT_PERSON.has(word[0]!) || word[1] !== 'ت') return [];
  const past = `ات${word.slice(2)}`;
  // Listed as the bare verb, without the subject's ending (اتخانقوا → اتخانق).
  const stems = PASSIVE_ENDINGS.map((ending) => (past.endsWith(ending) ? past.slice(0, past.length - ending.length) : '')).filter(Boolean);
  return stems.some((form) => lookupColloquial(form)) ? [past] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Negation

/** Two-letter stems a negation may hold (ماخدش، مجاش): verbs of the lists only. */
function isShortVerb(stem: string): boolean {
  return stem.length === 2 && (lookupColloquial(stem)?.classes.includes('verb') ?? false);
}

/**
 * The negation circumfix ما…ش / مـ…ش: ماقالوش → قالو, مبيعرفش → بيعرف, ماعندهمش → عندهم. The ش is removed only
 * inside the circumfix, never alone (جيش، عيش، نقاش keep it).
 */
export function stripNegationCircumfix(word: string): string[] {
  if (word.length < 4 || !word.endsWith('ش')) return [];
  const inner = word.startsWith('ما') ? word.slice(2, -1) : word.startsWith('م') ? word.slice(1, -1) : '';
  return inner.length >= MIN_STEM || isShortVerb(inner) ? [inner] : [];
}

/** The ending ش after a separate negation (ما قالوش): قالوش → قالو. */
export function stripNegationSuffix(word: string): string[] {
  const stem = word.slice(0, -1);
  return word.endsWith('ش') && (stem.length >= MIN_STEM || isShortVerb(stem)) ? [stem] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Prepositions and the demonstrative

/** Levantine and Egyptian عـ for على before the article: عالحدود → على الحدود (the عالم family excepted). */
export function splitAlaArticle(word: string): string[] {
  return word.startsWith('عال') && !word.startsWith('عالم') && word.length - 3 >= MIN_STEM ? [`علي ال${word.slice(3)}`] : [];
}

/** Levantine عـ for على before a word without the article: عبيروت → على بيروت (four letters left at least). */
export function splitAlaPrefix(word: string): string[] {
  return word.startsWith('ع') && !word.startsWith('عال') && word.length - 1 >= 4 ? [`علي ${word.slice(1)}`] : [];
}

/** Maghrebi فـ for في: فالدار → في الدار, فمراكش → في مراكش. */
export function splitFiPrefix(word: string): string[] {
  if (word.startsWith('فال')) return word.length - 3 >= MIN_STEM ? [`في ال${word.slice(3)}`] : [];
  return word.startsWith('ف') && word.length - 1 >= 4 ? [`في ${word.slice(1)}`] : [];
}

/**
 * The demonstrative prefix هالـ ("this"): هالقرار → القرار, هالشي → الشي; behind a preposition or و too, as the
 * article is: لهالهجمات → للهجمات, بهالوقت → بالوقت.
 */
export function stripDemonstrativeHal(word: string): string[] {
  const at = word.indexOf('هال');
  if ((at !== 0 && !(at === 1 && 'وفبلك'.includes(word[0]!))) || word.length - at - 3 < 2) return [];
  const rest = word.slice(at + 3);
  return [at === 0 ? `ال${rest}` : word[0] === 'ل' ? `لل${rest}` : `${word[0]}ال${rest}`];
}

// ---------------------------------------------------------------------------------------------------------------
// Endings

function swapEnding(word: string, ending: string, replacement: string, minStem = MIN_STEM): string[] {
  return word.endsWith(ending) && word.length - ending.length >= minStem ? [word.slice(0, -ending.length) + replacement] : [];
}

/**
 * Attached pronouns where the dialects write them otherwise than MSA: Egyptian and Levantine ـو "his" (بيتو → بيته),
 * ـكو "your" (عندكو → عندكم), Levantine ـكن / ـهن (and ـن "their" on a verb), Gulf and Iraqi ـج "your" (feminine,
 * عندج → عندك), Egyptian ـكي (عندكي → عندك).
 */
export function mapDialectPronounSuffix(word: string, verbSign = false): string[] {
  return [
    ...swapEnding(word, 'كو', 'كم'),
    ...swapEnding(word, 'كن', 'كم'),
    ...swapEnding(word, 'هن', 'هم'),
    ...swapEnding(word, 'ج', 'ك'),
    ...swapEnding(word, 'چ', 'ك'),
    ...swapEnding(word, 'كي', 'ك'),
    ...(word.endsWith('وا') ? [] : swapEnding(word, 'و', 'ه')),
    // ـن "them" on a verb (Lebanese شفتن), not the plural and dual endings ـون / ـين / ـان.
    ...(verbSign && /[^وياهك]ن$/u.test(word) ? swapEnding(word, 'ن', 'هم') : []),
  ];
}

/** Whether a stem is a verb of the lists (شاف) or a hollow perfect (قال، كان، راح). */
function looksLikePerfect(stem: string): boolean {
  if (stem.length === 3 && stem[1] === 'ا' && stem[2] !== 'ي') return true;
  return lookupColloquial(stem)?.classes.includes('verb') ?? false;
}

/**
 * The verb plural ending ـو for MSA ـوا (ـون on an imperfect), only on a word that carries another verb sign: a
 * verbal prefix or negation already read, an imperfect prefix, or a perfect stem: قالو → قالوا, يقولو → يقولون.
 */
export function mapVerbPluralWaw(word: string, verbSign = false): string[] {
  if (!word.endsWith('و') || word.endsWith('وو') || word.length < 4) return [];
  const stem = word.slice(0, -1);
  const imperfect = IMPERFECT_PERSON.has(word[0]!) && word.length >= 5;
  if (!verbSign && !imperfect && !looksLikePerfect(stem)) return [];
  return imperfect ? [`${word}ا`, `${stem}ون`] : [`${word}ا`];
}

/** Indirect-object endings joined to the verb (Egyptian, Levantine): قلتلو → قلت له. Only on a word known to be a verb. */
const DATIVES: ReadonlyArray<readonly [string, string]> = [
  ['لهم', 'لهم'], ['لكم', 'لكم'], ['لكو', 'لكم'], ['لهن', 'لهم'], ['لها', 'لها'], ['لنا', 'لنا'], ['لكي', 'لك'],
  ['لو', 'له'], ['له', 'له'], ['لي', 'لي'], ['لك', 'لك'],
];

/**
 * قلتلو → "قلت له", يقوللي → "يقول لي"; only with a verb sign (from a verbal prefix or the negation), and only where
 * the ل cannot be the verb's own last letter: after a person ending ت, after another ل, or on a four-letter stem
 * (يقولو is يقولوا, not يقو له).
 */
export function splitDativeSuffix(word: string, verbSign = false): string[] {
  if (!verbSign) return [];
  for (const [ending, msa] of DATIVES) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 4 || (stem.length === 3 && /[تل]$/u.test(stem))) return [`${stem} ${msa}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Spelling

/** Chat elongation: a letter typed three or more times is one (كتيييير → كتير). */
export function collapseRepeatedLetters(word: string): string[] {
  const collapsed = word.replace(/(.)\1{2,}/gu, '$1');
  return collapsed !== word ? [collapsed] : [];
}

/** ض and ظ, which most dialects pronounce alike, each swapped in turn (ضل → ظل, الظبط → الضبط). */
export function swapDadZah(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length && out.length < 3; i++) {
    const c = word[i];
    if (c === 'ض' || c === 'ظ') out.push(word.slice(0, i) + (c === 'ض' ? 'ظ' : 'ض') + word.slice(i + 1));
  }
  return out;
}

/** Interdentals as most dialects pronounce them (ث as ت or س, ذ as د or ز, ظ as ز): تلج → ثلج, دهب → ذهب. */
const INTERDENTALS: Readonly<Record<string, readonly string[]>> = { ت: ['ث'], د: ['ذ'], س: ['ث'], ز: ['ذ', 'ظ'] };

/** One interdental restored at a time (at most six variants): كتير → كثير, اكتر → اكثر, التورة → الثوره. */
export function restoreInterdental(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length && out.length < 6; i++) {
    for (const letter of INTERDENTALS[word[i]!] ?? []) out.push(word.slice(0, i) + letter + word.slice(i + 1));
  }
  return out;
}

/** The word without its article, and the article (ال or nothing). */
function splitArticle(word: string): [string, string] {
  return word.startsWith('ال') && word.length > 4 ? ['ال', word.slice(2)] : ['', word];
}

/**
 * Hamzas left out or written as their seat's vowel (normalised, a hamza is ء): مسوول → مسءول (مسؤول), ريس → رءيس
 * (رئيس), هيه → هيءه (هيئة), طايرة → طاءره (طائرة), سوال → سءال (سؤال), وزرا → وزراء, شي / بطي → شيء / بطيء,
 * بدت → بدات (بدأت).
 */
export function restoreHamza(word: string): string[] {
  const [article, stem] = splitArticle(word);
  const out: string[] = [];
  const add = (s: string) => out.push(article + s);
  if (stem.length === 3 && stem.endsWith('يه')) add(`${stem[0]}يءه`); // هيه → هيءه
  if (stem.includes('وو')) add(stem.replace('وو', 'ءو'));
  if (stem.includes('يو')) add(stem.replace('يو', 'ءو'));
  if (stem.includes('يي')) add(stem.replace('يي', 'ءي'));
  // A medial ي after ا is a seated hamza: طايرة، دايما، نايب.
  const ay = stem.indexOf('اي', 1);
  if (ay > 0 && ay + 2 < stem.length) add(`${stem.slice(0, ay)}اء${stem.slice(ay + 2)}`);
  // A و after the first letter: سوال، موتمر، روية.
  if (stem.length >= 4 && stem[1] === 'و') add(`${stem[0]}ء${stem.slice(2)}`);
  if (stem.length === 3 && stem[1] === 'ي' && stem[2] !== 'ه') {
    add(`${stem[0]}ءي${stem[2]}`); // ريس → رءيس
    add(`${stem[0]}ء${stem[2]}`); // بير → بءر
  }
  if (stem.length >= 3 && stem.endsWith('ا') && !stem.endsWith('ءا') && !stem.endsWith('وا')) add(`${stem}ء`); // وزرا → وزراء
  if (stem.length >= 2 && stem.length <= 4 && stem.endsWith('ي')) add(stem.endsWith('اي') ? `${stem.slice(0, -1)}ء` : `${stem}ء`);
  // A verb's final hamza left out before the feminine ت: بدت → بدأت, نشت → نشأت, لجت → لجأت.
  if (!article && stem.length === 3 && stem.endsWith('ت')) add(`${stem.slice(0, 2)}ات`);
  return out;
}

/** ا and ى (normalised ي) confused at the end of a word: مستشفا → مستشفي, دعي → دعا. */
export function swapFinalAlefYa(word: string): string[] {
  if (word.length < 3 || word.endsWith('وا')) return [];
  if (word.endsWith('ا')) return [`${word.slice(0, -1)}ي`];
  if (word.endsWith('ي')) return [`${word.slice(0, -1)}ا`];
  return [];
}

/** Persian letters for sounds MSA spells otherwise: گ → ق or ك, چ → ك or ج, ڤ → ف, پ → ب, ژ → ج (گال → قال, چذي → كذي). */
const PERSIAN_LETTERS: Readonly<Record<string, readonly [string, string]>> = {
  'گ': ['ق', 'ك'],
  'چ': ['ك', 'ج'],
  'ڤ': ['ف', 'ف'],
  'پ': ['ب', 'ب'],
  'ژ': ['ج', 'ز'],
};
const PERSIAN = /[گچڤپژ]/gu;

export function foldPersianLetters(word: string): string[] {
  if (!/[گچڤپژ]/u.test(word)) return [];
  const first = word.replace(PERSIAN, (c) => PERSIAN_LETTERS[c]![0]);
  const second = word.replace(PERSIAN, (c) => PERSIAN_LETTERS[c]![1]);
  return first === second ? [first] : [first, second];
}

// ---------------------------------------------------------------------------------------------------------------
// The lists, through و/ف, the article and verb endings

/** A listed word found for a written form, and how. */
interface Found {
  word: ColloquialWord;
  /** Found behind ش "what" (شصار), which is also a plain initial letter. */
  uncertain: boolean;
  /** Found behind the article: its single-word MSA readings take the article too. */
  article: string;
}

/** ل or ب + a question word that is most often something else: لكم "for you", لما "when". */
const NOT_PREFIXED_QUESTIONS = new Set(['لكم', 'لما', 'بما']);
const ARTICLE = /^([وف]?(?:[بكل]?ال|لل))(..+)$/;
const NOUNISH = new Set(['noun', 'number', 'time', 'quantity']);

const SUBJECT_ENDINGS = ['توا', 'تو', 'تي', 'تم', 'نا', 'وا', 'ون', 'ين', 'و', 'ي', 'ت'];

/**
 * A verb of the lists the stem may be a form of: itself, تشوف → يشوف, شف(ت) → شاف, لق(يت) → لقي, بق(وا) → بقي,
 * يبغ(ون) → يبغى.
 */
function listedVerbOfStem(stem: string): ColloquialWord | undefined {
  const candidates =
    stem.length === 2
      ? [stem, `${stem[0]}ا${stem[1]}`, `${stem}ي`, `${stem}ا`]
      : stem.length >= 3 && (IMPERFECT_PERSON.has(stem[0]!) || stem[0] === 'ا')
        // A weak last letter drops before the plural ending: يبغون is يبغى + ون.
        ? [stem, `ي${stem.slice(1)}`, `${stem}ي`, `ي${stem.slice(1)}ي`]
        : [stem];
  for (const c of candidates) {
    const word = lookupColloquial(c);
    if (word?.role === 'msa' && word.classes.includes('verb')) return word;
  }
  return undefined;
}

/** Fewest letters before a Maghrebi feminine ending ات that is read as a verb's (see listedVerbOf). */
const MAGHREBI_FEMININE_STEM = 4;

/** The listed verb a conjugated form belongs to: شافت → شاف, تشوف → يشوف, شفت → شاف, لقيت → لقي, بقوا → بقي. */
function listedVerbOf(form: string): ColloquialWord | undefined {
  const own = listedVerbOfStem(form);
  if (own) return own;
  for (const ending of SUBJECT_ENDINGS) {
    if (form.endsWith(ending) && form.length - ending.length >= 2) {
      const stem = form.slice(0, -ending.length);
      const verb = listedVerbOfStem(stem);
      if (verb) return verb;
      // A verb whose last letter is weak writes it ا before the plural و (Maghrebi ولاو، مشاو: ولّى، مشى "became, went").
      const weak = (ending === 'و' || ending === 'وا') && stem.length >= 3 && stem.endsWith('ا') ? lookupColloquial(`${stem.slice(0, -1)}ي`) : undefined;
      if (weak?.role === 'msa' && weak.classes.includes('verb')) return weak;
    }
  }
  // Maghrebi "she/it did" ends in ات (صيفطات "it sent"); only after four letters, where no MSA plural of a listed
  // verb's shape stands (خدمات is "services", not خدم "worked").
  if (form.endsWith('ات') && form.length - 2 >= MAGHREBI_FEMININE_STEM) return listedVerbOfStem(form.slice(0, -2));
  return undefined;
}

function findListed(form: string): Found | undefined {
  const exact = lookupColloquial(form);
  if (exact) return { word: exact, uncertain: false, article: '' };
  // و / ف "and, so" before any listed word (a function word keeps three letters: فهم is not ف + هم).
  if ((form[0] === 'و' || form[0] === 'ف') && form.length >= 3) {
    const rest = lookupColloquial(form.slice(1));
    if (rest && (rest.role === 'question' || form.length - 1 >= MIN_STEM)) return { word: rest, uncertain: false, article: '' };
  }
  // ب / ل "with, for" (after an optional و / ف) before a question word: بكم، لمن، ولماذا، وبشو.
  const bare = form[0] === 'و' || form[0] === 'ف' ? form.slice(1) : form;
  if ((bare[0] === 'ب' || bare[0] === 'ل') && bare.length >= 3 && !NOT_PREFIXED_QUESTIONS.has(bare)) {
    const rest = lookupColloquial(bare.slice(1));
    if (rest?.role === 'question') return { word: rest, uncertain: false, article: '' };
  }
  const article = ARTICLE.exec(form);
  if (article) {
    const noun = lookupColloquial(article[2]!);
    if (noun?.role === 'msa' && noun.classes.some((c) => NOUNISH.has(c))) return { word: noun, uncertain: false, article: 'ال' };
  }
  const verb = listedVerbOf(form);
  return verb ? { word: verb, uncertain: false, article: '' } : undefined;
}

/** The MSA readings of a listed word, with the article where it was found behind one. */
function readingsOf(found: Found): string[] {
  return found.word.msa.map((r) => (found.article && !r.includes(' ') && !r.startsWith('ال') ? found.article + r : r));
}

// ---------------------------------------------------------------------------------------------------------------
// The reader

interface Rule {
  name: string;
  apply: (word: string, verbSign: boolean) => string[];
  /** The rule reads a verb: what it leaves is a verb. */
  marksVerb: boolean;
  /** 1: dialect morphology that MSA words rarely look like; 2: readings that often fit MSA words too. */
  tier: 1 | 2;
}

/** Dialect morphology, most telling first. */
const MORPHOLOGY: readonly Rule[] = [
  { name: 'negation', apply: stripNegationCircumfix, marksVerb: true, tier: 1 },
  { name: 'progressive', apply: stripProgressiveBa, marksVerb: true, tier: 1 },
  { name: 'future', apply: stripFuturePrefix, marksVerb: true, tier: 1 },
  { name: 'demonstrative', apply: stripDemonstrativeHal, marksVerb: false, tier: 1 },
  { name: 'dative', apply: splitDativeSuffix, marksVerb: false, tier: 1 },
  { name: 'verb plural', apply: mapVerbPluralWaw, marksVerb: true, tier: 1 },
  { name: 'ala + article', apply: splitAlaArticle, marksVerb: false, tier: 1 },
  { name: 'ala', apply: splitAlaPrefix, marksVerb: false, tier: 2 },
  { name: 'fi', apply: splitFiPrefix, marksVerb: false, tier: 2 },
  { name: 'maghrebi present', apply: stripMaghrebiPresent, marksVerb: true, tier: 2 },
  { name: 'maghrebi future', apply: stripMaghrebiFuture, marksVerb: true, tier: 2 },
  { name: 'iraqi progressive', apply: stripIraqiProgressive, marksVerb: true, tier: 2 },
  { name: 'passive', apply: stripPassivePrefix, marksVerb: true, tier: 2 },
  { name: 'passive imperfect', apply: passiveOfImperfect, marksVerb: true, tier: 1 },
  { name: 'pronoun', apply: mapDialectPronounSuffix, marksVerb: false, tier: 2 },
];

/** Spelling habits, tried on the word and on what the morphology leaves. */
const SPELLING: ReadonlyArray<(word: string) => string[]> = [swapDadZah, restoreHamza, swapFinalAlefYa, restoreInterdental];

/** How many rules may apply one after another (مبيعرفوش: negation, progressive, plural). */
const DEPTH = 3;

interface Candidate {
  text: string;
  verbSign: boolean;
  tier: number;
  depth: number;
}

/** Readings collected with a tier each; the list is ordered by tier, then by when each was found. */
class Readings {
  private readonly byText = new Map<string, number>();
  add(text: string, tier: number): void {
    const known = this.byText.get(text);
    if (known === undefined || tier < known) this.byText.set(text, tier);
  }
  has(text: string): boolean {
    return this.byText.has(text);
  }
  list(): string[] {
    return [...this.byText].sort((a, b) => a[1] - b[1]).map(([text]) => text).slice(0, MOST_READINGS);
  }
}

function plain(word: string, functionWord: boolean): ColloquialReading {
  return { word, dialects: [], functionWord, stop: functionWord, asksAmbiguous: false, readings: word ? [word] : [] };
}

/** What a listed word says about the word it was found for. */
function describe(word: string, found: Found): ColloquialReading {
  const { role, homograph } = found.word;
  const functionWord = role !== 'msa';
  return {
    word,
    dialects: found.word.dialects,
    functionWord,
    stop: functionWord && homograph !== 'content',
    ...(found.word.asks && { asks: found.word.asks }),
    asksAmbiguous: role === 'question' && (homograph !== undefined || found.uncertain),
    readings: [],
  };
}

/**
 * Reads one normalised word as colloquial Arabic: whether it is a function word (to drop from search), what it asks
 * for if it is an interrogative (dialect or MSA, also behind و/ف/ب/ل: وكم، فمتى، بكم، لمن), and its MSA readings,
 * best first, starting with the word itself. Never throws; input that is not one Arabic word is read as it stands.
 */
export function readColloquial(word: string, context: ReadingContext = {}): ColloquialReading {
  // Text far longer than a word is not kept (hostile input would fill the memory).
  if (word.length > MEMO_KEY_LENGTH || (context.previous?.length ?? 0) > MEMO_KEY_LENGTH) return deepFreeze(read(word, context));
  // Kept by the word itself, and after a previous word by that word first: a key made by joining the two was a new
  // string to hash at every call, and a question's analysis reads each of its words many times.
  const { previous } = context;
  if (previous === undefined) {
    const known = memo.get(word);
    if (known) return known;
    if (memo.size >= MEMO_SIZE) memo.clear();
    const reading = deepFreeze(read(word, context));
    memo.set(word, reading);
    return reading;
  }
  let after = memoAfter.get(previous);
  const known = after?.get(word);
  if (known) return known;
  if (readingsAfter >= MEMO_SIZE) {
    memoAfter.clear();
    readingsAfter = 0;
    after = undefined;
  }
  if (!after) memoAfter.set(previous, (after = new Map()));
  const reading = deepFreeze(read(word, context));
  after.set(word, reading);
  readingsAfter++;
  return reading;
}

/** Readings of recent words (a chat's vocabulary repeats): cleared whole when full. */
const memo = new Map<string, ColloquialReading>();
/** Readings of recent words after a previous word, by that word, and how many (all cleared when MEMO_SIZE). */
const memoAfter = new Map<string, Map<string, ColloquialReading>>();
let readingsAfter = 0;
const MEMO_SIZE = 20_000;
const MEMO_KEY_LENGTH = 64;

function deepFreeze(reading: ColloquialReading): ColloquialReading {
  Object.freeze(reading.readings);
  Object.freeze(reading.dialects);
  return Object.freeze(reading);
}

function read(word: string, context: ReadingContext): ColloquialReading {
  const w = normalizeArabic(word);
  if (!ARABIC_WORD.test(w) || w.length > LONGEST_WORD) return plain(w, false);
  const readings = new Readings();
  readings.add(w, 0);
  // Chat elongation and Persian letters are spelling, not morphology: the word is looked up without them.
  const roots = [w];
  for (const r of [...collapseRepeatedLetters(w), ...foldPersianLetters(w)]) roots.push(r, ...foldPersianLetters(r));
  for (const r of roots) readings.add(r, 0);

  // A listed word is read as listed (its MSA counterparts), an MSA function word as it stands.
  for (const r of roots) {
    const found = findListed(r);
    if (!found) continue;
    for (const msa of readingsOf(found)) readings.add(msa, 0);
    return { ...describe(w, found), readings: readings.list() };
  }
  if (roots.some(isStopWord)) return plain(w, true);

  const start: Candidate[] = roots.map((text) => ({ text, verbSign: false, tier: 0, depth: 0 }));
  // After a separate ما, the ending ش is the negation's (ما قالوش).
  if ((context.previous === 'ما' || context.previous === 'م') && w.length >= 3) {
    for (const text of stripNegationSuffix(w)) start.push({ text, verbSign: true, tier: 1, depth: 1 });
  }
  const { candidates, negated } = readMorphology(start, readings);
  addRespellings(candidates, readings);

  const base = plain(w, false);
  // A negated function word (ماعندهمش → عندهم) is a function word too.
  if (negated && negated.role !== 'msa') {
    return { ...base, dialects: negated.dialects, functionWord: true, stop: negated.homograph !== 'content', readings: readings.list() };
  }
  const what = whatPrefix(w);
  if (what) {
    for (const msa of readingsOf(what)) readings.add(msa, 1);
    return { ...base, dialects: what.word.dialects, asks: 'what', asksAmbiguous: true, readings: readings.list() };
  }
  return { ...base, readings: readings.list() };
}

/**
 * Applies the dialect morphology breadth first (up to DEPTH rules one after another), adding each reading with its
 * listed MSA counterparts. Returns every candidate met, and the listed word the negation circumfix held, if any.
 */
function readMorphology(start: readonly Candidate[], readings: Readings): { candidates: Candidate[]; negated?: ColloquialWord } {
  const queue = [...start];
  const queued = new Set(queue.map((c) => c.text));
  let negated: ColloquialWord | undefined;
  for (let i = 0; i < queue.length; i++) {
    const c = queue[i]!;
    if (c.tier > 0) {
      readings.add(c.text, c.tier);
      const found = c.text.includes(' ') ? undefined : findListed(c.text);
      if (found) for (const msa of readingsOf(found)) readings.add(msa, c.tier);
    }
    if (c.depth >= DEPTH || c.text.includes(' ')) continue;
    for (const rule of MORPHOLOGY) {
      for (const text of rule.apply(c.text, c.verbSign)) {
        if (readings.has(text) || queued.has(text)) continue;
        queued.add(text);
        queue.push({ text, verbSign: c.verbSign || rule.marksVerb, tier: Math.max(c.tier, rule.tier), depth: c.depth + 1 });
        if (rule.name === 'negation' && c.depth === 0) negated ??= findListed(text)?.word ?? msaFunctionWord(text);
      }
    }
  }
  return { candidates: queue, ...(negated && { negated }) };
}

/** Adds the respellings (ض/ظ, hamzas, final ا/ى, interdentals) of the word and of its first strong readings. */
function addRespellings(candidates: readonly Candidate[], readings: Readings): void {
  const spelled = candidates.filter((c) => c.tier <= 1 && !c.text.includes(' ')).slice(0, 8);
  for (const c of spelled) {
    const tier = Math.max(c.tier, 2) + 1;
    for (const spell of SPELLING) {
      for (const text of spell(c.text)) {
        readings.add(text, tier);
        // Respelt, a word is looked up as it stands (ضل → ظل): its conjugations are not guessed again.
        for (const msa of lookupColloquial(text)?.msa ?? []) readings.add(msa, tier);
      }
    }
  }
}

/** An MSA stop word as a listed function word (for the negation: مافيهاش → فيها). */
function msaFunctionWord(text: string): ColloquialWord | undefined {
  return isStopWord(text) ? { form: text, role: 'function', dialects: [], classes: [], msa: [] } : undefined;
}

/** Gulf and Iraqi ش "what" joined to a listed verb: شصار → what happened, شسويت → what did you do. */
function whatPrefix(word: string): Found | undefined {
  if (!word.startsWith('ش') || word.length - 1 < MIN_STEM) return undefined;
  const found = findListed(word.slice(1));
  return found?.word.role === 'msa' && found.word.classes.includes('verb') ? { ...found, uncertain: true } : undefined;
}

const PHRASES = COLLOQUIAL_QUESTION_PHRASES.map((p) => ({ words: p.words.map(normalizeArabic), asks: p.asks }));

/** The phrases of two words or more (a one-word interrogative is read by readColloquial), by their first word, in list order. */
const PHRASES_BY_FIRST_WORD = new Map<string, ListedPhrase[]>();
PHRASES.forEach((phrase, order) => {
  if (phrase.words.length < 2) return;
  const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]!) ?? [];
  list.push({ ...phrase, order });
  PHRASES_BY_FIRST_WORD.set(phrase.words[0]!, list);
});

/**
 * The multi-word interrogative starting at `start` among normalised words (قد ايه "how much", من وين "from where",
 * ما سبب "why"), the longest if several; a leading و/ف on its first word is allowed.
 */
export function questionPhraseAt(words: readonly string[], start = 0): { asks: Asks; length: number } | undefined {
  const first = words[start];
  if (first === undefined) return undefined;
  let best = longestPhraseAt(PHRASES_BY_FIRST_WORD.get(first), words, start, undefined);
  if (first[0] === 'و' || first[0] === 'ف') best = longestPhraseAt(PHRASES_BY_FIRST_WORD.get(first.slice(1)), words, start, best);
  return best && { asks: best.asks, length: best.words.length };
}

/** A listed phrase with its place in the list (of equally long phrases that match, the first listed counts). */
interface ListedPhrase {
  words: string[];
  asks: Asks;
  order: number;
}

/** Of `candidates` (phrases whose first word is the word at `start`), the longest matching, or `best` if longer. */
function longestPhraseAt(candidates: readonly ListedPhrase[] | undefined, words: readonly string[], start: number, best: ListedPhrase | undefined): ListedPhrase | undefined {
  if (!candidates) return best;
  for (const phrase of candidates) {
    const length = phrase.words.length;
    if (best && (length < best.words.length || (length === best.words.length && phrase.order > best.order))) continue;
    let matches = true;
    for (let i = 1; i < length && matches; i++) matches = words[start + i] === phrase.words[i];
    if (matches) best = phrase;
  }
  return best;
}
