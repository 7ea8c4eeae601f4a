import { wordAnalyzer } from '../text/analyze.js';
import { WORD_MEMO_CAPACITY } from '../text/memoize-word.js';
import { tokenWords } from '../text/tokenize.js';
import type { TermOptions } from './analyzer-config.js';
import { TermNumbering, type PartialPostings } from './bm25-partial-postings.js';
import { PostingsCounter } from './bm25-postings-counter.js';
import { IdPairNumbering } from './id-pair-numbering.js';
import { endingOf, type Gazetteer, type WordEnding } from './gazetteer.js';
import { contentWordTerms } from './passage-terms.js';

/** The index's fields, sorted: passageFields' keys (a test holds them equal). */
export const PASSAGE_FIELDS = ['entity', 'forms', 'gram', 'pair', 'root', 'skeleton', 'stem', 'title'] as const;

const [ENTITY, FORMS, GRAM, PAIR, ROOT, SKELETON, STEM, TITLE] = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/** What one distinct content word gives each field, as term ids (-1: none). */
interface WordIds {
  stem: string;
  stemId: number;
  /** Some entity alias starts with this stem, or with the stem of the word without its proclitic. */
  startsAlias: boolean;
  /** The word's Gazetteer.unprefixedStartOfLongAlias. */
  unprefixed: string | undefined;
  /** The word's ending after its stem (see endingOf): some one-word aliases need one. */
  ending: WordEnding;
  grams: number[];
  skeleton: number;
  root: number;
  forms: number[];
}

/**
 * Characters of passage text per distinct pair of neighbouring stems, about: one in 15 at 100k synthetic passages
 * (real news text has more distinct pairs). Sizes the pairs' table up front: growing it from small rehashed about
 * a million pairs, a quarter of a second of each index worker.
 */
const CHARS_PER_DISTINCT_PAIR = 16;

/** A raw word that analyses to nothing, or to a function word: no terms. */
const NO_TERMS = null;

/**
 * PartialPostingsBuilder over passageFields(termsOfText(text), titleStems), without the strings per occurrence:
 * each distinct raw word is analysed once into its term ids in every field (numbered on its first occurrence, which
 * is where its terms first occur), and pairs of neighbouring stems are numbered by their stems' ids. The postings
 * are the same, array for array, as PartialPostingsBuilder's over termsOfText's fields (a test holds them equal);
 * the index worker threads use it, since at 100k passages hashing every occurrence's strings was 40 % of their time.
 */
export class PassagePostingsBuilder {
  private readonly numberings = PASSAGE_FIELDS.map(() => new TermNumbering());
  private readonly counter = new PostingsCounter(PASSAGE_FIELDS.length);
  private readonly ids: number[][] = PASSAGE_FIELDS.map(() => []);
  private readonly lengths = new Uint32Array(PASSAGE_FIELDS.length);
  private words = new Map<string, WordIds | typeof NO_TERMS>();
  private readonly pairs: IdPairNumbering;
  /** Per pair: the stem ids of its two stems (PartialPostings.termPairs). */
  private readonly pairStems: number[] = [];
  private readonly titles = new WeakMap<readonly string[], number[]>();
  private readonly content: WordIds[] = [];
  /** Per word of `content`, whether a function word came before it since the previous content word. */
  private readonly gaps: boolean[] = [];
  private readonly analyzeWord: ReturnType<typeof wordAnalyzer>;
  private readonly termsOf: ReturnType<typeof contentWordTerms>;

  /** `expectedChars`: about how many characters of text will be added (to size the tables), when known. */
  constructor(private readonly gazetteer: Gazetteer, options: TermOptions, expectedChars = 0) {
    this.pairs = new IdPairNumbering(Math.ceil(expectedChars / CHARS_PER_DISTINCT_PAIR));
    this.analyzeWord = wordAnalyzer(gazetteer.protectedWords, options.minStemLength);
    this.termsOf = contentWordTerms(gazetteer, options);
  }

  /** Adds the next passage: its text, and its document's headline stems (PassageIndex.titleStems). */
  add(text: string, titleStems: readonly string[]): void {
    const { lengths, content, ids } = this;
    lengths.fill(0);
    content.length = 0;
    // The hot loop (every word of every passage) keeps each field's ids and count in locals.
    const [stems, grams, skeletons, roots, forms, pairs] = [ids[STEM]!, ids[GRAM]!, ids[SKELETON]!, ids[ROOT]!, ids[FORMS]!, ids[PAIR]!];
    let [stemCount, gramCount, skeletonCount, rootCount, formCount, pairCount] = [0, 0, 0, 0, 0, 0];
    let previous: WordIds | undefined;
    let mentions = false;
    // Whether a function word came since the last content word: a mention's words are not split by one its alias lacks.
    let afterGap = false;
    const gaps = this.gaps;
    gaps.length = 0;
    for (const raw of tokenWords(text)) {
      let word = this.words.get(raw);
      if (word === undefined) word = this.remember(raw);
      if (word === NO_TERMS) {
        afterGap = true;
        continue;
      }
      gaps.push(afterGap);
      afterGap = false;
      stems[stemCount++] = word.stemId;
      for (const id of word.grams) grams[gramCount++] = id;
      if (word.skeleton >= 0) skeletons[skeletonCount++] = word.skeleton;
      if (word.root >= 0) roots[rootCount++] = word.root;
      for (const id of word.forms) forms[formCount++] = id;
      if (previous) pairs[pairCount++] = this.pairId(previous, word);
      previous = word;
      content.push(word);
      if (word.startsAlias) mentions = true;
    }
    lengths[STEM] = stemCount;
    lengths[GRAM] = gramCount;
    lengths[SKELETON] = skeletonCount;
    lengths[ROOT] = rootCount;
    lengths[FORMS] = formCount;
    lengths[PAIR] = pairCount;
    if (mentions) {
      const [stemsOf, endingsOf, unprefixedOf, gapOf] = [[] as string[], [] as WordEnding[], [] as (string | undefined)[], [] as boolean[]];
      let gap = false;
      content.forEach((w, k) => {
        gap ||= gaps[k]!;
        if (w.stem === '') {
          gap = true;
          return;
        }
        stemsOf.push(w.stem);
        endingsOf.push(w.ending);
        unprefixedOf.push(w.unprefixed);
        gapOf.push(stemsOf.length > 1 && gap);
        gap = false;
      });
      for (const entity of this.gazetteer.matchStems(stemsOf, endingsOf, unprefixedOf, gapOf)) this.push(ENTITY, this.numberings[ENTITY]!.idOf(entity));
    }
    for (const id of this.titleIds(titleStems)) this.push(TITLE, id);
    this.counter.add(ids, lengths);
  }

  /** Appends a term id to the field's ids of the passage being added. */
  private push(field: number, id: number): void {
    this.ids[field]![this.lengths[field]!++] = id;
  }

  /** The postings of every passage added (then no more passages may be added: the pairs' table goes with them). */
  finish(): PartialPostings {
    // The pairs' strings are left out: they follow from their stems' ids (PartialPostings.termPairs).
    const terms = this.numberings.map((n) => n.terms);
    return {
      ...this.counter.finish(terms.map((t, f) => (f === PAIR ? this.pairs.size : t.length))), fields: [...PASSAGE_FIELDS], terms,
      termPairs: [{ field: PASSAGE_FIELDS[PAIR], of: PASSAGE_FIELDS[STEM], ids: Uint32Array.from(this.pairStems), table: this.pairs.table() }],
    };
  }

  /** A raw word's term ids, numbering its terms that are new (termsOfText's analysis, for one word). */
  private remember(raw: string): WordIds | typeof NO_TERMS {
    const token = this.analyzeWord(raw);
    let word: WordIds | typeof NO_TERMS = NO_TERMS;
    if (token && !token.stop) {
      const terms = this.termsOf(token.normalized);
      const n = this.numberings;
      const unprefixed = token.script === 'arabic' ? this.gazetteer.unprefixedStartOfLongAlias(token.normalized, token.stem) : undefined;
      word = {
        stem: token.stem, stemId: n[STEM]!.idOf(token.stem), startsAlias: this.gazetteer.startsAlias(token.stem) || unprefixed !== undefined, unprefixed,
        ending: token.script === 'arabic' ? endingOf(token.normalized) : '',
        grams: terms.grams.map((g) => n[GRAM]!.idOf(g)),
        skeleton: terms.skeleton ? n[SKELETON]!.idOf(terms.skeleton) : -1,
        root: terms.root ? n[ROOT]!.idOf(terms.root) : -1,
        forms: terms.forms.map((f) => n[FORMS]!.idOf(f)),
      };
    }
    // Forgetting words only costs their analysis again: their terms keep their ids in the numberings.
    if (this.words.size >= WORD_MEMO_CAPACITY) this.words = new Map();
    this.words.set(raw, word);
    return word;
  }

  /** The id of the pair of neighbouring stems "a b" (termsOfText's pair term). */
  private pairId(a: WordIds, b: WordIds): number {
    let id = this.pairs.get(a.stemId, b.stemId);
    if (id < 0) {
      id = this.pairs.add(a.stemId, b.stemId);
      this.pairStems.push(a.stemId, b.stemId);
    }
    return id;
  }

  private titleIds(stems: readonly string[]): number[] {
    let ids = this.titles.get(stems);
    if (!ids) this.titles.set(stems, (ids = stems.map((s) => this.numberings[TITLE]!.idOf(s))));
    return ids;
  }
}
