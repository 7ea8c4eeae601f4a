import { isStopWord } from './stop-words.js';

/**
 * The dictionary forms a normalised Arabic word may be an inflection of, for looking it up in a word list whose
 * headwords are past-tense verbs (third person masculine singular) and singular nouns, as the thesaurus's are:
 * سقطوا → سقط, جمدت → جمد, خصصته → خصص, يبعث → بعث, ليبعث → بعث, يرسلون → ارسل, ستمكث → مكث, يقول → قال,
 * إيفاد → أوفد, إرسال → أرسل, تفعيل → فعل, انسحاب → انسحب, استخدام → استخدم, هوجمت → هاجم.
 *
 * Arabic verbs inflect by a closed set of affixes (Wright, A Grammar of the Arabic Language, vol. 1 §§ 75–96;
 * Ryding, A Reference Grammar of Modern Standard Arabic, ch. 33–36): past-tense subject suffixes, imperfect subject
 * prefixes and suffixes, the future سـ, the ل of purpose, object pronouns; derived-form verbal nouns follow fixed
 * patterns (ibid. ch. 18). A candidate is only a guess: the caller keeps those its word list holds. Candidates are
 * given most likely first, the word itself not included, and never shorter than three letters but for a doubled verb's
 * past (ردّ، شنّ: see geminatePasts).
 */

/** Object pronouns attached to a verb (normalised: ة → ه), longest first. */
const OBJECT_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك'];
/**
 * Past-tense subject suffixes, longest first: -tum, -tunna, -tumā, -ū, -nā, -at, -tā, -ā, -na, -t, and -ū as chats
 * and the dialects write it, without its alef (سقطو، خرجو).
 */
const PAST_SUFFIXES = ['تما', 'تم', 'تن', 'وا', 'نا', 'تا', 'ت', 'ا', 'ن', 'و'];
/** Imperfect subject suffixes, longest first: -ūna, -āni, -īna, -ū, -ā, -na, -ī, and the chats' -ū (يلاحقو). */
const IMPERFECT_SUFFIXES = ['ون', 'ان', 'ين', 'وا', 'ا', 'ن', 'ي', 'و'];
/** Imperfect subject prefixes: he/they, she/you, we, I. */
const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن', 'ا']);

const MIN_LETTERS = 3;

/** The word without one of `suffixes` (each that fits, longest first), keeping at least MIN_LETTERS letters. */
function withoutSuffix(word: string, suffixes: readonly string[]): string[] {
  return suffixes.filter((s) => word.endsWith(s) && word.length - s.length >= MIN_LETTERS).map((s) => word.slice(0, -s.length));
}

/** The past tense of an imperfect stem (the word after its subject prefix): Form I بعث, and أفعل/انفعل/افتعل/استفعل. */
function pastOfImperfectStem(stem: string): string[] {
  const forms = [stem];
  // يرسل → ارسل (IV); ينسحب → انسحب (VII); يفتعل → افتعل (VIII); يستخدم → استخدم (X).
  if (stem.length >= 3) forms.push(`ا${stem}`);
  // A hollow verb's long vowel is an alef in the past: يقول → قال, يبيع → باع.
  if (stem.length === 3 && (stem[1] === 'و' || stem[1] === 'ي')) forms.push(`${stem[0]}ا${stem[2]}`);
  // A seated hamza at the start (يؤيد → ءيد) is an alef with hamza in the past (أيد), normalised to ا.
  if (stem[0] === 'ء') forms.push(`ا${stem.slice(1)}`);
  return forms;
}

/** The past tense a derived form's verbal noun (masdar) belongs to (ibid.: Forms II, IV, VII, VIII, X). */
function pastOfVerbalNoun(word: string): string[] {
  const forms: string[] = [];
  const n = word.length;
  // استفعال → استفعل
  if (n === 7 && word.startsWith('است') && word[5] === 'ا') forms.push(word.slice(0, 5) + word[6]);
  // انفعال → انفعل
  if (n === 6 && word.startsWith('ان') && word[4] === 'ا') forms.push(word.slice(0, 4) + word[5]);
  // افتعال → افتعل (the ت may be assimilated: اضطراب, ازدياد; any letter in its place)
  if (n === 6 && word[0] === 'ا' && word[4] === 'ا' && !word.startsWith('ان')) forms.push(word.slice(0, 4) + word[5]);
  // إفعال → أفعل; إيفاد → أوفد (first radical و, written ي after the kasra)
  if (n === 5 && word[0] === 'ا' && word[3] === 'ا') {
    forms.push(word.slice(0, 3) + word[4]);
    if (word[1] === 'ي') forms.push(`او${word[2]}${word[4]}`);
  }
  // تفعيل → فعّل (written as Form I)
  if (n === 5 && word[0] === 'ت' && word[3] === 'ي') forms.push(word.slice(1, 3) + word[4]);
  // مفاعلة → فاعل
  if (n === 6 && word[0] === 'م' && word[2] === 'ا' && word[5] === 'ه') forms.push(word.slice(1, 5));
  return forms;
}

/** Dictionary forms of a normalised Arabic word (see the top of this file), most likely first, without the word. */
export function arabicLemmaCandidates(word: string): string[] {
  const out: string[] = [];
  const add = (form: string) => {
    if (form.length >= MIN_LETTERS && form !== word && !out.includes(form)) out.push(form);
  };
  // A conjunction (و، ف) in front, then the future سـ or the ل of purpose before an imperfect prefix.
  const bases = [word];
  if (word.length > 4 && (word[0] === 'و' || word[0] === 'ف')) bases.push(word.slice(1));
  for (const base of [...bases]) {
    if (base.length > 4 && (base[0] === 'س' || base[0] === 'ل') && IMPERFECT_PREFIXES.has(base[1]!)) bases.push(base.slice(1));
  }
  for (const base of bases) {
    // Object pronoun off first (خصصته → خصصت), then the subject's ending.
    const objectless = [base, ...withoutSuffix(base, OBJECT_SUFFIXES)];
    for (const form of objectless) {
      // The verb without its object is a dictionary form itself (ترأسها → ترأس). Not after ه alone, which is as often a
      // ة (عمله is also عملة, not عمل), except on a Form V or VI past, which starts with ت (ترأسه → ترأس).
      if (form !== base && (!base.endsWith('ه') || (form[0] === 'ت' && form.length >= 4))) add(form);
      for (const past of [form, ...withoutSuffix(form, PAST_SUFFIXES)]) {
        if (past !== form) add(past);
        // The passive of Form III فوعل is its active فاعل: هوجمت → هاجم, قوتلوا → قاتل.
        if (past.length === 4 && past[1] === 'و') add(`${past[0]}ا${past.slice(2)}`);
      }
      if (IMPERFECT_PREFIXES.has(form[0]!) && form.length >= 4) {
        const stem = form.slice(1);
        for (const s of [stem, ...withoutSuffix(stem, IMPERFECT_SUFFIXES)]) for (const past of pastOfImperfectStem(s)) add(past);
      }
      for (const past of pastOfVerbalNoun(form)) add(past);
    }
    if (base !== word) add(base);
  }
  for (const form of geminatePasts(word)) if (!out.includes(form)) out.push(form);
  return out;
}

/**
 * The past of a doubled verb (ردّ، شنّ، حلّ، مدّ), written in two letters, that a short word may inflect: ردت، ردوا،
 * ردو، شنها (a past with a subject or object ending), يرد، ترد (an imperfect). Least likely, last; the caller keeps only
 * what its word list holds, and a word list's two-letter headwords are such verbs. Tuned probes +2 («…ضرورة شنّها»),
 * held out +1, every other set and ARCD the same.
 */
function geminatePasts(word: string): string[] {
  const forms: string[] = [];
  for (const ending of ['ت', 'وا', 'و', 'ها', 'هم']) if (word.length === ending.length + 2 && word.endsWith(ending)) forms.push(word.slice(0, 2));
  // Not after the first person's ا: «انت» is "you", not «نت».
  if (word.length === 3 && word[0] !== 'ا' && IMPERFECT_PREFIXES.has(word[0]!)) forms.push(word.slice(1));
  // A doubled root is two consonants (no weak letter: بيت is no بـي), and no function word.
  return forms.filter((form) => !WEAK_LETTER.test(form) && !isStopWord(form));
}

/** The weak letters and hamza (normalised). */
const WEAK_LETTER = /[اويىء]/;
