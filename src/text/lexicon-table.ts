import { readFileSync } from 'node:fs';

/** A headword of several words, by the stems of its words. */
export interface PhraseKey {
  key: string;
  stems: readonly string[];
}

/**
 * One lexicon file: lines `headword TAB stem TAB value…` sorted by stem, then headword (UTF-16 code units), the stem
 * being the analyzer's stem of each word of the headword. Lookups binary-search the text itself: loading only finds
 * where lines start, so a 3 MB file is ready in a few milliseconds, where a Map of 90,000 headwords takes ten
 * times as long.
 */
export class LexiconTable {
  /** Offset of each line's first character, and one past the end of the text. */
  private readonly lineStarts: Int32Array;
  private readonly lines: number;

  constructor(private readonly text: string) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    if (text.length > 0 && !text.endsWith('\n')) count++;
    const starts = new Int32Array(count + 1);
    let line = 0;
    for (let start = 0; start < text.length && line < count; line++) {
      starts[line] = start;
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    }
    starts[count] = text.endsWith('\n') ? text.length : text.length + 1;
    this.lineStarts = starts;
    this.lines = count;
  }

  /** Reads a table file. */
  static read(file: string): LexiconTable {
    return new LexiconTable(readFileSync(file, 'utf8'));
  }

  private keyOf(line: number): string {
    const start = this.lineStarts[line]!;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  private stemOf(line: number): string {
    const start = this.text.indexOf('\t', this.lineStarts[line]!) + 1;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  private valuesOf(line: number): string[] {
    const keyEnd = this.text.indexOf('\t', this.lineStarts[line]!);
    const stemEnd = this.text.indexOf('\t', keyEnd + 1);
    return this.text.slice(stemEnd + 1, this.lineStarts[line + 1]! - 1).split('\t');
  }

  /** The first line whose stem is ≥ stem. */
  private lowerBound(stem: string): number {
    let low = 0;
    let high = this.lines;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.stemOf(mid) < stem) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The values of a headword whose stem is `stem`, best first; [] when it is not in the table. */
  get(key: string, stem: string): string[] {
    for (let line = this.lowerBound(stem); line < this.lines && this.stemOf(line) === stem; line++) {
      if (this.keyOf(line) === key) return this.valuesOf(line);
    }
    return [];
  }

  /** The headwords with exactly this stem (single words, or phrases when the stem has spaces). */
  keysWithStem(stem: string): string[] {
    const keys: string[] = [];
    for (let line = this.lowerBound(stem); line < this.lines && this.stemOf(line) === stem; line++) keys.push(this.keyOf(line));
    return keys;
  }

  /** Phrases whose first word has this stem, longest first. */
  phrasesStartingWith(stem: string): PhraseKey[] {
    const prefix = `${stem} `;
    const phrases: PhraseKey[] = [];
    for (let line = this.lowerBound(prefix); line < this.lines; line++) {
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
      for (let line = this.lowerBound(stem); line < this.lines; line++) {
        const longer = this.stemOf(line);
        if (!longer.startsWith(stem)) break;
        if (longer !== stem && !longer.includes(' ') && longer.length - stem.length <= extra) found.add(longer);
      }
    }
    return [...found];
  }
}
