// Deterministic synthetic Arabic corpora for the bench: words drawn from the seed vocabulary (the words of
// corpus/*.txt and the ARCD corpus) with a Zipf distribution over their seed frequency ranks, by a seeded PRNG.
// Nothing is written to disk: every process regenerates the same passages and queries from the same seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/text/analyze.js';
import { tokenize } from '../src/text/tokenize.js';
import { EVAL_DIR } from './eval-dir.js';

/** Where the seed vocabulary comes from. */
export const SEED_DIRS = ['corpus', join(EVAL_DIR, 'arcd', 'corpus')];
/** Zipf exponent: frequency ∝ 1 / rank^s; about 1 for news text. */
const ZIPF_EXPONENT = 1.0;
const MIN_PASSAGE_WORDS = 30;
const MAX_PASSAGE_WORDS = 90;

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed vocabulary, most frequent first, with each word's analysed stem ('' for a stop word). */
export interface Vocabulary {
  words: string[];
  stems: string[];
}

/** Reads the seed texts; each distinct word is analysed once (analysis is per token, so this equals analysing text; see passageText). */
export function loadVocabulary(): Vocabulary {
  const counts = new Map<string, number>();
  for (const dir of SEED_DIRS) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      for (const token of tokenize(readFileSync(join(dir, name), 'utf8'))) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  const stems = words.map((w) => {
    const token = analyze(w)[0];
    return !token || token.stop ? '' : token.stem;
  });
  return { words, stems };
}

/** A synthetic corpus: passages as word ids in one flat array. */
export interface SyntheticCorpus {
  vocabulary: Vocabulary;
  /** Word ids of all passages, passage p at [starts[p], starts[p + 1]). */
  words: Uint32Array;
  starts: Uint32Array;
  /** Each query as its distinct stems, in order. */
  queries: string[][];
}

/** Generates `size` passages and `queryCount` queries (2–6 words of a random passage) from `seed`. */
export function generateCorpus(size: number, queryCount: number, seed = 20261123): SyntheticCorpus {
  const vocabulary = loadVocabulary();
  const random = seededRandom(seed);
  const v = vocabulary.words.length;
  const cdf = new Float64Array(v);
  let total = 0;
  for (let r = 0; r < v; r++) cdf[r] = total += 1 / (r + 1) ** ZIPF_EXPONENT;
  const starts = new Uint32Array(size + 1);
  for (let p = 0; p < size; p++) starts[p + 1] = starts[p]! + MIN_PASSAGE_WORDS + Math.floor(random() * (MAX_PASSAGE_WORDS - MIN_PASSAGE_WORDS + 1));
  const words = new Uint32Array(starts[size]!);
  for (let i = 0; i < words.length; i++) {
    const u = random() * total;
    let low = 0;
    let high = v - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cdf[mid]! < u) low = mid + 1;
      else high = mid;
    }
    words[i] = low;
  }
  const queries: string[][] = [];
  while (queries.length < queryCount) {
    const p = Math.floor(random() * size);
    const length = starts[p + 1]! - starts[p]!;
    const picked = Array.from({ length: 2 + Math.floor(random() * 5) }, () => words[starts[p]! + Math.floor(random() * length)]!);
    const stems = [...new Set(picked.map((id) => vocabulary.stems[id]!).filter(Boolean))];
    if (stems.length) queries.push(stems);
  }
  return { vocabulary, words, starts, queries };
}

/** Passage p's analysed stems (stop words left out), as sanad's analyzer gives them. */
export function passageStems(corpus: SyntheticCorpus, p: number): string[] {
  const out: string[] = [];
  for (let i = corpus.starts[p]!, end = corpus.starts[p + 1]!; i < end; i++) {
    const stem = corpus.vocabulary.stems[corpus.words[i]!]!;
    if (stem) out.push(stem);
  }
  return out;
}

/** A word of digits only. */
const DIGITS = /^\p{N}+$/u;

/**
 * Passage p's raw text: its words joined by spaces, and two numbers in a row by an Arabic comma too, as the tokenizer
 * reads "13 400" as one number written in groups of three and the passage's stems count them as two words.
 */
export function passageText(corpus: SyntheticCorpus, p: number): string {
  let text = '';
  let previous = '';
  for (let i = corpus.starts[p]!, end = corpus.starts[p + 1]!; i < end; i++) {
    const word = corpus.vocabulary.words[corpus.words[i]!]!;
    text += i === corpus.starts[p] ? word : DIGITS.test(previous) && DIGITS.test(word) ? `، ${word}` : ` ${word}`;
    previous = word;
  }
  return text;
}

/** Files the start-up bench writes a corpus into: 200, as a folder of news files might be. */
export const STARTUP_FILES = 200;

/**
 * Writes `size` synthetic passages as STARTUP_FILES document files in `dir` (a title line, then one passage per
 * paragraph, each ending with a full stop), for benchmarks that start from files as the bot does.
 */
export function writeCorpusFiles(dir: string, size: number): { bytes: number } {
  const corpus = generateCorpus(size, 0);
  const perFile = Math.ceil(size / STARTUP_FILES);
  let bytes = 0;
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f * perFile < size; f++) {
    const parts = [`وثيقة اصطناعية رقم ${f + 1}`];
    for (let p = f * perFile; p < Math.min(size, (f + 1) * perFile); p++) parts.push(`${passageText(corpus, p)}.`);
    const text = `${parts.join('\n\n')}\n`;
    writeFileSync(join(dir, `doc-${String(f + 1).padStart(4, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes };
}
