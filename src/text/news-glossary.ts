// The news glossary (lexicon/news-glossary/*.tsv): lines of Arabic, English and Russian words that mean one thing in
// news usage, written by the project for the vocabulary the dictionaries lack (see lexicon/news-glossary/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectScript } from './detect-script.js';
import { normalizeWord, stemWord } from './analyze.js';
import { memoizeWord } from './memoize-word.js';
import { tokenize } from './tokenize.js';

/** One meaning: its words and phrases in each language, most common news usage first. */
export interface GlossaryLine {
  ar: readonly string[];
  en: readonly string[];
  ru: readonly string[];
}

/** A glossary phrase found at a place in a question: tokens[start] up to, not including, tokens[end]. */
export interface GlossaryMatch {
  start: number;
  end: number;
  /** Every line the phrase is on (a word with several meanings is on several). */
  lines: readonly GlossaryLine[];
}

/**
 * What the glossary is looked up by: a question word's stem, and its normalised spelling for a function word, which
 * the analyzer gives no stem ("take over"). An AnalyzedToken is one.
 */
export interface GlossaryWord {
  normalized: string;
  stem: string;
}

/** Lookups in the glossary. */
export interface NewsGlossary {
  /**
   * The longest phrase of the glossary that starts at words[start]: an English or Russian one of one word or more, or
   * an Arabic one of two words or more.
   */
  matchAt(words: readonly GlossaryWord[], start: number): GlossaryMatch | undefined;
  /**
   * As matchAt, with several keys for each word (a question word's stem and those of its dictionary spellings: طلبت
   * as طلب), any of which may match: the longest phrase found, its words before keys[reach] (default: any). `first`:
   * the keys its first word is looked up by, when the caller knows which of keys[start] open a phrase (phraseOpeners).
   */
  matchAtAnyKey(keys: readonly (readonly string[])[], start: number, reach?: number, first?: readonly string[]): GlossaryMatch | undefined;
  /** Those of the keys that some phrase opens with, in their order. */
  phraseOpeners(keys: readonly string[]): readonly string[];
  /**
   * The lines of the first of these normalised Arabic spellings (normalizeArabic) that the glossary lists as a word,
   * or []. Arabic is looked up by spelling, not by stem: the light stemmer would make عملة (currency) of عمل (work).
   */
  arabicLines(spellings: readonly string[]): readonly GlossaryLine[];
  /** How many meanings it holds. */
  readonly size: number;
}

const DEFAULT_DIR = fileURLToPath(new URL('../../lexicon/news-glossary/', import.meta.url));

/** The stem key of one written word, as the analyzer stems a question's word of that script. */
function keyOf(word: string): string {
  const normalized = normalizeWord(word);
  return stemWord(normalized, detectScript(normalized));
}

/** keyOf for a question's stop word, remembered: the same few are keyed for every phrase they might continue. */
const keyOfStopWord = memoizeWord(keyOf, 1024);

/** A question word's key: its stem, or for a stop word (no stem in an analysis) the key the glossary gives it («каком» as «как»). */
export function glossaryKeyOf(word: GlossaryWord): string {
  return word.stem || keyOfStopWord(word.normalized);
}

/** The words of a glossary phrase as stem keys (the tokenizer's split, so "anti-terror" is two words as in a question). */
function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => keyOf(t.text));
}

/** Splits one column into its words and phrases. */
function cellsOf(column: string): string[] {
  return column.split('|').map((s) => s.trim()).filter(Boolean);
}

/** Parses glossary text: `ar TAB en TAB ru` lines, `#` comments and blank lines skipped. */
export function parseGlossary(text: string): GlossaryLine[] {
  const lines: GlossaryLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [ar = '', en = '', ru = ''] = line.split('\t');
    lines.push({ ar: cellsOf(ar), en: cellsOf(en), ru: cellsOf(ru) });
  }
  return lines;
}

/** A phrase: its words' keys after the first, and the lines it is on. */
interface Phrase {
  rest: string[];
  lines: GlossaryLine[];
}

/** Every phrase, by its first word's key. */
type PhraseTable = Map<string, Phrase[]>;

class GlossaryIndex implements NewsGlossary {
  private readonly byFirst: PhraseTable = new Map();
  private readonly arabicWords = new Map<string, GlossaryLine[]>();
  readonly size: number;

  constructor(lines: readonly GlossaryLine[]) {
    this.size = lines.length;
    const byKey = new Map<string, Phrase>();
    for (const line of lines) {
      for (const word of line.ar) {
        if (word.includes(' ')) continue;
        const spelling = normalizeWord(word);
        const list = this.arabicWords.get(spelling);
        if (!list) this.arabicWords.set(spelling, [line]);
        else if (!list.includes(line)) list.push(line);
      }
      // Arabic phrases too (مجلس الوزراء): a question may use one the documents do not (see glossaryExpander).
      const phrases = [...line.en, ...line.ru, ...line.ar.filter((w) => w.includes(' '))].map(keysOf);
      // Russian word order is free: «жечь покрышки» is also said «покрышки жгли», «выйти на улицы» «на улицы вышли».
      for (const keys of line.ru.map(keysOf)) if (keys.length > 1) phrases.push([...keys.slice(1), keys[0]!]);
      for (const keys of phrases) {
        if (!keys.length || keys.some((k) => !k)) continue;
        const key = keys.join(' ');
        const same = byKey.get(key);
        if (same) {
          if (!same.lines.includes(line)) same.lines.push(line);
          continue;
        }
        const entry: Phrase = { rest: keys.slice(1), lines: [line] };
        byKey.set(key, entry);
        const list = this.byFirst.get(keys[0]!);
        if (list) list.push(entry);
        else this.byFirst.set(keys[0]!, [entry]);
      }
    }
    // Longest phrases first: "state of emergency" before "state".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  arabicLines(spellings: readonly string[]): readonly GlossaryLine[] {
    for (const spelling of spellings) {
      const lines = this.arabicWords.get(spelling);
      if (lines) return lines;
    }
    return [];
  }

  phraseOpeners(keys: readonly string[]): readonly string[] {
    return keys.filter((key) => this.byFirst.has(key));
  }

  matchAtAnyKey(keys: readonly (readonly string[])[], start: number, reach = keys.length, firstKeys = keys[start]): GlossaryMatch | undefined {
    // Loops rather than callbacks: every word of every question is looked up so, and a callback per phrase tried cost
    // more than the comparisons.
    let best: GlossaryMatch | undefined;
    const count = Math.min(keys.length, reach);
    for (const first of firstKeys ?? []) {
      const phrases = this.byFirst.get(first);
      if (!phrases) continue;
      for (const { rest, lines } of phrases) {
        const end = start + 1 + rest.length;
        if (end > count) continue;
        // Longest first: none after this one is longer than the best found.
        if (best && end <= best.end) break;
        let all = true;
        for (let k = 0; k < rest.length && all; k++) all = keys[start + 1 + k]!.includes(rest[k]!);
        if (all) best = { start, end, lines };
      }
    }
    return best;
  }

  matchAt(words: readonly GlossaryWord[], start: number): GlossaryMatch | undefined {
    return this.matchAtAnyKey(words.map((word) => [glossaryKeyOf(word)]), start);
  }
}

/** Builds a glossary from lines (tests, or lines read elsewhere). */
export function newsGlossaryOf(lines: readonly GlossaryLine[]): NewsGlossary {
  return new GlossaryIndex(lines);
}

let repositoryGlossary: NewsGlossary | undefined;

/**
 * The repository's glossary, read once per process. A start-up reads it while worker threads load the documents, so
 * that the first question does not wait for it (a few hundred milliseconds).
 */
export function defaultNewsGlossary(): NewsGlossary {
  repositoryGlossary ??= loadNewsGlossary();
  return repositoryGlossary;
}

/** Reads every `.tsv` file of the glossary folder (default: the repository's lexicon/news-glossary/), in name order. */
export function loadNewsGlossary(dir: string = DEFAULT_DIR): NewsGlossary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  return newsGlossaryOf(files.flatMap((f) => parseGlossary(readFileSync(join(dir, f), 'utf8'))));
}
