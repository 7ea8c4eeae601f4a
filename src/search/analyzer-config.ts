/** How passages and questions become index terms. Part of the saved index's signature. */
export interface TermOptions {
  /** Character n-gram length for spelling variants. Default 3 (better than 4 on ARCD: 0.798 vs 0.774 hit@1). */
  ngramSize: number;
  /** Fewest letters an Arabic stem keeps. Default 3. */
  minStemLength: number;
}

/** Default term options. */
export const DEFAULT_TERM_OPTIONS: TermOptions = { ngramSize: 3, minStemLength: 3 };

/** Weight of each field in a passage's score. */
export interface FieldWeights {
  /** Light stems: the main evidence. */
  stem: number;
  /**
   * Character n-grams: spelling variants and unstemmed forms. A word the text holds as it is counts its n-grams too,
   * so they weigh a common word matched whole above a translation, synonym or entity of the question (0.6 → 0.4: held-out
   * probes +6, tuned +8, natural.json and ARCD hit@1 the same; 0.3 and 0.5 ARCD −4).
   */
  gram: number;
  /** Gazetteer entities: names and key terms in any language and spelling. */
  entity: number;
  /** Consonant skeletons of names: transliterations no gazetteer lists. */
  skeleton: number;
  /** The document headline's stems, shared by all its passages. */
  title: number;
  /** Neighbouring stem pairs: phrase evidence. */
  pair: number;
  /** Arabic roots: words of one family, a weak signal (many families share a root). */
  root: number;
  /** Other cuts of Arabic words (لوكالة as ل + وكالة): the light stemmer's second choices. */
  forms: number;
}

/** Default field weights, tuned on ARCD and the project's own questions together. */
export const DEFAULT_FIELD_WEIGHTS: FieldWeights = { stem: 1, gram: 0.4, entity: 1.5, skeleton: 0.5, title: 0.8, pair: 0.25, root: 0.3, forms: 0.2 };

/** BM25 parameters for passages, tuned with the field weights (ARCD: k1 0.9 / b 0.6 beat Lucene's 1.2 / 0.75). */
export const DEFAULT_PASSAGE_BM25 = { k1: 0.9, b: 0.6 };
