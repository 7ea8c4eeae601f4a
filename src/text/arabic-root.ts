import { ARABIC_STOP_WORDS } from './stop-words.js';
import { normalizeArabic } from './normalize-arabic.js';
import { stripArabicPrefixes } from './stem-arabic.js';

/*
 * Arabic root extraction without a root dictionary.
 *
 * The shape is ISRI's (K. Taghva, R. Elkhoury, J. Coombs, "Arabic Stemming without a Root Dictionary", ITCC 2005):
 * remove the article, then at each word length try that length's patterns, and only when none fits remove one
 * suffix or one prefix and try again; three-letter roots are tried before four-letter ones. The pattern sets are
 * Khoja's (S. Khoja, R. Garside, "Stemming Arabic Text", Lancaster University, 1999): the derived verb forms with
 * their imperfects, participles and verbal nouns, and the common noun and broken-plural patterns (فاعل، مفعول، تفعيل،
 * افتعال، استفعال، مفاعلة، تفاعل، فواعل، فعائل، فعلاء …). Written from the papers; no code was copied.
 *
 * Departures, and why:
 * - No root dictionary, so a weak letter cannot be put back as the dictionary would (قال → قول but باع → بيع). Weak
 *   radicals get one canonical spelling instead: a weak middle radical is always و (قال، يقول، قيل، مقال → قول;
 *   باع، يبيع → بوع), a weak or hamzated last radical always ي (دعا، يدعو، دعوة → دعي; بدأ، بداية → بدي), a first
 *   radical ي is written و (ميلاد → ولد، استيلاء → ولي), a first hamza ا (مؤتمر → امر). The forms of one family meet,
 *   at the price that roots differing only in a weak letter meet too (طار/طور، عاد/عيد، حيي/حوي): the right trade
 *   for a weak, lower-weighted index field.
 * - Two letters left are a doubled root (مد، مدة، الحج → مدد، حجج), or a root with weak middle and last letters
 *   when the second is weak (قوة، قوات → قوي). ISRI returns them unchanged.
 * - Affixes follow Arabic's order, not ISRI's free one-letter stripping: in front at most a conjunction, then a
 *   preposition or the future س, then an imperfect letter; at the end at most a pronoun, then an inflection, then a
 *   nisba ي. This keeps foreign names from being whittled down to three letters.
 * - Some endings come off before the patterns, which would read them as root letters: the feminine ة (حالة, not
 *   فاعل), the accusative ا (عاما), ات on two letters (قوات، مرات), the feminine ت behind a hollow stem (قالت).
 * - A conjunction, preposition or future س in front of a word that fits a pattern comes off before the four-letter
 *   patterns are tried (بكتاب is not فعلال); on a long word a conjunction comes off even before the suffixes (وتحتوي).
 * - Doubled and assimilated forms that write a letter once have their own patterns (احتج، مستمر; اتفق، اتصال); م?ت?
 *   is read as a doubled participle only behind the sound plural (محتجون), else as مفعل (مكتب، مقتل).
 * - Function words (the project's stop words and the prepositions with attached pronouns) and protected names get
 *   no root; so do words that stay longer than four letters with no pattern left to explain them.
 *
 * normalizeArabic folds أ to ا, so a hamza in the middle of a root that was written on alef looks like a hollow
 * root's ا (سأل → سول, while سؤال keeps it: سءل). The commented orders in the tables below are the choices made where
 * two patterns fit the same letters.
 */

/** Options of the root extractor. */
export interface ArabicRootOptions {
  /** Normalised words that are names and get no root (ألماتي must not become متي). Default: none. */
  protectedWords?: ReadonlySet<string>;
}

const code = (letter: string): number => letter.charCodeAt(0);
const HAMZA = code('ء');
const ALEF = code('ا');
const TEH = code('ت');
const SEEN = code('س');
const HEH = code('ه');
const NOON = code('ن');
const MEEM = code('م');
const KAF = code('ك');
const LAM = code('ل');
const WAW = code('و');
const YEH = code('ي');

/** Lowest code point of the normalised Arabic alphabet (ء); letters are indexed from here in 64-entry tables. */
const BASE = HAMZA;
const TABLE_SIZE = 0x40;

/** The alphabet normalizeArabic leaves. */
const ALPHABET = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const allBut = (excluded: string): string => [...ALPHABET].filter((letter) => !excluded.includes(letter)).join('');

/** Letters of the normalised alphabet, and the unnormalised spellings folded here so raw input does not crash. */
const LETTER_OF = new Int32Array(TABLE_SIZE).fill(-1);
for (const letter of ALPHABET) LETTER_OF[code(letter) - BASE] = code(letter);
for (const [from, to] of [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ؤ', 'ء'], ['ئ', 'ء'], ['ة', 'ه'], ['ى', 'ي']] as const) {
  LETTER_OF[code(from) - BASE] = code(to);
}

function letterSet(letters: string): Uint8Array {
  const set = new Uint8Array(TABLE_SIZE);
  for (const letter of letters) set[code(letter) - BASE] = 1;
  return set;
}
const WEAK = letterSet('اوي');

/** Longest word looked at; longer "words" are not Arabic words. */
const MAX_LETTERS = 20;
/** Scratch buffer for one word's letter codes (no allocation per call; the function is synchronous). */
const letters = new Int32Array(MAX_LETTERS);

// ---------------------------------------------------------------------------------------------------------------
// Patterns. In a template ف ع ل are the root's letters in order (ف ع ل ل for four-letter roots), ? is a letter the
// pattern adds from a set given in `where`, anything else is the pattern's own letter. `where` may also narrow a
// root letter. Within one length, order matters: the first pattern that fits wins.

interface PatternSpec {
  where?: Record<number, string>;
  /** Doubled root written once (احتج = ح ج ج); its last letter cannot be weak. */
  doubled?: boolean;
  /** Assimilated root whose first radical و is written as the pattern's ت (اتفق = و ف ق). */
  firstWaw?: boolean;
  /** A hamza in the root's middle is the hollow root's weak letter (قائل، فائدة). */
  hamzaIsWeak?: boolean;
  /** Only behind a sound plural ون/ين, the mark of a participle (محتجون), not of a noun of place (مكتب). */
  participle?: boolean;
  /** Only when nothing has been removed from the word. */
  wholeWord?: boolean;
}

interface Pattern {
  name: string;
  /** Positions checked, and the letters allowed at each. */
  positions: number[];
  allowed: Uint8Array[];
  radicals: number[];
  doubled: boolean;
  firstWaw: boolean;
  hamzaIsWeak: boolean;
  participle: boolean;
  wholeWord: boolean;
}

const RADICAL_SLOTS = new Set(['ف', 'ع', 'ل']);

function compile(template: string, spec: PatternSpec = {}): Pattern {
  const pattern: Pattern = {
    name: template, positions: [], allowed: [], radicals: [],
    doubled: spec.doubled ?? false, firstWaw: spec.firstWaw ?? false, hamzaIsWeak: spec.hamzaIsWeak ?? false,
    participle: spec.participle ?? false,
    wholeWord: spec.wholeWord ?? false,
  };
  [...template].forEach((letter, i) => {
    const narrowed = spec.where?.[i];
    if (RADICAL_SLOTS.has(letter)) {
      pattern.radicals.push(i);
      if (narrowed) {
        pattern.positions.push(i);
        pattern.allowed.push(letterSet(narrowed));
      }
    } else {
      pattern.positions.push(i);
      pattern.allowed.push(letterSet(letter === '?' ? narrowed ?? '' : letter));
    }
  });
  return pattern;
}

/** Every letter but the prepositions ب ل ك, for patterns whose first root letter could be one. */
const NOT_PREPOSITION = allBut('بلك');
/** Every letter but the weak ones. */
const NOT_WEAK = allBut('اوي');
/** The imperfect letters (and the ا of the derived perfects: افتعل = ?فتعل with ا). */
const IMPERFECT = 'اتني';

type Table = Array<Pattern[]>;
function table(rows: Record<number, Array<string | [string, PatternSpec]>>): Table {
  const byLength: Table = [];
  for (const [length, specs] of Object.entries(rows)) {
    byLength[Number(length)] = specs.map((s) => (typeof s === 'string' ? compile(s) : compile(s[0], s[1])));
  }
  return byLength;
}

/** Patterns of three-letter roots, by word length. */
const TRILITERAL: Table = table({
  4: [
    ['?فعل', { where: { 0: 'ي', 1: 'ا' } }], // imperfect of a first-hamza root: يأخذ، يأتي (not فاعل: few nouns start يا)
    ['فاعل', { hamzaIsWeak: true }],
    // م?ت? is مفعل with ت in the root (مكتب، مقتل) or a doubled form VIII participle (محتج، محتل); only the
    // participle takes the sound plural, so behind ون/ين it is read as the latter.
    ['مفتع', { doubled: true, participle: true }],
    ['متعل', { firstWaw: true }], // متحد، متصل، متهم (before مفعل, at the price of متحف)
    'مفعل', // before فعال: مقال، مكان، مطار are hollow مفعل
    ['افتع', { doubled: true }], // احتج، احتل، اهتم
    ['اتعل', { firstWaw: true }], // اتفق، اتصل
    ['?فعل', { where: { 0: 'تي', 2: 'وي' } }], // hollow imperfects: يقول، تعود (before فعول/فعيل)
    ['?فعل', { where: { 0: 'ا', 2: 'ا' } }], // hollow form IV: أعاد، أشار
    ['?فعل', { where: { 0: 'و', 2: 'ا' }, wholeWord: true }], // و + hollow perfect: وقال، وعاد (not ولاية → ولاي)
    'فعال',
    'فعول',
    'فعيل',
    // Not before a final ت: نشرت، تركت are perfects with the feminine ت; and ن + ي ends a nisba (نظري، نسبي) far
    // more often than a first-person imperfect (نبني).
    ['?فعل', { where: { 0: 'اتي', 3: allBut('ت') } }], // يكتب، تقدم، أكبر
    ['?فعل', { where: { 0: 'ن', 3: allBut('تي') } }], // نكتب
  ],
  5: [
    ['اتعال', { firstWaw: true }], // اتفاق، اتصال، اتجاه
    'افعال', // before افتعل: إنتاج is إفعال, not افتعل of a hollow root
    ['?فاعل', { where: { 0: 'تي' } }], // تعاون، يحاول، تنازع (before فواعل and تنفعل: تواصل is not ت + واصل)
    // Doubled form X before form VIII: استمر، مستقل are more common than استمع، مستمع, which this misreads.
    ['?ستفع', { where: { 0: IMPERFECT }, doubled: true }], // استمر، يستحق
    ['مستفع', { doubled: true }], // مستمر، مستقل
    ['?فطعل', { where: { 0: IMPERFECT, 1: 'صضطظ' } }], // اضطر، يصطدم
    ['?فدعل', { where: { 0: IMPERFECT, 1: 'دذز' } }], // ازدهر
    ['?فتعل', { where: { 0: IMPERFECT } }], // انتخب، يجتمع
    ['?نفعل', { where: { 0: IMPERFECT } }], // انسحب، ينفجر
    ['?تفعل', { where: { 0: 'تين' } }], // يتقدم، تتحول
    ['مفطعل', { where: { 1: 'صضطظ' } }], // مصطلح، مضطر
    ['مفدعل', { where: { 1: 'دذز' } }], // مزدوج، مزدهر
    ['مفعول', { where: { 4: NOT_WEAK } }], // before مفتعل: مكتوب، مقتول (but محتوى، مستوى are مفتعل)
    'مفتعل', // before مفعال: مختار is مفتعل (at the price of مفتاح)
    'مفاعل', // before منفعل: مناصب، مناطق
    'منفعل',
    'متفعل',
    'مفعال',
    'افعيل', // إقليم
    'تفعيل',
    'تفعال',
    'فعاءل', // فعائل: رسائل، نتائج، بدائل
    // Broken plurals whose first letter could be a preposition yield to it: بواسطة is ب + واسطة, بذكاء ب + ذكاء.
    ['فواعل', { where: { 0: NOT_PREPOSITION } }], // شوارع، عواصم
    ['فعلاء', { where: { 0: NOT_PREPOSITION } }], // علماء، وزراء
    'فاعول', // قانون، صاروخ
    'فعلان', // طيران، عدوان
    ['?فاعل', { where: { 0: 'ن' } }], // نحاول
  ],
  6: [
    ['?ستفعل', { where: { 0: IMPERFECT } }], // استخدم، يستولي
    'افتعال',
    ['افطعال', { where: { 1: 'صضطظ' } }],
    ['افدعال', { where: { 1: 'دذز' } }],
    'انفعال',
    'مستفعل',
    'متفاعل',
    ['?تفاعل', { where: { 0: 'تين' } }],
    ['مفاعيل', { where: { 5: allBut('ن') } }], // مشاريع، مواعيد; but مصابين is مصاب + ين
    'تفاعيل', // تفاصيل
    'افاعيل', // أسابيع، أقاليم
    'افعلاء', // أصدقاء
  ],
  7: ['استفعال'],
});

/** Patterns of four-letter roots, tried only after the suffixes: يسيطر، مسيطر، جداول. */
const QUADRILITERAL: Table = table({
  5: [
    ['?فعلل', { where: { 0: 'تين' } }], // يسيطر، تدحرج
    'مفعلل',
    ['فعالل', { where: { 0: NOT_PREPOSITION } }], // جداول، عناصر; but لصالح is ل + صالح
    'فعلال', // زلزال
    // Only once no suffix is left (حربين is حرب + ين), and not behind a preposition letter.
    ['فعلول', { where: { 0: NOT_PREPOSITION } }], // جمهور، صندوق
    ['فعليل', { where: { 0: NOT_PREPOSITION } }], // قنديل
  ],
  6: [
    'متفعلل',
    ['?تفعلل', { where: { 0: 'تين' } }],
    ['فعاليل', { where: { 0: NOT_PREPOSITION } }], // عناوين; but لتاريخ is ل + تاريخ
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Affixes, written normalised (ة → ه, ى → ي). Within one list, longer affixes come first.

/** The article, alone or behind a conjunction and/or preposition, with the fewest letters it must leave. */
const ARTICLES: Array<[string, number]> = [
  ['وبال', 3], ['فبال', 3], ['وكال', 3], ['فكال', 3], ['ولل', 3], ['فلل', 3],
  ['وال', 3], ['فال', 3], ['بال', 3], ['كال', 3], ['لل', 2], ['ال', 2],
];

/** Suffixes in the order they stand from the end of a word: pronoun, then inflection, then nisba. */
const PRONOUN_STAGE = 0;
const INFLECTION_STAGE = 1;
const NISBA_STAGE = 2;
const DONE_STAGE = 3;
const SUFFIXES: string[][] = [
  ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'],
  // ن (feminine plural verbs) is left out: rare in news, and it would eat the ن of مكان، سكان.
  ['تين', 'تان', 'ات', 'ان', 'ين', 'ون', 'وا', 'تم', 'تن', 'ه', 'ت', 'ا'],
  ['ي'],
];
/** Each suffix as letter codes, with the fewest letters it must leave: three, but two for ات (قوات → قو). */
const SUFFIX_CODES = SUFFIXES.map((stage) => stage.map((s) => ({ letters: [...s].map(code), minRest: s === 'ات' ? 2 : 3 })));

/** Prefixes in the order they stand from the start: conjunction, preposition (or future س), imperfect letter. */
const CONJUNCTIONS = letterSet('وف');
const PREPOSITIONS = letterSet('بلك');
const IMPERFECTS = letterSet(IMPERFECT);

// ---------------------------------------------------------------------------------------------------------------
// Function words and names.

/** Prepositions and particles that take a pronoun suffix (عليه، منها، إنهم), by the grammar's closed classes. */
const PRONOUN_HOSTS = ['ب', 'ل', 'في', 'من', 'عن', 'على', 'إلى', 'مع', 'عند', 'لدى', 'إن', 'أن', 'لكن', 'كأن', 'لعل', 'ليت'];
const ATTACHED_PRONOUNS = ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ي', 'ني', 'نا'];
/** Adverbs and particles not in the stop-word list: place, time, manner. */
const MORE_FUNCTION_WORDS = `
الآن حين حينما بينما عندئذ حينئذ قبل بعد فوق تحت أمام خلف وراء دون ضد عبر نحو مثل حول سوف أما إما كلا كلتا
لئن لو لولا كأن لعل ليت إذما أينما حيثما كيفما مهما أيان كذا ذاك هاهنا ثمة
`;

function functionWords(): Set<string> {
  const words = new Set<string>(ARABIC_STOP_WORDS);
  for (const word of MORE_FUNCTION_WORDS.split(/\s+/).filter(Boolean)) words.add(normalizeArabic(word));
  for (const host of PRONOUN_HOSTS) {
    const stem = normalizeArabic(host);
    for (const pronoun of ATTACHED_PRONOUNS) words.add(stem + pronoun);
  }
  // A function word behind and, so, with, for, like is still one (وهذا، بذلك، لذلك).
  for (const word of [...words]) for (const prefix of 'وفبلك') words.add(prefix + word);
  return words;
}
const FUNCTION_WORDS: ReadonlySet<string> = functionWords();

/** Letters (and pairs) that attach in front of a name: and, so, with, for, like. */
const NAME_PREFIXES = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

function isProtected(word: string, names: ReadonlySet<string>): boolean {
  if (names.has(word) || names.has(stripArabicPrefixes(word))) return true;
  for (const prefix of NAME_PREFIXES) if (word.startsWith(prefix) && names.has(word.slice(prefix.length))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------

/** The three- or four-letter root of a normalised Arabic word (إرسال، رسالة → رسل), or '' (function word, name, not Arabic). */
export function arabicRoot(normalizedWord: string, options: ArabicRootOptions = {}): string {
  const length = normalizedWord.length;
  if (length < 2 || length > MAX_LETTERS) return '';
  for (let i = 0; i < length; i++) {
    const index = normalizedWord.charCodeAt(i) - BASE;
    const letter = index >= 0 && index < TABLE_SIZE ? LETTER_OF[index]! : -1;
    if (letter < 0) return '';
    letters[i] = letter;
  }
  if (FUNCTION_WORDS.has(normalizedWord)) return '';
  if (options.protectedWords && isProtected(normalizedWord, options.protectedWords)) return '';
  return rootOfLetters(length);
}

function has(set: Uint8Array, letter: number): boolean {
  return set[letter - BASE] === 1;
}

function endsWith(start: number, end: number, suffix: number[]): boolean {
  if (end - start < suffix.length) return false;
  for (let i = 0, j = end - suffix.length; i < suffix.length; i++, j++) if (letters[j] !== suffix[i]) return false;
  return true;
}

/** The root of letters[0..length), which hold a normalised word. */
function rootOfLetters(length: number): string {
  let start = 0;
  let end = length;
  // Prefix stages still open: 0 conjunction, 1 preposition or future, 2 imperfect, 3 none (after the article).
  let prefixStage = 0;
  let suffixStage = PRONOUN_STAGE;
  let plural = false;
  let verbPlural = false;

  for (let k = 0; k < ARTICLE_CODES.length; k++) {
    const article = ARTICLE_CODES[k]!;
    if (length - article.letters.length >= article.minRest && startsWith(article.letters)) {
      start = article.letters.length;
      prefixStage = 3;
      break;
    }
  }

  for (;;) {
    const n = end - start;
    // A final ه behind two letters is the feminine ة (قوة، مدة، مرة), not a root letter.
    if (n === 3 && letters[end - 1] === HEH && suffixStage <= INFLECTION_STAGE) return rootOfTwo(start);
    // The plural ون/وا behind ي and two letters is a defective verb's imperfect, whose weak last radical the plural
    // swallows (يحمون، بيحموا → حمي, as يحمي); a root with a first ي (يبس) is rare. Doubled verbs (يمدون) look the
    // same and are misread, as without this.
    if (n === 3 && verbPlural && prefixStage <= 2 && letters[start] === YEH) return rootOfThree(letters[start + 1]!, letters[start + 2]!, YEH, false);
    if (n <= 3) return n === 3 ? rootOfThree(letters[start]!, letters[start + 1]!, letters[start + 2]!, false) : n === 2 ? rootOfTwo(start) : '';

    // Order matters: the feminine ة comes off before any pattern is tried, except where ه is likely a root letter:
    // behind ا in longer words (اتجاه، انتباه), and in four-letter imperfects and assimilated form VIII (يشبه، اتجه).
    if (letters[end - 1] === HEH && suffixStage <= INFLECTION_STAGE && (n === 4 ? !verbWithFinalHeh(start) : letters[end - 2] !== ALEF)) {
      end--;
      suffixStage = INFLECTION_STAGE;
      continue;
    }
    // A final ا on a longer word is the accusative's (عاما، تقريبا، مرارا), unless it ends the plural وا: off before the
    // patterns read it as a root letter.
    if (letters[end - 1] === ALEF && end === length && suffixStage === PRONOUN_STAGE && !endsWithSuffixInAlef(start, end)) {
      end--;
      suffixStage = INFLECTION_STAGE;
      continue;
    }
    // The plural ات on two letters (قوات، مرات، صفات): فعال and مفعل would read it as root letters.
    if (n === 4 && letters[end - 1] === TEH && letters[end - 2] === ALEF && suffixStage <= INFLECTION_STAGE) {
      end -= 2;
      suffixStage = NISBA_STAGE;
      continue;
    }
    // A hollow perfect with the feminine ت (قالت، عادت) is not فاعل.
    if (n === 4 && letters[end - 1] === TEH && letters[start + 1] === ALEF && suffixStage <= INFLECTION_STAGE) {
      end--;
      suffixStage = NISBA_STAGE;
      continue;
    }

    // «التزام» is the verbal noun of التزم (افتعال of ل ز م), whose ل the article's would hide: read as ال + تزام it
    // had the root تزم, and met nothing of «ملتزمة». Not with a feminine ة (التجارة is ال + تجارة, "trade").
    if (n === 4 && isArticleBefore(start) && letters[start] === TEH && letters[start + 2] === ALEF && letters[length - 1] !== HEH
      && !has(WEAK, letters[start + 1]!) && !has(WEAK, letters[start + 3]!)) {
      return rootOfThree(LAM, letters[start + 1]!, letters[start + 3]!, false);
    }
    const triliteral = matchPatterns(TRILITERAL[n], start, context(plural, start, end, length));
    if (triliteral) return triliteral;

    // A conjunction in front of a longer word whose rest fits a pattern goes before any suffix (وتحتوي = و + تحتوي).
    if (n >= 6 && prefixStage === 0 && has(CONJUNCTIONS, letters[start]!)) {
      const rest = matchPatterns(TRILITERAL[n - 1], start + 1, context(plural, start + 1, end, length));
      if (rest) return rest;
    }

    const shorterEnd = stripSuffix(start, end, suffixStage);
    if (positionOf(shorterEnd) !== end) {
      // A sound masculine plural marks a participle or adjective.
      plural ||= isSoundPlural(end, positionOf(shorterEnd));
      // The verb plural ون or وا: a defective imperfect behind it has lost its last radical.
      verbPlural = end - positionOf(shorterEnd) === 2 && letters[end - 2] === WAW && (letters[end - 1] === NOON || letters[end - 1] === ALEF);
      end = positionOf(shorterEnd);
      suffixStage = stageOf(shorterEnd);
      continue;
    }

    // A conjunction or preposition in front of a word that fits a pattern comes off before the four-letter
    // patterns read it as a root letter (بكتاب is not فعلال, وجبال not فعلال).
    if (prefixStage <= 1 && (has(CONJUNCTIONS, letters[start]!) || has(PREPOSITIONS, letters[start]!) || isFuture(start))) {
      const rest = matchPatterns(TRILITERAL[n - 1], start + 1, context(plural, start + 1, end, length));
      if (rest) return rest;
    }

    const quadriliteral = matchPatterns(QUADRILITERAL[n], start, context(plural, start, end, length));
    if (quadriliteral) return quadriliteral;

    const prefix = prefixToStrip(start, end, prefixStage);
    if (positionOf(prefix) !== start) {
      start = positionOf(prefix);
      prefixStage = stageOf(prefix);
      continue;
    }
    // Nothing more to remove: four letters are a four-letter root (سيطر، فندق); more are not explained.
    return n === 4 ? String.fromCharCode(letters[start]!, letters[start + 1]!, letters[start + 2]!, letters[start + 3]!) : '';
  }
}

const ARTICLE_CODES = ARTICLES.map(([article, minRest]) => ({ letters: [...article].map(code), minRest }));

/** Whether the word's letters just before `start` are the article's ال (ال، وال، بال…; not لل). */
function isArticleBefore(start: number): boolean {
  return start >= 2 && letters[start - 2] === ALEF && letters[start - 1] === LAM;
}

function startsWith(prefix: number[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (letters[i] !== prefix[i]) return false;
  return true;
}

/** What a pattern may ask of the word around the stem: a sound plural was removed; nothing was removed. */
const PLURAL = 1;
const WHOLE_WORD = 2;
function context(plural: boolean, start: number, end: number, length: number): number {
  return (plural ? PLURAL : 0) | (start === 0 && end === length ? WHOLE_WORD : 0);
}

/** True when the word's final ا belongs to a suffix, not the accusative: وا، ها، هما، كما، and نا on three letters. */
function endsWithSuffixInAlef(start: number, end: number): boolean {
  const before = letters[end - 2];
  if (before === WAW || before === HEH) return true;
  if (before === MEEM) return letters[end - 3] === HEH || letters[end - 3] === KAF;
  return before === NOON && end - start >= 5;
}

/** Four letters ending in ه that are an imperfect (يشبه) or an assimilated form VIII (اتجه): the ه is the root's. */
function verbWithFinalHeh(start: number): boolean {
  return letters[start] === YEH || (letters[start] === ALEF && letters[start + 1] === TEH);
}

/** The first pattern of the list that fits letters[start..start+n), as a root; '' when none does. */
function matchPatterns(patterns: Pattern[] | undefined, start: number, context: number): string {
  if (!patterns) return '';
  next: for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    if ((pattern.participle && !(context & PLURAL)) || (pattern.wholeWord && !(context & WHOLE_WORD))) continue;
    const { positions, allowed } = pattern;
    for (let k = 0; k < positions.length; k++) {
      if (allowed[k]![letters[start + positions[k]!]! - BASE] !== 1) continue next;
    }
    const r = pattern.radicals;
    if (pattern.doubled) {
      const last = letters[start + r[1]!]!;
      if (has(WEAK, last)) continue;
      return rootOfThree(letters[start + r[0]!]!, last, last, false);
    }
    if (pattern.firstWaw) return rootOfThree(WAW, letters[start + r[0]!]!, letters[start + r[1]!]!, false);
    if (r.length === 4) {
      return String.fromCharCode(letters[start + r[0]!]!, letters[start + r[1]!]!, letters[start + r[2]!]!, letters[start + r[3]!]!);
    }
    return rootOfThree(letters[start + r[0]!]!, letters[start + r[1]!]!, letters[start + r[2]!]!, pattern.hamzaIsWeak);
  }
  return '';
}

/** Writes a three-letter root with its weak letters in their canonical spelling (see the departures above). */
function rootOfThree(first: number, middle: number, last: number, hamzaIsWeak: boolean): string {
  const c1 = first === HAMZA ? ALEF : first === YEH ? WAW : first;
  const c2 = has(WEAK, middle) || (hamzaIsWeak && middle === HAMZA) ? WAW : middle;
  const c3 = has(WEAK, last) || last === HAMZA ? YEH : last;
  return String.fromCharCode(c1, c2, c3);
}

/** Two letters left: a doubled root (مد → مدد), or one with a weak middle and last letter (قو → قوي). */
function rootOfTwo(start: number): string {
  const first = letters[start]!;
  const second = letters[start + 1]!;
  return has(WEAK, second) ? rootOfThree(first, WAW, YEH, false) : rootOfThree(first, second, second, false);
}

/** True when letters[newEnd..end) is the sound masculine plural ون or ين. */
function isSoundPlural(end: number, newEnd: number): boolean {
  return end - newEnd === 2 && letters[end - 1] === NOON && (letters[newEnd] === WAW || letters[newEnd] === YEH);
}

/** Removes the longest suffix the open stages allow, keeping three letters (two for ات): the new end and stage, packed. */
function stripSuffix(start: number, end: number, stage: number): number {
  for (let s = stage; s < DONE_STAGE; s++) {
    const suffixes = SUFFIX_CODES[s]!;
    for (let k = 0; k < suffixes.length; k++) {
      const suffix = suffixes[k]!;
      if (end - start - suffix.letters.length >= suffix.minRest && endsWith(start, end, suffix.letters)) return pack(end - suffix.letters.length, s + 1);
    }
  }
  return pack(end, stage);
}

/** Removes one prefix letter the open stages allow (conjunction, preposition or future س, imperfect letter): the new
 * start and stage, packed. */
function prefixToStrip(start: number, end: number, stage: number): number {
  if (end - start <= 3) return pack(start, stage);
  const first = letters[start]!;
  if (stage <= 0 && has(CONJUNCTIONS, first)) return pack(start + 1, 1);
  if (stage <= 1 && has(PREPOSITIONS, first)) return pack(start + 1, 2);
  // The future س only stands before an imperfect letter with at least three letters behind it (سيقول، ستبدأ).
  if (stage <= 1 && end - start >= 5 && isFuture(start)) return pack(start + 1, 2);
  if (stage <= 2 && has(IMPERFECTS, first)) return pack(start + 1, 3);
  return pack(start, stage);
}

/** True when the letter at start is the future س before an imperfect letter (سيقول). */
function isFuture(start: number): boolean {
  return letters[start] === SEEN && has(IMPERFECTS, letters[start + 1]!);
}

/** A position and a stage in one number, so the hot loop allocates nothing. */
const pack = (position: number, stage: number): number => (position << 2) | stage;
const positionOf = (packed: number): number => packed >> 2;
const stageOf = (packed: number): number => packed & 3;
