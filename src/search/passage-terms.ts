import { analyze, type AnalyzedToken } from '../text/analyze.js';
import { arabicRoot } from '../text/arabic-root.js';
import { charNgrams } from '../text/char-ngrams.js';
import { consonantSkeleton } from '../text/consonant-skeleton.js';
import { memoPerOptions } from '../text/memoize-word.js';
import { otherArabicStems, stripArabicPrefixes } from '../text/stem-arabic.js';
import type { TermOptions } from './analyzer-config.js';
import type { EntityMatch, Gazetteer } from './gazetteer.js';

/** A text analysed into the index's fields, with the tokens and entity mentions behind them. */
export interface TextTerms {
  tokens: AnalyzedToken[];
  entities: EntityMatch[];
  stem: string[];
  gram: string[];
  entity: string[];
  skeleton: string[];
  /** Pairs of neighbouring stems (function words skipped): rewards passages that keep the question's phrasing. */
  pair: string[];
  /** Roots of the Arabic content words: words of one family (أرسل، إرسال، مرسل), a weak signal. */
  root: string[];
  /** Each token's root ('' for none), by token index. */
  tokenRoots: string[];
  /** Stems of the other ways its Arabic words may be cut (لوكالة: وكال; وزير: وزير besides زير): see otherArabicStems. */
  forms: string[];
  /** Each token's other stems, by token index. */
  tokenForms: string[][];
  /** Each token's n-grams (empty for function words and numbers), by token index. */
  tokenGrams: string[][];
  /** The distinct n-grams of the text. */
  gramSet: Set<string>;
}

const NONE: string[] = [];

/** arabicRoot and otherArabicStems of each distinct word, remembered (see memoizeWord). */
const rootMemo = memoPerOptions((protectedWords) => (word: string) => arabicRoot(word, { protectedWords }));
const otherStemsMemo = memoPerOptions((protectedWords, minStemLength) => (word: string) => otherArabicStems(word, { protectedWords, minStemLength }));

/** The definite article, alone or after و/ف and ب/ك/ل. */
const ARTICLE_PREFIX = /^[وف]?(?:[بكل]?ال|لل)/;

/** The form n-grams and skeletons are taken from: normalised, article and conjunction removed, not suffix-stripped. */
export function bareForm(token: AnalyzedToken, minStemLength: number): string {
  return token.script === 'arabic' ? stripArabicPrefixes(token.normalized, minStemLength) : token.normalized;
}

/** Analyses text into the index's fields: stems, character n-grams, entity ids and consonant skeletons. */
export function termsOfText(text: string, gazetteer: Gazetteer, options: TermOptions): TextTerms {
  const tokens = analyze(text, { protectedWords: gazetteer.protectedWords, minStemLength: options.minStemLength });
  const entities = gazetteer.match(tokens);
  const rootOf = rootMemo(gazetteer.protectedWords, 0);
  const otherStemsOf = otherStemsMemo(gazetteer.protectedWords, options.minStemLength);
  const stem: string[] = [];
  const gram: string[] = [];
  const skeleton: string[] = [];
  const tokenGrams: string[][] = [];
  const root: string[] = [];
  const tokenRoots: string[] = [];
  const forms: string[] = [];
  const tokenForms: string[][] = [];
  for (const token of tokens) {
    const grams: string[] = [];
    tokenGrams.push(grams);
    const tokenRoot = !token.stop && token.script === 'arabic' ? rootOf(token.normalized) : '';
    tokenRoots.push(tokenRoot);
    if (tokenRoot) root.push(tokenRoot);
    const other = !token.stop && token.script === 'arabic' ? otherStemsOf(token.normalized) : NONE;
    tokenForms.push(other);
    forms.push(...other);
    if (token.stop) continue;
    stem.push(token.stem);
    const bare = bareForm(token, options.minStemLength);
    if (token.script !== 'digit') grams.push(...charNgrams(bare, options.ngramSize));
    gram.push(...grams);
    // Names rarely carry the article: skeletons of article-less words only, so common nouns (الشركات) stay out.
    const skel = token.script === 'arabic' && !ARTICLE_PREFIX.test(token.normalized) ? consonantSkeleton(bare) : '';
    if (skel) skeleton.push(skel);
  }
  const pair: string[] = [];
  for (let i = 1; i < stem.length; i++) pair.push(`${stem[i - 1]} ${stem[i]}`);
  return { tokens, entities, stem, gram, entity: entities.map((e) => e.id), skeleton, pair, root, tokenRoots, forms, tokenForms, tokenGrams, gramSet: new Set(gram) };
}
