import { readFileSync } from 'node:fs';
import { memoizeWord } from './memoize-word.js';

/** A headword of several words, by the stems of its words. */
export interface PhraseKey {
  key: string;
  stems: readonly string[];
}

/** The stem column of a headword: the stems of its words, a hyphen splitting words as the tokenizer does. */
export function headwordStem(headword: string, stem: (word: string) => string): string {
  return headword.split(/[ -]/).filter(Boolean).map(stem).join(' ');
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** First stems whose phrases a table remembers (see phrasesStartingWith); past that, it starts afresh. */
const REMEMBERED_PHRASE_STEMS = 4096;

/**
 * One lexicon file: lines `headword TAB stem TAB value…` sorted by stem, then headword, the stem being the
 * analyzer's stem of each word of the headword. Lookups binary-search the file's bytes: loading only reads the file
 * and finds where lines start, with no decoding and no map of 90,000 headwords (each of which costs more than the
 * whole search). UTF-8 byte order is code point order, the order the build script sorts in, for the Latin and
 * Cyrillic stems the files hold.
 */
export class LexiconTable {
  /** Offset of each line's first byte, and one past the last line's newline. */
  private readonly lineStarts: number[];
  private readonly lines: number;

  constructor(private readonly bytes: Buffer) {
    // One pass of the native search: a loop over the bytes in JavaScript is slower until the JIT has compiled it.
    const starts = [0];
    for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) starts.push(i + 1);
    // The last start is one past the final newline: the end of the last line, not a line.
    if (starts[starts.length - 1] !== bytes.length) starts.push(bytes.length + 1);
    this.lineStarts = starts;
    this.lines = starts.length - 1;
  }

  /** Reads a table file (UTF-8, every line ending in a newline). */
  static read(file: string): LexiconTable {
    return new LexiconTable(readFileSync(file));
  }

  private keyOf(line: number): string {
    const start = this.lineStarts[line]!;
    return this.bytes.toString('utf8', start, this.bytes.indexOf(TAB, start));
  }

  private stemOf(line: number): string {
    const start = this.bytes.indexOf(TAB, this.lineStarts[line]!) + 1;
    return this.bytes.toString('utf8', start, this.bytes.indexOf(TAB, start));
  }

  private valuesOf(line: number): string[] {
    const keyEnd = this.bytes.indexOf(TAB, this.lineStarts[line]!);
    const stemEnd = this.bytes.indexOf(TAB, keyEnd + 1);
    return this.bytes.toString('utf8', stemEnd + 1, this.lineStarts[line + 1]! - 1).split('\t');
  }

  /** Compares a line's stem with `stem` (UTF-8 bytes) in place: negative, zero or positive as it sorts before it. */
  private compareStem(line: number, stem: Buffer): number {
    const bytes = this.bytes;
    let i = bytes.indexOf(TAB, this.lineStarts[line]!) + 1;
    for (let j = 0; ; i++, j++) {
      const a = bytes[i]!;
      if (j === stem.length) return a === TAB ? 0 : 1;
      if (a === TAB) return -1;
      const b = stem[j]!;
      if (a !== b) return a - b;
    }
  }

  /** The first line whose stem is ≥ stem. */
  private lowerBound(stem: Buffer): number {
    let low = 0;
    let high = this.lines;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.compareStem(mid, stem) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The values of a headword whose stem is `stem`, best first; [] when it is not in the table. */
  get(key: string, stem: string): string[] {
    const bytes = Buffer.from(stem);
    for (let line = this.lowerBound(bytes); line < this.lines && this.compareStem(line, bytes) === 0; line++) {
      if (this.keyOf(line) === key) return this.valuesOf(line);
    }
    return [];
  }

  /** The headwords with exactly this stem (single words, or phrases when the stem has spaces). */
  keysWithStem(stem: string): string[] {
    const bytes = Buffer.from(stem);
    const keys: string[] = [];
    for (let line = this.lowerBound(bytes); line < this.lines && this.compareStem(line, bytes) === 0; line++) keys.push(this.keyOf(line));
    return keys;
  }

  /** The headwords with exactly this stem and their values, in one pass. */
  entriesWithStem(stem: string): Array<[key: string, values: string[]]> {
    const bytes = Buffer.from(stem);
    const entries: Array<[string, string[]]> = [];
    for (let line = this.lowerBound(bytes); line < this.lines && this.compareStem(line, bytes) === 0; line++) {
      entries.push([this.keyOf(line), this.valuesOf(line)]);
    }
    return entries;
  }

  /** Every single-word headword (no space), made once on first use: for checking many candidate spellings at once. */
  singleWords(): ReadonlySet<string> {
    if (!this.words) {
      this.words = new Set();
      for (let line = 0; line < this.lines; line++) {
        const key = this.keyOf(line);
        if (!key.includes(' ')) this.words.add(key);
      }
    }
    return this.words;
  }

  private words?: Set<string>;

  /**
   * Phrases whose first word has this stem, longest first (frozen). Remembered per stem: every question word is looked
   * up as a phrase's start, and questions repeat their words.
   */
  phrasesStartingWith(stem: string): readonly PhraseKey[] {
    return this.phrasesByFirstStem(stem);
  }

  private readonly phrasesByFirstStem = memoizeWord((stem: string) => this.findPhrasesStartingWith(stem), REMEMBERED_PHRASE_STEMS);

  private findPhrasesStartingWith(stem: string): PhraseKey[] {
    const prefix = `${stem} `;
    const phrases: PhraseKey[] = [];
    for (let line = this.lowerBound(Buffer.from(prefix)); line < this.lines; line++) {
      const stems = this.stemOf(line);
      if (!stems.startsWith(prefix)) break;
      phrases.push({ key: this.keyOf(line), stems: stems.split(' ') });
    }
    return phrases.sort((a, b) => b.stems.length - a.stems.length);
  }

  /**
   * Single-word stems near this one: one is the other plus at most `extra` letters, and they share at least
   * `minShared` letters (отключ ↔ отключа: the two aspects of one verb).
   */
  nearStems(stem: string, extra: number, minShared: number): string[] {
    const found = new Set<string>();
    for (let cut = 1; cut <= extra && stem.length - cut >= minShared; cut++) {
      const shorter = stem.slice(0, -cut);
      if (this.keysWithStem(shorter).length > 0) found.add(shorter);
    }
    if (stem.length >= minShared) {
      for (let line = this.lowerBound(Buffer.from(stem)); line < this.lines; line++) {
        const longer = this.stemOf(line);
        if (!longer.startsWith(stem)) break;
        if (longer !== stem && !longer.includes(' ') && longer.length - stem.length <= extra) found.add(longer);
      }
    }
    return [...found];
  }
}
