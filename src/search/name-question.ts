// Whether a question asks for the name of something ("what's the name of the academy?", «شو اسم الجماعة؟», «как
// называется группировка?», "need the names"). Its answer names it: a sentence that only speaks of "the academy" or "a
// number of TV companies" does not answer it, however close its words (see quoteHoldsAName).
import type { AnalyzedToken } from '../text/analyze.js';
import { WHICH } from '../text/question-words.js';
import { readColloquial } from '../text/read-colloquial.js';

/** Russian «называться» (to be called) in its reflexive forms: «как называется…?». Not «называет» (calls it…). */
export const RUSSIAN_IS_CALLED = /^(?:называ(?:ет|ют)ся|называл(?:ся|ась|ось|ись))$/;
/** English and Russian nouns of a name, asked wherever they stand ("need the names", «название группировки»). */
const FOREIGN_NAME = /^(?:names?|названи[а-я]*|имена)$/;
/** Russian «зовут, звали» (is, was called) after «как»: «как зовут/звали…?», the name of a person. */
const RUSSIAN_CALL_BY_NAME = /^(?:зовут|звали|звать)$/;

/** Whether a word and the next one ask a person's name in Russian: «как зовут…?», «как звали…?». */
export function asksRussianNameAt(word: string, next: string): boolean {
  return word === 'как' && RUSSIAN_CALL_BY_NAME.test(next);
}
/** "Name" in "what is the name of…", normalised: اسم، the Maghrebi سمية (ما اسم…؟، شو اسم…؟، شنو سمية…؟). */
export const ARABIC_NAME_NOUNS: ReadonlySet<string> = new Set(['اسم', 'سميه']);
/** "His name", "her name" (اسمه، اسمها, the Levantine اسمو), normalised. */
export const ARABIC_NAME_WITH_PRONOUN: ReadonlySet<string> = new Set(['اسمه', 'اسمها', 'اسمو', 'اسمهم']);
/** The Arabic plural "names" asks for them wherever it stands («بدي أسماء القنوات»). */
const ARABIC_NAMES: ReadonlySet<string> = new Set(['اسماء', 'اسامي']);

/**
 * Whether word may be "what" in the standard language or a dialect (ما، شو، ايش، وش، ايه، شنو): beside «اسم» even the
 * «ما» that may be a negation asks.
 */
function isWhat(word: string): boolean {
  return readColloquial(word).asks === 'what';
}

/** "Was" and "is" between "what" and «اسم» (شو كان اسمه؟، ما هو اسم…؟، وش كانت اسم…), normalised. */
const COPULAS: ReadonlySet<string> = new Set(['كان', 'كانت', 'هو', 'هي', 'يكون', 'تكون']);

/** Whether "what" stands just before the word at i, or before a copula just before it. */
function whatBefore(tokens: readonly AnalyzedToken[], i: number): boolean {
  const before = tokens[i - 1]?.normalized ?? '';
  return isWhat(before) || (COPULAS.has(before) && isWhat(tokens[i - 2]?.normalized ?? ''));
}

/**
 * Words that may stand between "which" or "names" and the kind: "which tv channels", "names of the channels", «من أي
 * شركات», «какие именно каналы».
 */
const BEFORE_KIND: ReadonlySet<string> = new Set(['tv', 'exactly', 'of', 'the', 'foreign', 'western', 'news', 'именно', 'конкретно', 'иностранные', 'зарубежные', 'западные', 'من']);
/**
 * Nouns of organisations known by their names (airlines, companies, TV channels, newspapers, banks, parties): "which
 * airline were the planes from?" asks for a name, which a sentence saying "foreign planes" does not give.
 */
const ORGANISATION_KINDS = /^(?:airlines?|carriers?|compan(?:y|ies)|firms?|channels?|broadcasters?|newspapers?|outlets?|media|banks?|part(?:y|ies)|(?:[وف]?(?:ال)?(?:شركه|شركات|قناه|قنوات|صحيفه|صحف|جريده|جرائد|بنك|بنوك|مصرف|مصارف|حزب|احزاب))|сми|(?:авиакомпани|компани|телеканал|канал|газет|издани|банк|парти)[а-я]*)$/;
/** «وسائل» is media before «الإعلام» (وسائل الإعلام), and means elsewhere (بأي وسائل). */
const ARABIC_MEDIA = /^(?:ال)?وساءل$/;
const ARABIC_INFORMATION = /^(?:ال)?اعلام$/;

/** Whether the normalised words at i are «وسائل الإعلام», the media: not the means that «وسائل» is alone. */
export function isArabicMediaAt(words: readonly string[], i: number): boolean {
  return ARABIC_MEDIA.test(words[i] ?? '') && ARABIC_INFORMATION.test(words[i + 1] ?? '');
}

/**
 * The index of the noun of the kind of organisation a question asks which of, after "which" ("which airline…?", «أي
 * قنوات…؟»، «какие каналы…?») or after "names of" (need the names of the channels, «أسماء القنوات»), or -1: a sentence
 * naming an organisation of that kind answers it, not one naming a place.
 */
export function organisationKindIndex(tokens: readonly AnalyzedToken[]): number {
  const words = tokens.map((t) => t.normalized);
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const which = WHICH.has(word) || readColloquial(word).asks === 'which';
    // «اسم» alone too: right before the kind it asks it («وش اسم شركة الطيران؟»).
    if (!which && !FOREIGN_NAME.test(word) && !ARABIC_NAMES.has(word) && word !== 'اسم') continue;
    let k = i + 1;
    while (k < words.length - 1 && BEFORE_KIND.has(words[k]!)) k++;
    if (ORGANISATION_KINDS.test(words[k]!) || isArabicMediaAt(words, k)) return k;
  }
  return -1;
}

/**
 * Whether the question asks for a name: an English or Russian noun of a name, the Arabic plural "names", or the Arabic
 * "name" beside a "what" («ما اسم…؟»، «اسمها إيه؟»): alone, «اسم» may be part of what is asked about («باسم الشعب»).
 * Which organisation a question asks is a name asked too (see organisationKindIndex and queryAsks).
 */
export function asksForName(tokens: readonly AnalyzedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.normalized;
    if (FOREIGN_NAME.test(word) || RUSSIAN_IS_CALLED.test(word) || ARABIC_NAMES.has(word)) return true;
    if (asksRussianNameAt(word, tokens[i + 1]?.normalized ?? '')) return true;
    if ((ARABIC_NAME_NOUNS.has(word) || ARABIC_NAME_WITH_PRONOUN.has(word)) && (whatBefore(tokens, i) || isWhat(tokens[i + 1]?.normalized ?? ''))) return true;
  }
  return false;
}
