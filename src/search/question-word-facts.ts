// What the documents hold of a question's words and of its alternatives' wordings, worked out once per index and
// remembered: a question word's count, skeleton, misspelt name, root and other forms (WordFacts), and the documents'
// stems an alternative's wording stands for (documentWordsOf). buildQuery asks for them word by word.
import { analyze, stemWord, type AnalyzedToken } from '../text/analyze.js';
import { numberCounterparts } from '../text/arabic-broken-plurals.js';
import { arabicLemmaCandidates } from '../text/arabic-lemma-candidates.js';
import { arabicRoot } from '../text/arabic-root.js';
import { elativeStems, futureForms, hamzaRestored, otherPersonForms, pastTenseTwin, presentForms, verbalNounsOfPast, verbsOfParticiple, verbsOfVerbalNoun } from '../text/arabic-word-forms.js';
import { consonantSkeleton } from '../text/consonant-skeleton.js';
import { memoPerOptions } from '../text/memoize-word.js';
import { otherArabicStems } from '../text/stem-arabic.js';
import { ARABIC_PREPOSITION_NOUNS } from '../text/stop-words.js';
import type { TermOptions } from './analyzer-config.js';
import type { Gazetteer } from './gazetteer.js';
import { bareForm } from './passage-terms.js';
import type { WordAlternative } from './query-expander.js';

/**
 * The word's root when the documents share it. A word the analyser reads past a colloquial ending its root finder
 * does not strip (طلبو for طلبوا, whose stem is طلب) falls back on the root of its stem.
 */
function knownRoot(root: string, token: AnalyzedToken, gazetteer: Gazetteer, documentFrequency: (field: string, term: string) => number): string {
  if (root && documentFrequency('root', root) > 0) return root;
  const options = { protectedWords: gazetteer.protectedWords };
  const ofStem = token.stem === token.normalized ? '' : arabicRoot(token.stem, options);
  if (ofStem && ofStem !== root && documentFrequency('root', ofStem) > 0) return ofStem;
  // The passive of Form III (هوجمت), whose و the root finder keeps, has the root of its active (هاجم).
  for (const form of arabicLemmaCandidates(token.normalized)) {
    if (form.length !== 4 || form[1] !== 'ا') continue;
    const ofForm = arabicRoot(form, options);
    if (ofForm && documentFrequency('root', ofForm) > 0) return ofForm;
  }
  return '';
}

/** The stem pairs of a text's neighbouring content words, as the index keeps them in its pair field. */
export function stemPairsOf(analysed: readonly AnalyzedToken[]): string[] {
  const pairs: string[] = [];
  let previous = '';
  for (const t of analysed) {
    if (t.stop) continue;
    if (previous) pairs.push(`${previous} ${t.stem}`);
    previous = t.stem;
  }
  return pairs;
}

/**
 * An alternative's wording analysed, an Arabic word's other cuts, and the stems of a stem's other number: each a
 * function of its word and the analyzer's options alone, asked for again by every question that offers it (the
 * glossary's and dictionaries' wordings recur), so remembered per word.
 */
export const analysedAlternative = memoPerOptions((protectedWords, minStemLength) => (text: string) => wordingOf(analyze(text, { protectedWords, minStemLength })));

/** An alternative's wording analysed, with what the question's analysis reads of it each time it is offered. */
export interface AnalysedWording {
  tokens: readonly AnalyzedToken[];
  /** Its first and last content words (not stop words), or -1. */
  firstContent: number;
  lastContent: number;
  /** The stem pairs of its neighbouring content words (stemPairsOf). */
  pairs: readonly string[];
}

function wordingOf(tokens: AnalyzedToken[]): AnalysedWording {
  return {
    tokens: Object.freeze(tokens), firstContent: tokens.findIndex((t) => !t.stop), lastContent: tokens.findLastIndex((t) => !t.stop),
    pairs: Object.freeze(stemPairsOf(tokens)),
  };
}
const otherCutsOf = memoPerOptions((protectedWords, minStemLength) => (word: string) => otherArabicStems(word, { protectedWords, minStemLength }));
const numberCounterpartStems = memoPerOptions((protectedWords, minStemLength) => (stem: string) => [
  ...new Set(numberCounterparts(stem).map((form) => stemWord(form, 'arabic', { protectedWords, minStemLength })).filter((other) => other !== stem)),
]);

/** The stems the documents contain of an Arabic stem's other number (see numberCounterparts). */
function otherNumberStems(
  token: AnalyzedToken, gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
): string[] {
  if (isFormThreeVerbalNoun(token)) return [];
  return numberCounterpartStems(gazetteer.protectedWords, options.minStemLength)(token.stem).filter((other) => documentFrequency('stem', other) > 0);
}

/**
 * A verbal noun of the pattern مفاعلة (مساءلة، مواجهة، مشاركة): with its ة cut off, its stem is written as the plural
 * مفاعل, whose singular (مسألة، موجه، مشرك) it is not. «مساءلة» (accountability) had been read as the plural of
 * «مسألة», normalised as the «المسال» (liquefied) of the gas.
 */
function isFormThreeVerbalNoun({ normalized, stem }: AnalyzedToken): boolean {
  return normalized.endsWith('ه') && stem.length === 5 && stem[0] === 'م' && stem[2] === 'ا' && normalized.endsWith(`${stem}ه`);
}

/** The gazetteer name whose skeleton an unknown word has, also behind an attached preposition letter (لكازخستان). */
function nameOfMisspelt(bare: string, token: AnalyzedToken, gazetteer: Gazetteer): string | undefined {
  const whole = gazetteer.nameOfSkeleton(consonantSkeleton(bare));
  if (whole || token.script !== 'arabic' || !NAME_PREFIX_LETTERS.has(bare[0]!) || bare.length < 5) return whole;
  return gazetteer.nameOfSkeleton(consonantSkeleton(bare.slice(1)));
}

/** Letters that attach to a name (ل، ب، ك، و، ف): لكازخستان is ل + a misspelled كازاخستان. */
const NAME_PREFIX_LETTERS = new Set(['ل', 'ب', 'ك', 'و', 'ف']);

/**
 * The consonant skeleton of an unknown word, or of the word without a preposition letter when only that one is
 * the skeleton of a name the documents contain (a misspelled name behind ل or ب).
 */
function skeletonOf(bare: string, token: AnalyzedToken, documentFrequency: (field: string, term: string) => number): string {
  const whole = consonantSkeleton(bare);
  if (token.script !== 'arabic' || !NAME_PREFIX_LETTERS.has(bare[0]!) || bare.length < 5 || documentFrequency('skeleton', whole) > 0) return whole;
  const behind = consonantSkeleton(bare.slice(1));
  return behind && documentFrequency('skeleton', behind) > 0 ? behind : whole;
}

/**
 * What the documents hold of a question word as it is, with no regard to the question around it: in how many passages
 * its stem is, the skeleton and misspelt name it is searched by, its root, and its other cuts and forms they contain.
 */
export interface WordFacts {
  /** The word's stem, as the analysis gave it when these were worked out (another stem: worked out afresh). */
  stem: string;
  asStem: number;
  bare: string;
  skeleton: string;
  named: string | undefined;
  namedInDocuments: boolean;
  root: string;
  /** The word's other cuts the documents hold as a main stem (ل + وكالة). */
  forms: readonly string[];
  /**
   * For an Arabic word they lack as it is, its other forms they have, which the light stemmer keeps apart: the same
   * past-tense verb without or with the feminine ت (زادت / زاد) or with its dropped hamza (بدت / بدأت), its future and
   * other persons, the same noun in the other number (سعر / أسعار، جنود / جندي).
   */
  otherForms: readonly string[];
  /** For an Arabic participle, its verb where the documents have it (see verbsOfParticiple). */
  participleVerbs: readonly string[];
  /** For an Arabic adjective of the pattern فعيل, its elatives the documents have (see elativeStems). */
  elatives: readonly string[];
  /** For an Arabic verb, the verbal nouns of its derived form the documents have (see verbalNounsOfPast). */
  verbalNouns: readonly string[];
  /** For an Arabic verbal noun of the pattern فعول, its verb the documents have (see verbsOfVerbalNoun). */
  nounVerbs: readonly string[];
  /** The typing slips of the word that are the documents' words, worked out the first time they are asked for. */
  slips?: readonly string[];
}

/**
 * What the analysis remembers of one index's statistics: the facts of the question words met (by normalised word),
 * and what the alternatives' wordings stand for in the documents (one memo per way of offering a wording and tense,
 * see variantOf). Each keeps at most INDEX_MEMO_SIZE entries, then starts afresh (memory stays bounded).
 */
export interface IndexMemos {
  facts: Map<string, WordFacts>;
  wordings: Array<Map<string, DocumentWording>>;
}

const INDEX_MEMO_SIZE = 50_000;

/**
 * The memos of an index's statistics, by the documentFrequency function the index passes (one for its life: see
 * PassageIndex.queryOf), so that another index (documents added) works everything out afresh. Another function (a
 * test's own) gets memos of its own.
 */
const INDEX_MEMOS = new WeakMap<(field: string, term: string) => number, IndexMemos>();

export function indexMemosOf(documentFrequency: (field: string, term: string) => number): IndexMemos {
  let memos = INDEX_MEMOS.get(documentFrequency);
  if (!memos) INDEX_MEMOS.set(documentFrequency, (memos = { facts: new Map(), wordings: [] }));
  return memos;
}

/**
 * The word's facts, remembered per index: every question that uses the word asked the index the same things again
 * (a seventh of a question's analysis).
 */
export function wordFactsOf(
  memos: IndexMemos, token: AnalyzedToken, analysedRoot: string, analysedForms: readonly string[],
  gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
): WordFacts {
  const known = memos.facts.get(token.normalized);
  if (known?.stem === token.stem) return known;
  const facts = computeWordFacts(token, analysedRoot, analysedForms, gazetteer, options, documentFrequency);
  if (memos.facts.size >= INDEX_MEMO_SIZE) memos.facts = new Map();
  memos.facts.set(token.normalized, facts);
  return facts;
}

function computeWordFacts(
  token: AnalyzedToken, analysedRoot: string, analysedForms: readonly string[], gazetteer: Gazetteer, options: TermOptions,
  documentFrequency: (field: string, term: string) => number,
): WordFacts {
  const asStem = documentFrequency('stem', token.stem);
  const bare = bareForm(token, options.minStemLength);
  const arabic = token.script === 'arabic';
  const unknown = !arabic || asStem === 0;
  // Only whole words of letters (no digits glued on) of 4 or more: short or mixed tokens match names by accident.
  const skeleton = unknown && /^\p{L}{4,}$/u.test(bare) ? skeletonOf(bare, token, documentFrequency) : '';
  // A misspelt name the gazetteer knows by its skeleton is that name (لكازخستان, Kazakstan), as a correct spelling is.
  const named = skeleton ? nameOfMisspelt(bare, token, gazetteer) : undefined;
  const otherForms: string[] = [];
  if (arabic && asStem === 0) {
    const twin = pastTenseTwin(token.stem);
    if (twin && documentFrequency('stem', twin) > 0) otherForms.push(twin);
    const hamza = hamzaRestored(token.stem);
    if (hamza && documentFrequency('stem', hamza) > 0) otherForms.push(hamza);
    otherForms.push(...futureForms(token.stem).filter((stem) => documentFrequency('stem', stem) > 0));
    otherForms.push(...otherPersonForms(token.stem).filter((stem) => documentFrequency('stem', stem) > 0 && !otherForms.includes(stem)));
    otherForms.push(...otherNumberStems(token, gazetteer, options, documentFrequency));
    // A bare three-letter noun in its verb's present (الهدف, the aim: «عملية… تهدف إلى…», which aims at): tuned probes
    // +6 −1, held out and every other set the same, ARCD +1 quote.
    if (token.stem.length === 3) otherForms.push(...presentForms(token.stem).filter((stem) => documentFrequency('stem', stem) > 0 && !otherForms.includes(stem)));
  }
  return {
    stem: token.stem, asStem, bare, skeleton, named, namedInDocuments: named !== undefined && documentFrequency('entity', named) > 0,
    root: arabic ? knownRoot(analysedRoot, token, gazetteer, documentFrequency) : '',
    forms: Object.freeze(analysedForms.filter((form) => documentFrequency('stem', form) > 0)),
    otherForms: Object.freeze(otherForms),
    participleVerbs: Object.freeze(arabic ? verbsOfParticiple(token.stem).filter((stem) => documentFrequency('stem', stem) > 0) : []),
    elatives: Object.freeze(arabic ? elativeStems(token.stem).filter((stem) => documentFrequency('stem', stem) > 0) : []),
    verbalNouns: Object.freeze(arabic ? verbalNounsOf(token, documentFrequency) : []),
    nounVerbs: Object.freeze(arabic ? verbsOfVerbalNoun(token.stem).filter((stem) => documentFrequency('stem', stem) > 0) : []),
  };
}

/** The verbal nouns the documents hold of the derived forms a question word may be (see verbalNounsOfPast). */
function verbalNounsOf(token: AnalyzedToken, documentFrequency: (field: string, term: string) => number): string[] {
  const nouns = new Set<string>();
  // The past as the question writes it (خربوا → خرب، تخربت → تخرب), not the past of an imperfect or a noun: «لتعلم»
  // read as تعلّم is "to learn", and تعليم its opposite.
  const twin = token.stem.endsWith('ت') ? pastTenseTwin(token.stem) : '';
  for (const past of twin ? [token.stem, twin] : [token.stem]) {
    for (const noun of verbalNounsOfPast(past)) if (noun !== token.stem && documentFrequency('stem', noun) > 0) nouns.add(noun);
  }
  return [...nouns];
}

/** An alternative's content word and the documents' stems it stands for (see documentWordsOf). */
export interface DocumentWord {
  stem: string;
  stems: readonly string[];
  /** Stems of the word's present (see presentForms), weaker than its own: counted at PRESENT_FORM_SHARE of its credit. */
  present?: readonly string[];
}

/** An alternative's wording as the documents hold it: whether it is searched at all, and its words' stems there. */
export interface DocumentWording {
  searched: boolean;
  words: readonly DocumentWord[];
}

/** The number of the memo of documentWordsOf for an alternative's kind, its wholeness and the question's tense. */
function variantOf(alternative: WordAlternative, asksFuture: boolean, pastOrFuture: boolean): number {
  const kind = alternative.via === 'dialect' ? 0 : alternative.via === 'synonym' ? 1 : 2;
  return kind * 8 + (alternative.whole ? 4 : 0) + (asksFuture ? 2 : 0) + (pastOrFuture ? 1 : 0);
}

/**
 * The documents' stems each content word of an alternative's wording stands for: a function of the wording, how it is
 * offered, the question's tense and the index alone, which every question offering the wording asked again (the
 * glossary's and dictionaries' wordings recur), so remembered per index. The question's own stems are left out by
 * the caller.
 */
export function documentWordsOf(
  memos: IndexMemos, wording: AnalysedWording, alternative: WordAlternative, asksFuture: boolean, pastOrFuture: boolean,
  gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
): DocumentWording {
  const variant = variantOf(alternative, asksFuture, pastOrFuture);
  let memo = memos.wordings[variant];
  if (!memo || memo.size >= INDEX_MEMO_SIZE) memo = memos.wordings[variant] = new Map();
  let found = memo.get(alternative.text);
  if (!found) memo.set(alternative.text, (found = computeDocumentWords(wording, alternative, asksFuture, pastOrFuture, gazetteer, options, documentFrequency)));
  return found;
}

function computeDocumentWords(
  wording: AnalysedWording, alternative: WordAlternative, asksFuture: boolean, pastOrFuture: boolean,
  gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
): DocumentWording {
  // A phrase meant as a whole counts only where the documents have it as a phrase: its words apart are other
  // things ("war" as نزاع مسلح, whose مسلح alone is the armed forces).
  if (alternative.whole && !wording.pairs.every((pair) => documentFrequency('pair', pair) > 0)) return { searched: false, words: [] };
  const cutsOf = otherCutsOf(gazetteer.protectedWords, options.minStemLength);
  const words: DocumentWord[] = [];
  for (const t of wording.tokens) {
    if (t.stop) continue;
    // Nor a synonym texts use as a preposition (see ARABIC_PREPOSITION_NOUNS): held-out probes +3, tuned +1.
    if (alternative.via === 'synonym' && ARABIC_PREPOSITION_NOUNS.has(t.normalized)) continue;
    // Kept where the documents have it as a word or as another cut of one (a dictionary's تأسس in their تأسست),
    // else in the other number (price → سعر, the documents' أسعار).
    // Not a dialect's reading found only as another cut: «سيرة» read with ث for س is ثيرة, no word, but a cut of
    // «كثيرة» (ك "like" + ثيرة), which made "how do I write a CV?" answered.
    const inDocuments = documentFrequency('stem', t.stem) > 0 || (alternative.via !== 'dialect' && documentFrequency('forms', t.stem) > 0);
    // A dictionary word the light stemmer cuts short bare (وقود → قود) is the documents' stem under a longer cut
    // (their والوقود → وقود). Not a shorter one: بصدد "about to" is not the صدد of «في هذا الصدد».
    const otherCut = inDocuments || t.script !== 'arabic' ? undefined
      : cutsOf(t.normalized)
        .find((stem) => stem.length > t.stem.length && documentFrequency('stem', stem) > 0);
    // A future question's alternative in the documents' future too (سيدعم for دعم), which they may use besides the
    // base form elsewhere («لدعم…»).
    const future = inDocuments && asksFuture && t.script === 'arabic' ? futureForms(t.stem, true).filter((stem) => documentFrequency('stem', stem) > 0) : [];
    const stems = inDocuments ? [t.stem, ...future] : otherCut ? [otherCut] : t.script === 'arabic' ? [
      ...otherNumberStems(t, gazetteer, options, documentFrequency),
      // A dictionary's base form (غادر for "leave") in the documents' future, when the question asks about the future,
      // or when it asks when something happened: a passage that tells only of the event to come is then found and
      // declined (see composeAnswer), not the date of another event quoted.
      ...(pastOrFuture ? futureForms(t.stem, true).filter((stem) => documentFrequency('stem', stem) > 0) : []),
    ] : [];
    // A dictionary's verb (قاتل) in the present the documents tell it in («إنهم يقاتلون…»), as speech and statements
    // do: «مع من يتقاتل المسلحون في الشوارع؟» had quoted «…عملية مكافحة الإرهاب» (combat) over it.
    const present = !inDocuments && !otherCut && t.script === 'arabic' ? presentForms(t.stem).filter((stem) => documentFrequency('stem', stem) > 0) : [];
    words.push({ stem: t.stem, stems: Object.freeze(stems), ...(present.length > 0 && { present: Object.freeze(present) }) });
  }
  return Object.freeze({ searched: true, words: Object.freeze(words) });
}
