import { analyze, stemWord, type AnalyzedToken } from '../text/analyze.js';
import { normalizeWord } from '../text/analyze.js';
import { CYRILLIC_LETTERS, isOneSlipApart, LATIN_LETTERS, visitSpellingEdits } from '../text/spelling-edits.js';
import { consonantSkeleton } from '../text/consonant-skeleton.js';
import { stemWithoutProclitic, stripArabicPrefixes } from '../text/stem-arabic.js';
import { stemRussianName } from '../text/stem-latin-cyrillic.js';
import { memoizeWord } from '../text/memoize-word.js';

/** One entity or key term and its spellings (corpus/gazetteer.json). */
export interface GazetteerEntry {
  id: string;
  /** person and place names are protected from stemming. */
  kind: 'person' | 'place' | 'org' | 'term';
  ar?: string[];
  en?: string[];
  ru?: string[];
  /**
   * Ids of wider entries whose mention answers a question about this one, at less credit: the police are among «جهات
   * إنفاذ القانون» (law enforcement), which a report may name instead.
   */
  broader?: string[];
  /**
   * How reports describe it rather than name it («أكبر مدينة»، «العاصمة السابقة» for Almaty): found as its aliases are,
   * but their words are ordinary words, not kept whole as a person's or place's name is («الاقتصادية» of «العاصمة
   * الاقتصادية» must still meet «السياسة الاقتصادية»).
   */
  descriptions?: { ar?: string[]; en?: string[]; ru?: string[] };
}

/** An entity found in a token sequence: tokens [first, last] of the analysed text. */
export interface EntityMatch {
  id: string;
  first: number;
  last: number;
}

/** The gazetteer's data, before it is compiled. */
export interface GazetteerData {
  entries: GazetteerEntry[];
}

const PROTECTED_KINDS = new Set(['person', 'place']);
/** The Arabic long vowels, which writers of foreign names often leave out (see placeOrPersonOfMisspelt). */
const LONG_VOWELS = ['ا', 'ي', 'و'];

/**
 * Whether two Arabic stems differ by one long vowel, added or left out past the first letter: «صدى البلاد» typed for
 * the name «صدى البلد».
 */
function isLongVowelApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 2) return false;
  // The longer without its letter k is the shorter when the two agree before k (k is at most their first difference)
  // and the longer's letters after k are the shorter's from k on: compared in place, no string made per k.
  let differ = 0;
  while (differ < short.length && long[differ] === short[differ]) differ++;
  for (let k = 1; k <= differ; k++) if (LONG_VOWELS.includes(long[k]!) && sameFrom(long, k + 1, short, k)) return true;
  return false;
}

/**
 * Whether two Russian words differ only by о written as а or а as о, as a speaker writes the unstressed о he hears as а
 * (akanye: «палажение» for положение, «харашо»), however many times: a common misspelling that one slip does not cover.
 */
function sameButAkanye(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if ((a[k] !== 'о' && a[k] !== 'а') || (b[k] !== 'о' && b[k] !== 'а')) return false;
  }
  return true;
}

/** Whether `a` from index `i` on is `b` from index `j` on (the two tails of equal length). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
  return true;
}

/** A word's ending after its stem: the feminine ة, alone, before a pronoun (خارجيتها، حكومته) or as the plural ات. */
const FEMININE_ENDING = /(?:ه|ات|ت(?:ه|ها|هم|هما|هن|ي|ك|كم|كما|نا))$/;
/** The sound masculine plural's ending: ون or ين. */
const PLURAL_ENDING = /(?:ون|ين)$/;

/**
 * The ending an Arabic word (normalised) has after its stem that some one-word aliases need: the feminine (its ة kept
 * as in الخارجيه, before a pronoun, or the plural ات), the sound masculine plural (ون، ين), or none ('').
 */
export type WordEnding = 'feminine' | 'plural' | '';

export function endingOf(normalized: string): WordEnding {
  return FEMININE_ENDING.test(normalized) ? 'feminine' : PLURAL_ENDING.test(normalized) ? 'plural' : '';
}

/** An alias as the stems of its content words; `ending`: the ending its one Arabic word must keep (see the constructor). */
interface Alias {
  id: string;
  stems: string[];
  /** The words as written (normalised), whose stems `stems` are: a slip is made in a word, not in its stem. */
  words: string[];
  ending: WordEnding;
  /** Per word, whether the alias has a function word before it ("state of emergency": [false, true]). */
  gapBefore: boolean[];
}

/**
 * Fewest consonant classes a skeleton needs to stand for a name: with three, ordinary words collide with names
 * (تكييف and Tokayev are both TKB).
 */
const MIN_NAME_SKELETON = 4;

/**
 * Fewest letters a Latin or Cyrillic word needs to be read as a typing slip of an alias (see entryOfMisspelt), and
 * most: no alias is that long (and visitSpellingEdits makes none past MAX_SLIPPED_WORD_CHARS).
 * 7 → 5: names typed in chat (Aktao, Такаев) are short; a word a dictionary knows is never read as a slip. Held-out
 * probes +3 −1 (three English "Aktao, Aktaw" questions declined before), every other set the same.
 */
const MIN_MISSPELT_LETTERS = 5;
/** The same for an Arabic word, which carries its article and clitics (see placeOrPersonOfMisspelt). */
const MIN_MISSPELT_ARABIC_LETTERS = 7;
const MAX_MISSPELT_LETTERS = 24;
/**
 * The most letters the stemmer may cut from a Latin or Cyrillic edit that is read as an alias's slip: an ending
 * (peacekeper → peacekeeper → peacekeep). More is a longer word whose stem only meets the alias's: "politically", one
 * edit from "policically", is stemmed to police's «polic».
 */
const MAX_SLIPPED_ENDING = 3;
/** Words whose unprefixedStartOfLongAlias a gazetteer remembers; past that, it starts afresh. */
const REMEMBERED_UNPREFIXED_WORDS = 20_000;
/** An alias written in two to six capitals (CSTO, ОДКБ, KNB). */
const ACRONYM = /^[A-ZА-ЯЁ]{2,6}$/;
/** Fewest letters of an acronym read with two letters swapped: three-letter swaps meet words (ONU, МДИ). */
const MIN_SWAPPED_ACRONYM = 4;

/** The content words of an analysed alias, each with whether a function word stands before it. */
function contentWordsOf(analysed: readonly AnalyzedToken[]): Array<{ stem: string; word: string; gapBefore: boolean }> {
  const words: Array<{ stem: string; word: string; gapBefore: boolean }> = [];
  let gap = false;
  for (const token of analysed) {
    if (token.stop || !token.stem) gap = true;
    else {
      words.push({ stem: token.stem, word: token.normalized, gapBefore: words.length > 0 && gap });
      gap = false;
    }
  }
  return words;
}

/**
 * A place's Arabic aliases with the plural of its people: a place named by its adjective in both genders (روسي،
 * روسية) is also named by the collective without the adjective's ي (الروس "the Russians", الكازاخ). The two genders
 * together tell an adjective from a name that merely ends in ي (ألماتي).
 */
function withDemonyms(entry: GazetteerEntry): GazetteerEntry {
  if (entry.kind !== 'place' || !entry.ar) return entry;
  const words = new Set(entry.ar.filter((a) => !/[\s-]/.test(a.trim())).map((a) => stripArabicPrefixes(normalizeWord(a))));
  const peoples = [...words].filter((w) => w.length >= 4 && w.endsWith('ي') && words.has(`${w}ه`)).map((w) => w.slice(0, -1)).filter((w) => !words.has(w));
  return peoples.length ? { ...entry, ar: [...entry.ar, ...peoples] } : entry;
}

/** The aliases of two words or more whose first word has one first letter, every word of theirs, and the most words of one. */
interface MultiWordAliases {
  aliases: readonly Alias[];
  stems: ReadonlySet<string>;
  longest: number;
}

/** Whether the stem of one of the `count` content words from `p` on is in `stems`. */
function anyStemIn(stems: ReadonlySet<string>, content: ReadonlyArray<{ t: AnalyzedToken }>, p: number, count: number): boolean {
  for (let q = p; q < p + count && q < content.length; q++) if (stems.has(content[q]!.t.stem)) return true;
  return false;
}

/** No entry ids (see Gazetteer.entriesHeadedBy). */
const NO_IDS: readonly string[] = [];

/**
 * Finds the gazetteer's entities in analysed text, by their stems (so inflected and prefixed forms match),
 * longest alias first. Also provides the names the stemmer must leave whole.
 */
export class Gazetteer {
  /** Normalised single words of person and place names, their article-less forms, and the stems of Russian names. */
  readonly protectedWords: ReadonlySet<string>;
  /** The kind of each entry, by id. */
  readonly kinds: ReadonlyMap<string, GazetteerEntry['kind']>;
  /** The wider entries of each entry that has some (see GazetteerEntry.broader), by id. */
  readonly broader: ReadonlyMap<string, readonly string[]>;
  /** The narrower entries of each entry that has some (the entries naming it among their `broader`), by id. */
  readonly narrower: ReadonlyMap<string, readonly string[]>;
  private readonly aliasesByFirstStem = new Map<string, Alias[]>();
  /** The aliases of several words, by their first stem (a word read without its proclitic may start one). */
  private readonly longAliasesByFirstStem = new Map<string, Alias[]>();
  /** Person and place names by the consonant skeleton of each one-word alias; '' marks a skeleton two names share. */
  private readonly namesBySkeleton = new Map<string, string>();
  /** Places' and persons' one-word Arabic aliases (normalised) by the entry they name, or '' when two share one. */
  private readonly arabicOneWordAliases = new Map<string, string>();
  /** Entries by their Latin or Cyrillic acronyms (CSTO, ОДКБ), folded to lower case; '' marks one two entries share. */
  private readonly acronyms = new Map<string, string>();

  constructor(readonly entries: readonly GazetteerEntry[] = []) {
    const protectedWords = new Set<string>();
    const named = entries.map(withDemonyms);
    for (const entry of named) {
      if (!PROTECTED_KINDS.has(entry.kind)) continue;
      for (const alias of entry.ar ?? []) {
        for (const word of alias.split(/[\s-]+/)) {
          const normalized = normalizeWord(word);
          if (normalized.length < 3) continue;
          protectedWords.add(normalized);
          protectedWords.add(stripArabicPrefixes(normalized));
        }
      }
      for (const alias of entry.ru ?? []) {
        for (const word of alias.split(/[\s-]+/)) {
          const normalized = normalizeWord(word);
          if (normalized.length >= 3) protectedWords.add(stemRussianName(normalized));
        }
      }
    }
    this.protectedWords = protectedWords;
    for (const entry of named) {
      if (!PROTECTED_KINDS.has(entry.kind)) continue;
      for (const alias of entry.ar ?? []) {
        if (/[\s-]/.test(alias.trim())) continue;
        const normalized = normalizeWord(alias);
        const known = this.arabicOneWordAliases.get(normalized);
        this.arabicOneWordAliases.set(normalized, known === undefined || known === entry.id ? entry.id : '');
      }
      for (const alias of [...(entry.ar ?? []), ...(entry.en ?? []), ...(entry.ru ?? [])]) {
        if (/[\s-]/.test(alias.trim())) continue;
        const skeleton = consonantSkeleton(stripArabicPrefixes(normalizeWord(alias)));
        if (skeleton.length < MIN_NAME_SKELETON) continue;
        const known = this.namesBySkeleton.get(skeleton);
        this.namesBySkeleton.set(skeleton, known === undefined || known === entry.id ? entry.id : '');
      }
    }
    for (const entry of entries) {
      for (const alias of [...(entry.en ?? []), ...(entry.ru ?? [])]) {
        if (!ACRONYM.test(alias)) continue;
        const folded = normalizeWord(alias);
        const known = this.acronyms.get(folded);
        this.acronyms.set(folded, known === undefined || known === entry.id ? entry.id : '');
      }
    }
    this.kinds = new Map(entries.map((e) => [e.id, e.kind]));
    this.broader = new Map(entries.flatMap((e) => (e.broader?.length ? [[e.id, e.broader] as const] : [])));
    const narrower = new Map<string, string[]>();
    for (const [id, wider] of this.broader) for (const w of wider) narrower.set(w, [...(narrower.get(w) ?? []), id]);
    this.narrower = narrower;
    const add = (id: string, analysed: readonly AnalyzedToken[], ending: WordEnding = '') => {
      const words = contentWordsOf(analysed);
      const stems = words.map((w) => w.stem);
      if (stems.length === 0) return;
      const gapBefore = words.map((w) => w.gapBefore);
      const list = this.aliasesByFirstStem.get(stems[0]!) ?? [];
      const same = list.find((a) => a.id === id && a.stems.join(' ') === stems.join(' '));
      // Another alias of the stem with another ending or none (الروسي beside الروسية) lets any form of it name the
      // entry; one with a function word where the other has none lets the text have one there.
      if (same) {
        if (same.ending !== ending) same.ending = '';
        same.gapBefore = same.gapBefore.map((gap, j) => gap || gapBefore[j]!);
      } else list.push({ id, stems, words: words.map((w) => w.word), ending, gapBefore });
      this.aliasesByFirstStem.set(stems[0]!, list);
    };
    // Adds an analysed alias and returns its content words. A one-word Arabic alias whose ending the light stemmer
    // takes off names the entry only with it: الخارجية is the foreign ministry, الخارج "abroad" is not; الشرطة is the
    // police, شرط "a condition" is not; المسلحون are gunmen, while مسلح and المسلحة are "armed" (القوات المسلحة).
    const addWithEnding = (id: string, analysed: readonly AnalyzedToken[]) => {
      const words = analysed.filter((t) => !t.stop);
      const ending = words.length === 1 && words[0]!.script === 'arabic' ? endingOf(words[0]!.normalized) : '';
      add(id, analysed, ending && endingOf(words[0]!.stem) !== ending ? ending : '');
      return words;
    };
    for (const entry of named) {
      const { ar = [], en = [], ru = [] } = entry.descriptions ?? {};
      for (const alias of [...(entry.ar ?? []), ...(entry.en ?? []), ...(entry.ru ?? []), ...ar, ...en, ...ru]) {
        const words = addWithEnding(entry.id, analyze(alias, { protectedWords }));
        // The light stemmer takes a word's first و for "and" unless the article stands before it (وكالة → كال, but
        // الوكالة → وكال): the alias is met with the article too («ما الوكالة التي…؟»).
        if (words.some((w) => w.script === 'arabic' && w.normalized.startsWith('و') && !w.stem.startsWith('و'))) {
          const withArticle = alias.split(' ').map((word) => (normalizeWord(word).startsWith('و') ? `ال${word}` : word)).join(' ');
          addWithEnding(entry.id, analyze(withArticle, { protectedWords }));
        }
      }
      // A Russian name of several words is also met by the ordinary stems of its inflected forms: a part too short
      // for its case ending to come off as a name's (Ата) is stemmed as any word once inflected (в Алма-Ате: ат).
      for (const alias of entry.ru ?? []) {
        const analysed = analyze(alias);
        if (analysed.filter((t) => !t.stop).length > 1) add(entry.id, analysed);
      }
    }
    for (const [stem, list] of this.aliasesByFirstStem) {
      list.sort((a, b) => b.stems.length - a.stems.length);
      const long = list.filter((a) => a.stems.length > 1);
      if (long.length) this.longAliasesByFirstStem.set(stem, long);
    }
  }

  /**
   * The person or place a misspelt name stands for, by its consonant skeleton (كازخستان, Kazakstan: KSKSTN), when that
   * is the skeleton of one of the name's one-word aliases and of no other name's; undefined otherwise.
   */
  nameOfSkeleton(skeleton: string): string | undefined {
    return skeleton.length >= MIN_NAME_SKELETON ? this.namesBySkeleton.get(skeleton) || undefined : undefined;
  }

  /**
   * Whether one of the entry's one-word Arabic aliases is `word` with a final ة the light stemmer takes off: two words
   * of one stem and other meanings (شرط "condition" and الشرطة "the police"). Not ى: قتل and القتلى are one meaning.
   */
  isAliasWithEnding(id: string, word: string): boolean {
    const bare = stripArabicPrefixes(normalizeWord(word));
    return bare !== '' && this.bareOneWordAliases(id).includes(`${bare}ه`);
  }

  /**
   * Whether `word` is the adjective (nisba) of one of the entry's one-word Arabic aliases ending in ة: «الحكومية»
   * (governmental) of «حكومة», which the light stemmer makes one stem.
   */
  isAdjectiveOfAlias(id: string, word: string): boolean {
    const bare = stripArabicPrefixes(normalizeWord(word));
    if (!bare) return false;
    return this.bareOneWordAliases(id).some((alias) => alias.endsWith('ه') && (bare === `${alias.slice(0, -1)}يه` || bare === `${alias.slice(0, -1)}ي`));
  }

  /**
   * The entry's one-word Arabic aliases, normalised, without a prefix or article (see stripArabicPrefixes): worked out
   * once per entry, as questions ask it of the same few entries again and again.
   */
  private bareOneWordAliases(id: string): readonly string[] {
    let aliases = this.bareAliases.get(id);
    if (!aliases) {
      aliases = (this.entries.find((e) => e.id === id)?.ar ?? []).filter((alias) => !/\s/.test(alias.trim())).map((alias) => stripArabicPrefixes(normalizeWord(alias)));
      this.bareAliases.set(id, aliases);
    }
    return aliases;
  }
  private readonly bareAliases = new Map<string, readonly string[]>();

  /**
   * Every entity mention in the tokens, left to right. A function word inside a mention is skipped where the alias has
   * one («حالة من الطوارئ» no, "state of emergency" yes), not elsewhere: «الرئيس إلى الحكومة» is no «رئيس الحكومة».
   */
  match(tokens: readonly AnalyzedToken[]): EntityMatch[] {
    // The content words' stems and their places among the tokens (two arrays: no object per word).
    const stems: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.stem) {
        stems.push(tokens[i]!.stem);
        at.push(i);
      }
    }
    const matches: EntityMatch[] = [];
    // A word's ending is asked only of a word an alias needing one starts at (seldom).
    const ending = (p: number) => (tokens[at[p]!]!.script === 'arabic' ? endingOf(tokens[at[p]!]!.normalized) : '');
    const unprefixed = (p: number) => {
      const token = tokens[at[p]!]!;
      return token.script === 'arabic' ? this.unprefixedStartOfLongAlias(token.normalized, token.stem) : undefined;
    };
    const gapBefore = (p: number) => p > 0 && at[p]! - at[p - 1]! > 1;
    this.matchContentStems(stems, ending, unprefixed, gapBefore, (id, first, last) => void matches.push({ id, first: at[first]!, last: at[last]! }));
    return matches;
  }

  /** The entries with a name of two words or more whose first word has this stem (مجلس: the Security Council…). */
  entriesHeadedBy(stem: string): readonly string[] {
    if (!this.heads) {
      this.heads = new Map();
      for (const { id, stems } of [...this.multiWordAliases.values()].flatMap((group) => group.aliases)) {
        const ids = this.heads.get(stems[0]!) ?? [];
        if (!ids.includes(id)) ids.push(id);
        this.heads.set(stems[0]!, ids);
      }
    }
    return this.heads.get(stem) ?? NO_IDS;
  }
  private heads?: Map<string, string[]>;

  /**
   * The aliases of two words or more (see matchWithSlips) by the first letter of their first word, which a slip leaves
   * alone: each question word is tried against a few, not all. Made on first use.
   */
  private get multiWordAliases(): ReadonlyMap<string, MultiWordAliases> {
    if (!this.multiWordByLetter) {
      this.multiWordByLetter = new Map();
      // Longest first: "collective security council" before "security council".
      const aliases = [...this.aliasesByFirstStem.values()].flat().filter((a) => a.stems.length >= 2).sort((a, b) => b.stems.length - a.stems.length);
      for (const alias of aliases) {
        const letter = alias.stems[0]![0] ?? '';
        let group = this.multiWordByLetter.get(letter);
        if (!group) this.multiWordByLetter.set(letter, (group = { aliases: [], stems: new Set(), longest: 0 }));
        group.aliases.push(alias);
        for (const stem of alias.stems) group.stems.add(stem);
        group.longest = Math.max(group.longest, alias.stems.length);
      }
    }
    return this.multiWordByLetter;
  }
  private multiWordByLetter?: Map<string, { aliases: Alias[]; stems: Set<string>; longest: number }>;

  /**
   * Mentions of aliases of two words or more in a question's Latin or Cyrillic words with one typing slip in one of
   * them ("security counsil", "foriegn ministry", «совета безопастности»), a word of MIN_MISSPELT_LETTERS or more, that
   * overlap none of `found`: a chat types a name's words as carelessly as others, and a word of it alone
   * (entryOfMisspelt) names nothing. In Arabic words the slip is a long vowel added or left out («صدى البلاد» for «صدى
   * البلد»: tuned probes +1, held out +1, every other set and ARCD the same). A Latin or Cyrillic word is a slip of the
   * alias's word or of its stem: "securty" stems to «securti», two edits from security's «secur», one from the word
   * (tuned probes +1, held out +2, every other set and ARCD the same).
   */
  matchWithSlips(tokens: readonly AnalyzedToken[], found: readonly EntityMatch[]): EntityMatch[] {
    const content = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.stem);
    const matches: EntityMatch[] = [];
    const overlaps = (first: number, last: number) => [...found, ...matches].some((m) => m.first <= last && first <= m.last);
    // With exactly one word a slip away from the alias's, every other the alias's own. The words are compared first
    // (a slip seldom falls on the first letter, as in entryOfSpellingEdit): most aliases differ in two words or in a
    // first letter, and only the one word that may be a slip is tested as one.
    const fits = (p: number, { stems, words }: Alias) => {
      let slipped = -1;
      for (let j = 0; j < stems.length; j++) {
        const stem = content[p + j]!.t.stem;
        if (stem === stems[j]) continue;
        if (stem[0] !== stems[j]![0] || slipped >= 0) return false;
        slipped = j;
      }
      if (slipped < 0) return false;
      const { t } = content[p + slipped]!;
      const s = stems[slipped]!;
      if (t.script === 'arabic') return isLongVowelApart(t.stem, s);
      if (t.normalized.length < MIN_MISSPELT_LETTERS) return false;
      return isOneSlipApart(t.stem, s) || isOneSlipApart(t.normalized, words[slipped]!) || (t.script === 'cyrillic' && sameButAkanye(t.normalized, words[slipped]!));
    };
    for (let p = 0; p < content.length; p++) {
      const { script } = content[p]!.t;
      if (script !== 'latin' && script !== 'cyrillic' && script !== 'arabic') continue;
      const group = this.multiWordAliases.get(content[p]!.t.stem[0] ?? '');
      // An alias of two words or more with one slip has one of its words as it is: where none of the words from here
      // on is a word of the letter's aliases, none of them fits.
      if (!group || !anyStemIn(group.stems, content, p, group.longest)) continue;
      const alias = group.aliases.find((a) => p + a.stems.length <= content.length && fits(p, a));
      if (!alias) continue;
      const first = content[p]!.i;
      const last = content[p + alias.stems.length - 1]!.i;
      if (overlaps(first, last)) continue;
      matches.push({ id: alias.id, first, last });
      p += alias.stems.length - 1;
    }
    return matches;
  }

  /**
   * The entry a Latin or Cyrillic word (normalised) names with one typing slip (peacekeper, protesers, миротворци):
   * the first edit, likeliest first, that is a one-word alias of an entry by its stem. Words shorter than
   * MIN_MISSPELT_LETTERS are left alone: too many words lie one letter from a short alias. An Arabic word only by a
   * long vowel left out (see placeOrPersonOfMisspelt).
   */
  entryOfMisspelt(word: string, script: 'latin' | 'cyrillic' | 'arabic'): string | undefined {
    if (word.length < MIN_MISSPELT_LETTERS || word.length > MAX_MISSPELT_LETTERS) return undefined;
    return this.misspeltMemos[script](word);
  }

  /**
   * entryOfMisspelt's search, remembered per script and word: a question asks it of each word no dictionary reads,
   * and trying every one-letter edit stems each (a tenth of a whole answer's time before it was remembered).
   */
  private readonly misspeltMemos = {
    latin: memoizeWord((word: string) => this.entryOfSpellingEdit(word, 'latin')),
    cyrillic: memoizeWord((word: string) => this.entryOfSpellingEdit(word, 'cyrillic')),
    arabic: memoizeWord((word: string) => this.placeOrPersonOfMisspelt(word)),
  };

  /** The entry a Latin or Cyrillic word names with one typing slip (see entryOfMisspelt). */
  private entryOfSpellingEdit(word: string, script: 'latin' | 'cyrillic'): string | undefined {
    // Stemmed as the aliases were: a Russian name by its case ending alone (России → росси, not Snowball's росс).
    const aliasOf = (edit: string) => {
      const stem = stemWord(edit, script, { protectedWords: this.protectedWords });
      if (edit.length - stem.length > MAX_SLIPPED_ENDING) return undefined;
      return this.aliasesByFirstStem.get(stem)?.find((a) => a.stems.length === 1)?.id;
    };
    let found: string | undefined;
    visitSpellingEdits(word, script === 'latin' ? LATIN_LETTERS : CYRILLIC_LETTERS, (edit) => {
      // A slip seldom falls on the first letter, which makes words of names ("error" is no "terror").
      if (edit[0] !== word[0]) return false;
      found = aliasOf(edit);
      return found !== undefined;
    });
    return found;
  }

  /**
   * The place or person an Arabic word (normalised, with its article) names with a long vowel left out, as a one-word
   * alias of theirs is written: «الكزاخيه» for «الكازاخية», as «كزاخستان» for «كازاخستان». Only that slip, the
   * commonest in foreign names: another letter («الرئسيه» for الرئيسية, "main") would make الروسيه of common words.
   * Only words of MIN_MISSPELT_ARABIC_LETTERS or more.
   */
  private placeOrPersonOfMisspelt(word: string): string | undefined {
    if (word.length < MIN_MISSPELT_ARABIC_LETTERS) return undefined;
    for (let i = 1; i < word.length; i++) {
      for (const vowel of LONG_VOWELS) {
        const id = this.arabicOneWordAliases.get(word.slice(0, i) + vowel + word.slice(i));
        if (id) return id;
      }
    }
    return undefined;
  }

  /**
   * The entry whose acronym a word is with two neighbouring letters swapped (CSOT, CTSO, ОДБК for CSTO, ОДКБ): the
   * commonest slip in a word of capitals, too short for entryOfMisspelt. Folded word; undefined when none.
   */
  entryOfSwappedAcronym(word: string): string | undefined {
    if (word.length < MIN_SWAPPED_ACRONYM || this.acronyms.has(word)) return undefined;
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      const id = this.acronyms.get(swapped);
      if (id) return id;
    }
    return undefined;
  }

  /** Whether some alias starts with this stem (no mention can start at a word whose stem does not). */
  startsAlias(stem: string): boolean {
    return this.aliasesByFirstStem.has(stem);
  }

  /**
   * The stem of an Arabic word (normalised, and its stem) read without the preposition or conjunction in front that
   * the stemmer keeps (لمجلس → مجلس), when an alias of several words starts with it: لمجلس الأمن is the Security
   * Council. One-word aliases are not met this way (ل and ب also start words of their own).
   */
  unprefixedStartOfLongAlias(normalized: string, stem: string): string | undefined {
    // Remembered by the word with the stem it was given (the value depends on both and on this gazetteer alone):
    // every question and alternative wording matched stems its words' unprefixed forms again.
    const known = this.unprefixedStarts.get(normalized);
    if (known?.stem === stem) return known.start;
    const bare = stemWithoutProclitic(normalized, stem, { protectedWords: this.protectedWords });
    const start = bare !== undefined && this.longAliasesByFirstStem.has(bare) ? bare : undefined;
    if (this.unprefixedStarts.size >= REMEMBERED_UNPREFIXED_WORDS) this.unprefixedStarts.clear();
    this.unprefixedStarts.set(normalized, { stem, start });
    return start;
  }
  private readonly unprefixedStarts = new Map<string, { stem: string; start: string | undefined }>();

  /**
   * The ids of the mentions match finds, given only the stems of the content words, in order, the ending of each
   * (endingOf its normalised form), each one's unprefixedStartOfLongAlias, and whether a function word stands before
   * each.
   */
  matchStems(stems: readonly string[], endings: readonly WordEnding[], unprefixed: readonly (string | undefined)[] = [], gapBefore: readonly boolean[] = []): string[] {
    const ids: string[] = [];
    this.matchContentStems(stems, (p) => endings[p] ?? '', (p) => unprefixed[p], (p) => gapBefore[p] === true, (id) => void ids.push(id));
    return ids;
  }

  /** Calls `found` with each mention's id and its first and last positions in `stems`, left to right. */
  private matchContentStems(
    stems: readonly string[],
    ending: (position: number) => WordEnding,
    unprefixed: (position: number) => string | undefined,
    gapBefore: (position: number) => boolean,
    found: (id: string, first: number, last: number) => void,
  ): void {
    // The ids found at the current position (an entry is found once per position), made only where one is found:
    // most words start no alias, and every question and passage is matched (a set and a closure per word were made).
    let seen: Set<string> | undefined;
    const tryAliases = (p: number, first: string, candidates: readonly Alias[]) => {
      for (const { id, stems: alias, ending: needsEnding, gapBefore: aliasGap } of candidates) {
        if (seen?.has(id) || p + alias.length > stems.length || (needsEnding && ending(p) !== needsEnding)) continue;
        // The candidates are those of the first stem: the words after it are compared.
        let j = 1;
        while (j < alias.length && stems[p + j] === alias[j] && (aliasGap[j] || !gapBefore(p + j))) j++;
        if (j < alias.length) continue;
        (seen ??= new Set()).add(id);
        found(id, p, p + alias.length - 1);
      }
    };
    for (let p = 0; p < stems.length; p++) {
      seen = undefined;
      const candidates = this.aliasesByFirstStem.get(stems[p]!);
      if (candidates) tryAliases(p, stems[p]!, candidates);
      const bare = unprefixed(p);
      if (bare !== undefined) tryAliases(p, bare, this.longAliasesByFirstStem.get(bare)!);
    }
  }
}
