/**
 * The shape of the colloquial word lists (one file per dialect in this folder) and the helpers they are written with.
 * Forms are stored as people type them; lookups go through normalizeArabic, so hamza, alef maqsura and teh marbuta
 * variants (إيه/ايه, إمتى/امتى, شوية/شويه) are one form and are listed once.
 */

/** Spoken varieties with their own lists. Maghrebi covers Moroccan, Algerian and Tunisian; each list says which. */
export type Dialect = 'egyptian' | 'levantine' | 'gulf' | 'iraqi' | 'maghrebi' | 'sudanese';

export const DIALECTS: readonly Dialect[] = ['egyptian', 'levantine', 'gulf', 'iraqi', 'maghrebi', 'sudanese'];

/** What an interrogative asks for. */
export type Asks = 'what' | 'why' | 'where' | 'when' | 'how-many' | 'who' | 'how' | 'which' | 'yes-no';

export const ASKS: readonly Asks[] = ['what', 'why', 'where', 'when', 'how-many', 'who', 'how', 'which', 'yes-no'];

/** The closed (and a few open) word classes the lists are split into. */
export type WordClass =
  | 'interrogative'
  | 'pronoun'
  | 'demonstrative'
  | 'relative'
  | 'negation'
  | 'existential'
  | 'aspect'
  | 'conjunction'
  | 'preposition'
  | 'adverb'
  | 'quantity'
  | 'number'
  | 'time'
  | 'verb'
  | 'noun';

/**
 * What else a spelling commonly is, beside its dialect use:
 * - `content`: an MSA content word (دول "countries" beside Egyptian "these", قوي "strong" beside "very"):
 *   not to be dropped as a stop word;
 * - `function`: an MSA function word of another kind (من "from" beside "who", ليه "to him" beside "why"):
 *   its question type holds only where the context says it is a question.
 */
export type Homograph = 'content' | 'function';

interface EntryFields {
  /** As people type it (normalise before comparing). */
  form: string;
  dialects: readonly Dialect[];
  class: WordClass;
  /** MSA counterparts as a news article would write them, best first; several words are one space-separated reading. */
  msa: readonly string[];
  homograph?: Homograph;
}

/**
 * One word of a list. `function`: a closed-class word, a stop word for search (its `msa` says what it means);
 * `question`: an interrogative and what it asks for; `msa`: an everyday word read as its MSA counterparts.
 */
export type ColloquialEntry =
  | (EntryFields & { role: 'function' })
  | (EntryFields & { role: 'question'; asks: Asks })
  | (EntryFields & { role: 'msa' });

export type Role = ColloquialEntry['role'];

/** One list: one word class of one dialect, and where it comes from. */
export interface WordList {
  dialect: Dialect;
  class: WordClass;
  /** The references the list follows (grammars, dictionaries, orthography conventions). */
  source: string;
  entries: readonly ColloquialEntry[];
}

/** An entry before its list gives it a dialect and a class. */
export type Draft =
  | { role: 'function'; form: string; msa: readonly string[]; homograph?: Homograph }
  | { role: 'question'; asks: Asks; form: string; msa: readonly string[]; homograph?: Homograph }
  | { role: 'msa'; form: string; msa: readonly string[]; homograph?: Homograph };

/** Splits a space-separated list; in MSA readings `_` joins the words of one reading (أحد_عشر → "أحد عشر"). */
function split(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function readings(msa: string): string[] {
  return split(msa).map((r) => r.replace(/_/g, ' '));
}

/** Interrogatives (space-separated forms) that ask for `asks`, with their MSA counterparts. */
export function question(asks: Asks, forms: string, msa = '', homograph?: Homograph): Draft[] {
  return split(forms).map((form) => ({ role: 'question', asks, form, msa: readings(msa), ...(homograph && { homograph }) }));
}

/** Function words (space-separated forms) with what they mean in MSA. */
export function fn(forms: string, msa = '', homograph?: Homograph): Draft[] {
  return split(forms).map((form) => ({ role: 'function', form, msa: readings(msa), ...(homograph && { homograph }) }));
}

/**
 * Everyday words (space-separated forms) read as their MSA counterparts. `homograph` `content`: the spelling is also
 * a common MSA word of another meaning (عيش "living" beside Egyptian "bread", مخزن "warehouse" beside Moroccan "the
 * state"), so its readings are guesses when the question is written in MSA.
 */
export function means(forms: string, msa: string, homograph?: Homograph): Draft[] {
  return split(forms).map((form) => ({ role: 'msa', form, msa: readings(msa), ...(homograph && { homograph }) }));
}

/** A list of one dialect and class from its drafts. */
export function wordList(dialect: Dialect, wordClass: WordClass, source: string, ...groups: Draft[][]): WordList {
  return { dialect, class: wordClass, source, entries: groups.flat().map((d) => ({ ...d, dialects: [dialect], class: wordClass })) };
}

/** The references cited by the lists. */
export const SOURCES = {
  badawiHinds: 'Badawi & Hinds, A Dictionary of Egyptian Arabic (Librairie du Liban, 1986)',
  abdelMassih: 'Abdel-Massih, Abdel-Malek & Badawi, A Reference Grammar of Egyptian Arabic (Georgetown UP, 1979)',
  codaEgyptian: 'CODA for Egyptian: Habash, Diab & Rambow, "Conventional Orthography for Dialectal Arabic" (LREC 2012)',
  codaStar: 'CODA*: Habash et al., "Unified Guidelines and Resources for Arabic Dialect Orthography" (LREC 2018)',
  brustad: 'Brustad, The Syntax of Spoken Arabic: Moroccan, Egyptian, Syrian and Kuwaiti Dialects (Georgetown UP, 2000)',
  cowell: 'Cowell, A Reference Grammar of Syrian Arabic (Georgetown UP, 1964)',
  stowasserAni: 'Stowasser & Ani, A Dictionary of Syrian Arabic: English-Arabic (Georgetown UP, 1964)',
  codaPalestinian: 'Palestinian CODA: Habash, Jarrar et al., Palestinian Arabic Conventional Orthography Guidelines (tech. report, Curras corpus)',
  holes1990: 'Holes, Gulf Arabic (Routledge Descriptive Grammars, 1990)',
  qafisheh: 'Qafisheh, A Short Reference Grammar of Gulf Arabic (University of Arizona Press, 1977)',
  qafishehDictionary: "Qafisheh, NTC's Gulf Arabic-English Dictionary (1997)",
  codaGulf: 'Gulf CODA: Khalifa et al., "A Large Scale Corpus of Gulf Arabic" (LREC 2016)',
  erwin: 'Erwin, A Short Reference Grammar of Iraqi Arabic (Georgetown UP, 1963)',
  woodheadBeene: 'Woodhead & Beene, A Dictionary of Iraqi Arabic: Arabic-English (Georgetown UP, 1967)',
  harrell: 'Harrell, A Short Reference Grammar of Moroccan Arabic (Georgetown UP, 1962)',
  harrellDictionary: 'Harrell & Sobelman (eds.), A Dictionary of Moroccan Arabic: Moroccan-English (Georgetown UP, 1966)',
  caubet: "Caubet, L'arabe marocain (Peeters, 1993)",
  marcais: "Marçais, Esquisse grammaticale de l'arabe maghrébin (Maisonneuve, 1977)",
  singer: 'Singer, Grammatik der arabischen Mundart der Medina von Tunis (de Gruyter, 1984)',
  codaTunisian: 'Tunisian CODA: Zribi et al., "Conventional Orthography for Tunisian Arabic" (LREC 2014)',
  codaAlgerian: 'Algerian CODA: Saadane & Habash, "A Conventional Orthography for Algerian Arabic" (ANLP workshop, 2015)',
  dickins: 'Dickins, "Khartoum Arabic", Encyclopedia of Arabic Language and Linguistics (Brill, 2007)',
  hillelson: 'Hillelson, Sudan Arabic: English-Arabic Vocabulary (2nd ed., 1930)',
  ryding: 'Ryding, A Reference Grammar of Modern Standard Arabic (Cambridge UP, 2005)',
  madar: 'Bouamor, Habash, Salameh et al., "The MADAR Arabic Dialect Corpus and Lexicon" (LREC 2018)',
} as const;

/** Joins references into one source line. */
export function cite(...sources: string[]): string {
  return sources.join('; ');
}
