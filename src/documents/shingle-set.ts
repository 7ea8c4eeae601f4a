import { IdPairNumbering } from '../search/id-pair-numbering.js';

/** Stands for "no word" in the shingles of lines of one or two words. */
const NO_WORD = 0;

/**
 * The word triples (shingles) of a document's paragraphs, by numbers rather than strings: each distinct word gets an
 * id, each (first, second) word pair an id, and a shingle is the (pair, third word) pair of ids. A line of one or
 * two words is one shingle of its own (the missing words NO_WORD). Words never contain spaces, so this is the same
 * set as the strings "w1 w2 w3" and "w1 w2" and "w1"; building those strings was most of cleaning's repeat check.
 */
export class ShingleSet {
  private readonly words = new Map<string, number>();
  private readonly pairs: IdPairNumbering;
  private readonly shingles: IdPairNumbering;

  /** `expected`: about how many shingles will be added (tables made that large do not grow). */
  constructor(expected = 0) {
    this.pairs = new IdPairNumbering(expected);
    this.shingles = new IdPairNumbering(expected);
  }

  /** The line's shingles, as a (pair id, third word id) list flattened: entries 2i and 2i + 1 are shingle i's. */
  keysOf(words: readonly string[]): number[] {
    const ids = words.map((w) => this.wordId(w));
    if (ids.length < 3) return this.keyOf(ids[0] ?? NO_WORD, ids[1] ?? NO_WORD, NO_WORD, []);
    const keys: number[] = [];
    for (let i = 0; i + 3 <= ids.length; i++) this.keyOf(ids[i]!, ids[i + 1]!, ids[i + 2]!, keys);
    return keys;
  }

  /** How many of the shingles (keysOf's list, repeats counted) are in the set. */
  countIn(keys: readonly number[]): number {
    let count = 0;
    for (let i = 0; i < keys.length; i += 2) if (this.shingles.get(keys[i]!, keys[i + 1]!) >= 0) count++;
    return count;
  }

  /** Adds the shingles (keysOf's list). */
  addAll(keys: readonly number[]): void {
    for (let i = 0; i < keys.length; i += 2) if (this.shingles.get(keys[i]!, keys[i + 1]!) < 0) this.shingles.add(keys[i]!, keys[i + 1]!);
  }

  private keyOf(a: number, b: number, c: number, keys: number[]): number[] {
    let pair = this.pairs.get(a, b);
    if (pair < 0) pair = this.pairs.add(a, b);
    keys.push(pair, c);
    return keys;
  }

  private wordId(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) this.words.set(word, (id = this.words.size + 1));
    return id;
  }
}
