// The bilingual lexicon (English → Arabic, Russian → English → Arabic) and the Arabic thesaurus, built from Debian's
// FreeDict, Mueller and mythes-ar packages by scripts/build-lexicon.ts into lexicon/ (see lexicon/README.md).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldCase } from './fold-case.js';
import { headwordStem, LexiconTable } from './lexicon-table.js';
import { normalizeArabic } from './normalize-arabic.js';
import { imperfectiveCandidates, russianLemmaCandidates } from './russian-lemma-candidates.js';
import { LATIN_LETTERS, spellingEdits } from './spelling-edits.js';
import { stripArabicPrefixes } from './stem-arabic.js';
import { stemEnglish, stemRussian, stemRussianName } from './stem-latin-cyrillic.js';

/** Arabic translations returned for one word or phrase, at most. */
export const MAX_ARABIC = 8;
/** A dictionary's gloss of a place name: "city of", "river", "state of"… and the name (مدينة أبيفيل، نهر أديجي). */
const PLACE_GLOSS = /^(?:مدينة|بلدة|قرية|نهر|جزيرة|ولاية|مقاطعة|جبل|بحيرة) /;

/** English senses of a Russian word that are carried on to Arabic. */
const MAX_ENGLISH_SENSES = 6;
/** A translation scoring below this share of the best one is noise from a rare sense or a derived word. */
const MIN_SHARE = 0.2;
/** Words whose translations are kept: questions repeat their words, and a Russian lookup takes tens of searches. */
const CACHED_WORDS = 4096;
/** Fewest letters of a word read as a typing slip of a headword. */
const MIN_CORRECTED_LENGTH = 5;
/** Most letters: a longer "word" is not a slip of a headword (and its edits would be many and long). */
const MAX_CORRECTED_LENGTH = 24;
/** Headwords a misspelt word may stand for, at most. */
const MAX_CORRECTIONS = 2;
/** What each further piece of evidence for one Arabic word adds, as a share of its score. */
const AGREEMENT = 0.3;
/** Senses of a perfective's own entry at most that its imperfective partner's lead (see russianKeys). */
const THIN_ENTRY_SENSES = 2;
/** What such a thin entry's headwords weigh once a partner is found. */
const THIN_ENTRY_WEIGHT = 0.6;

/** A perfective verb in по- (its infinitive), with the verb it is made from: пообещать → обещать. */
const PERFECTIVE_PO = /^по(.{4,}(?:ть|ться))$/;
/** How sure the verb without its по- is as a reading (see russianKeys). */
const PERFECTIVE_PO_WEIGHT = 0.7;

/** A phrase of the lexicon found in a sequence of words: words[start] up to, not including, words[end]. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** The headword matched, as the lexicon writes it ("state of emergency", "чрезвычайное положение"). */
  phrase: string;
  arabic: string[];
}

/** Lookups in the lexicon. Words may be any inflection, in any case; Arabic comes back best first. */
export interface Lexicon {
  /** Arabic translations of one English or Russian word ("protesters", "killed", "отключили"); [] when unknown. */
  arabicFor(word: string): string[];
  /**
   * Whether arabicFor translates an English word the dictionary does not list itself: as a typing slip of headwords
   * (polise: polis, poise) or as another word of its base (soliders: solid). Its translations are a guess.
   */
  isGuessed(word: string): boolean;
  /** Arabic translations of these words read as one phrase ("state", "of", "emergency"); [] when no phrase. */
  arabicForPhrase(words: readonly string[]): string[];
  /** The longest phrase (two words or more) of the lexicon that starts at words[start], if any. */
  phraseAt(words: readonly string[], start: number): PhraseMatch | undefined;
  /** The phrases in a sequence of words, left to right, longest first, not overlapping. */
  phrasesIn(words: readonly string[]): PhraseMatch[];
  /** Arabic synonyms of an Arabic word, normalised (normalizeArabic); [] when the thesaurus has none. */
  synonymsOf(arabicWord: string): string[];
}

const DEFAULT_DIR = fileURLToPath(new URL('../../lexicon/', import.meta.url));

/** Opens the lexicon in `dir` (default: the repository's lexicon/). Each file is read on its first use. */
export function loadLexicon(dir: string = DEFAULT_DIR): Lexicon {
  return new FileLexicon(dir);
}

const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;

/**
 * Scores of Arabic candidates, one per normalised spelling (the first spelling seen is kept). Agreement counts, but
 * less than the best single piece of evidence: two vague senses (worth, value → القيمة) must not outweigh the main
 * one (price → السعر).
 */
class ArabicScores {
  private readonly items = new Map<string, { text: string; best: number; rest: number }>();
  add(text: string, score: number): void {
    const id = normalizedSpelling(text);
    const item = this.items.get(id);
    if (!item) {
      this.items.set(id, { text, best: score, rest: 0 });
    } else if (score > item.best) {
      item.rest += item.best;
      item.best = score;
    } else {
      item.rest += score;
    }
  }
  /** Best first (ties in the order added), without the weak tail. */
  best(limit = MAX_ARABIC): string[] {
    const items = [...this.items.values()].map((i) => ({ text: i.text, score: i.best + AGREEMENT * i.rest }));
    items.sort((a, b) => b.score - a.score);
    const top = items[0]?.score ?? 0;
    return items.filter((i) => i.score >= top * MIN_SHARE).slice(0, limit).map((i) => i.text);
  }
}

/** Normalised spellings of the lexicon's Arabic, kept: the same translations come back in lookup after lookup. */
const NORMALIZED = new Map<string, string>();
function normalizedSpelling(arabic: string): string {
  let normalized = NORMALIZED.get(arabic);
  if (normalized === undefined) {
    if (NORMALIZED.size >= 4 * CACHED_WORDS) NORMALIZED.clear();
    NORMALIZED.set(arabic, (normalized = normalizeArabic(arabic)));
  }
  return normalized;
}

/** Adds a ranked list, each item worth `weight` scaled down by its rank. */
function addRanked(scores: { add(text: string, score: number): void }, list: readonly string[], weight: number): void {
  list.forEach((item, rank) => scores.add(item, weight / (1 + 0.3 * rank)));
}

/** A light English base for telling inflections (killed, kills, killer) from derived words (protestant). */
function englishBase(word: string): string {
  const base = word.replace(/ies$|ied$/, 'y').replace(/(?<=(?:[sxz]|ch|sh))es$/, '').replace(/(?:ing|ed|ers|er|s)$/, '');
  return base.length >= 3 ? base.replace(/e$/, '') : word;
}

/** A word's Arabic translations, and whether they are a guess (see Lexicon.isGuessed). */
interface Translation {
  arabic: readonly string[];
  guessed: boolean;
}
const NO_TRANSLATION: Translation = { arabic: [], guessed: false };

class FileLexicon implements Lexicon {
  private enArTable: LexiconTable | undefined;
  private ruEnTable: LexiconTable | undefined;
  private synonymTable: LexiconTable | undefined;
  private readonly translations = new Map<string, Translation>();

  constructor(private readonly dir: string) {}

  private get enAr(): LexiconTable {
    return (this.enArTable ??= LexiconTable.read(join(this.dir, 'en-ar.tsv')));
  }

  private get ruEn(): LexiconTable {
    return (this.ruEnTable ??= LexiconTable.read(join(this.dir, 'ru-en.tsv')));
  }

  /** The thesaurus, by normalised spelling (its "stem" column), so lookups ignore hamza, alef and ة spelling. */
  private get synonyms(): LexiconTable {
    return (this.synonymTable ??= LexiconTable.read(join(this.dir, 'ar-synonyms.tsv')));
  }

  arabicFor(word: string): string[] {
    return [...this.translationOf(word).arabic];
  }

  isGuessed(word: string): boolean {
    return this.translationOf(word).guessed;
  }

  private translationOf(word: string): Translation {
    const folded = foldCase(word.trim());
    let found = this.translations.get(folded);
    if (found === undefined) {
      found = CYRILLIC.test(folded) ? { arabic: this.arabicForRussian(folded), guessed: false } : LATIN.test(folded) ? this.arabicForEnglish(folded) : NO_TRANSLATION;
      // Emptied when full: simpler than least-recently-used, and a question's words come back together.
      if (this.translations.size >= CACHED_WORDS) this.translations.clear();
      this.translations.set(folded, found);
    }
    return found;
  }

  arabicForPhrase(words: readonly string[]): string[] {
    const match = words.length >= 2 ? this.phraseAt(words, 0) : undefined;
    return match && match.end === words.length ? match.arabic : [];
  }

  phraseAt(words: readonly string[], start: number): PhraseMatch | undefined {
    const first = words[start];
    if (first === undefined) return undefined;
    const folded = foldCase(first.trim());
    const russian = CYRILLIC.test(folded);
    if (!russian && !LATIN.test(folded)) return undefined;
    const table = russian ? this.ruEn : this.enAr;
    const stem = russian ? stemRussian : stemEnglish;
    const phrases = table.phrasesStartingWith(stem(folded));
    // Most words start no phrase: the words after them are stemmed only for those that do.
    if (phrases.length === 0) return undefined;
    const stems = words.slice(start).map((w) => stem(foldCase(w.trim())));
    for (const { key, stems: phrase } of phrases) {
      if (phrase.length > stems.length || !phrase.every((s, i) => s === stems[i])) continue;
      const arabic = russian ? this.arabicForRussianKeys(new Map([[key, 1]])) : this.enAr.get(key, phrase.join(' '));
      if (arabic.length > 0) return { start, end: start + phrase.length, phrase: key, arabic };
    }
    return undefined;
  }

  phrasesIn(words: readonly string[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < words.length; ) {
      const match = this.phraseAt(words, i);
      if (match) matches.push(match);
      i = match ? match.end : i + 1;
    }
    return matches;
  }

  synonymsOf(arabicWord: string): string[] {
    const word = normalizeArabic(arabicWord.trim());
    const bare = stripArabicPrefixes(word);
    const found: string[] = [];
    for (const form of bare === word ? [word] : [word, bare]) {
      // Several spellings of one word (أمات, امات) share the normalised form: all their rows count.
      for (const key of this.synonyms.keysWithStem(form)) found.push(...this.synonyms.get(key, form).map(normalizeArabic));
    }
    return [...new Set(found)].filter((s) => s !== word && s !== bare);
  }

  /**
   * English: the word's own headword first, then the other headwords of its stem. Inflections (killed, kills)
   * count for more than derived words of the same stem (protestant under protest).
   */
  private arabicForEnglish(word: string, mayBeMisspelt = true): Translation {
    const scores = new ArabicScores();
    const stem = stemEnglish(word);
    const base = englishBase(word);
    // Only other words sharing a stem (governess for goverment) is weak evidence: a slip may explain the word better.
    let sure = false;
    let listed = false;
    for (const [key, arabic] of this.enAr.entriesWithStem(stem)) {
      const same = key === word || englishBase(key) === base;
      sure ||= same;
      listed ||= key === word;
      // A place's name («مدينة وارن» for "Warne") translates its own headword only, not "warning" of the same stem.
      addRanked(scores, key === word ? arabic : arabic.filter((a) => !PLACE_GLOSS.test(a)), key === word ? 1 : same ? 0.35 : 0.1);
    }
    // A Russian loanword in Latin letters (интернет → internet) is no typing slip of an English word.
    const mayBeSlip = mayBeMisspelt && word.length >= MIN_CORRECTED_LENGTH && word.length <= MAX_CORRECTED_LENGTH;
    if (mayBeSlip && !sure) this.addMisspeltEnglish(scores, word);
    return { arabic: scores.best(), guessed: mayBeSlip && !listed };
  }

  /**
   * A word no headword has, read as a typing slip of one that has (terorists → terrorists, histroy → history): the
   * translations of the headwords one slip away, the likelier slips first. Short words are left alone: too many
   * words lie one letter from them.
   */
  private addMisspeltEnglish(scores: ArabicScores, word: string): void {
    const headwords = this.enAr.singleWords();
    let found = 0;
    for (const edit of spellingEdits(word, LATIN_LETTERS)) {
      if (!headwords.has(edit)) continue;
      const arabic = this.enAr.get(edit, stemEnglish(edit));
      if (arabic.length === 0) continue;
      addRanked(scores, arabic, 0.6 / (1 + 2 * found));
      if (++found === MAX_CORRECTIONS) break;
    }
  }

  /**
   * The Russian headwords a word may stand for, with how sure the match is: the word itself, the dictionary forms
   * its ending suggests (убиты → убить), headwords of its stem and of its name stem, and, weaker, of a stem a letter
   * or two longer or shorter (отключ → отключа: the other aspect of the verb).
   */
  private russianKeys(word: string): Map<string, number> {
    const keys = new Map<string, number>();
    const add = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight));
    const stem = stemRussian(word);
    if (this.ruEn.get(word, stem).length > 0) add(word, 1);
    // The first dictionary form found is the likeliest reading (чрезвычайное: чрезвычайный before чрезвычайно).
    const lemmas = russianLemmaCandidates(word);
    for (const lemma of lemmas) {
      if (this.ruEn.get(lemma, stemRussian(lemma)).length > 0) add(lemma, keys.size === 0 ? 0.9 : 0.6);
    }
    // A perfective verb is also read as its imperfective partner, under which the dictionary gives a verb's senses
    // (прекратить → прекращать: stop), below a headword of its own (уехать has "drive" and "whip"; уезжать: leave).
    // A perfective's own entry of one or two senses holds the English verbs Mueller happened to render by it, rarely
    // its meaning (остановить: rein; покинуть: fail; уехать: drive, whip): the partner's senses lead it.
    const thin = keys.size > 0 && [...keys.keys()].every((key) => this.ruEn.get(key, stemRussian(key)).length <= THIN_ENTRY_SENSES);
    const partnerWeight = keys.size === 0 ? 0.8 : thin ? 0.9 : 0.5;
    let partnered = false;
    for (const verb of [word, ...lemmas].filter((w) => /(?:ть|ться)$/.test(w))) {
      const reflexive = verb.endsWith('ся');
      for (const partner of imperfectiveCandidates(reflexive ? verb.slice(0, -2) : verb)) {
        for (const key of reflexive ? [`${partner}ся`, partner] : [partner]) {
          if (keys.has(key) || this.ruEn.get(key, stemRussian(key)).length === 0) continue;
          if (thin && !partnered) for (const [own, weight] of keys) keys.set(own, weight * THIN_ENTRY_WEIGHT);
          partnered = true;
          add(key, partnerWeight);
        }
      }
    }
    // A verb made perfective by по- that the dictionary lacks is read as the verb without it (пообещать → обещать:
    // promise), as по- mostly adds aspect only; not other prefixes, which change the meaning (выйти, прийти, уйти).
    if (keys.size === 0) {
      for (const verb of [word, ...lemmas]) {
        const bare = PERFECTIVE_PO.exec(verb)?.[1];
        if (bare && this.ruEn.get(bare, stemRussian(bare)).length > 0) add(bare, PERFECTIVE_PO_WEIGHT);
      }
    }
    // Once the word or its dictionary form is found, other headwords of a short stem are mostly other words
    // (ранены → ранить, not рано).
    const sure = keys.size > 0;
    const weak = (weight: number) => (sure ? Math.min(weight, 0.15) : weight);
    for (const key of this.ruEn.keysWithStem(stem)) add(key, weak(stem.length >= 5 ? 0.8 : 0.4));
    for (const key of this.ruEn.keysWithStem(stemRussianName(word))) add(key, weak(0.5));
    for (const near of this.ruEn.nearStems(stem, 2, 5)) {
      for (const key of this.ruEn.keysWithStem(near)) add(key, weak(0.3));
    }
    return keys;
  }

  /**
   * Russian headwords → their English senses → those senses' Arabic. Failing that, a loanword the dictionaries lack
   * is tried in Latin letters as English (интернет → internet).
   */
  private arabicForRussian(word: string): string[] {
    // A participle used as a noun names the doer (протестующие: protesters), whom English calls by an agent noun.
    const agent = /(?:ющ|ящ|ащ)(?:ие|их|им|ими)$/.test(word);
    const found = this.arabicForRussianKeys(this.russianKeys(word), agent);
    if (found.length > 0) return found;
    const latin = transliterate(stemRussian(word));
    return latin.length >= 4 ? [...this.arabicForEnglish(latin, false).arabic] : [];
  }

  /** The English senses of these headwords, summed where headwords agree, and their Arabic, best first. */
  private arabicForRussianKeys(keys: ReadonlyMap<string, number>, agent = false): string[] {
    const english = new Map<string, number>();
    for (const [key, weight] of keys) {
      // The first sense leads: a Russian word's later senses are rarer, and many of them share a vague Arabic word.
      this.ruEn.get(key, headwordStem(key, stemRussian)).forEach((en, rank) => english.set(en, (english.get(en) ?? 0) + weight / (1 + rank)));
    }
    const scores = new ArabicScores();
    const senses = [...english].sort((a, b) => b[1] - a[1]).slice(0, MAX_ENGLISH_SENSES);
    for (const [en, weight] of senses) {
      if (agent) {
        for (const doer of [`${en}ers`, `${en.replace(/e$/, '')}ors`, `${en}rs`]) addRanked(scores, this.enAr.get(doer, stemEnglish(doer)), 1.2 * weight);
      }
      if (en.includes(' ')) {
        addRanked(scores, this.enAr.get(en, headwordStem(en, stemEnglish)), weight);
      } else {
        // The sense's own row first, then its other forms (kill: القتل; killed: مقتول), below the other senses'
        // first translations. Cached: the same English senses serve many Russian words.
        this.arabicFor(en).forEach((arabic, rank) => scores.add(arabic, rank === 0 ? weight : (0.3 * weight) / rank));
      }
    }
    return scores.best();
  }
}

const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Russian letters in Latin ones, for loanwords the 1961 dictionary lacks (интернет → internet). */
function transliterate(word: string): string {
  return [...word].map((c) => LATIN_OF[c] ?? c).join('');
}
