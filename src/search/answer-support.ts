import type { Query, QueryConcept } from './build-query.js';
import { conceptWeights, type ConceptEvidence, type ConceptMatch } from './match-concepts.js';
import { memoPerIndex } from './memo-per-index.js';
import type { PassageIndex, SearchResult } from './passage-index.js';

/** How the evidence of a passage is weighed when deciding whether it answers the question at all. */
export interface AnswerSupportOptions {
  /**
   * Credit for a concept found only as a spelling variant (a word sharing half its n-grams): a short word shares that
   * with unrelated ones (حدود in محدود, مغرب in غرب). Default 0.5.
   */
  variantCredit: number;
  /**
   * Fewest consonant classes a skeleton-only match needs to count: three classes collide with common words (BRT is
   * "bread" and فرض). Latin and Cyrillic words never count by skeleton: across scripts only the gazetteer links them.
   * Default 4.
   */
  minSkeletonClasses: number;
  /**
   * Weights, times their IDF, of Latin and Cyrillic words no passage contains. Their IDF says nothing (all are
   * "unknown", so all weigh most); what they are does: a name the documents never mention says the question is about
   * something else; a gazetteer name or organisation ties it to the documents; a generic gazetteer term ("capital",
   * "president") or a plain word (which the documents may well hold, in Arabic) says little. Default 2 / 1 / 0.5 / 0.5.
   */
  foreignWeights: { name: number; entity: number; term: number; word: number; translated: number };
  /**
   * Weight, times its IDF, of an Arabic word that neither the documents nor any of its alternatives contain: a word
   * of the question's own phrasing (a paraphrase, a dialect verb) as often as a sign of another subject.
   */
  arabicUnknown: number;
}

/** Default support options, calibrated in scripts/calibrate-abstention.ts. */
export const DEFAULT_ANSWER_SUPPORT_OPTIONS: AnswerSupportOptions = {
  variantCredit: 0.5,
  minSkeletonClasses: 4,
  foreignWeights: { name: 2, entity: 1, term: 0.5, word: 0.5, translated: 1 },
  arabicUnknown: 1,
};

/** A stem pair with a Latin or Cyrillic word in it. */
const LATIN_OR_CYRILLIC_PAIR = /[a-z\u00C0-\u024F\u0400-\u04FF]/;

function isForeign(query: Query, concept: QueryConcept): boolean {
  const { script } = query.tokens[concept.tokens[0]!]!;
  return script === 'latin' || script === 'cyrillic';
}

/** Each concept's weight in support: its IDF (see conceptWeights), set by kind for Latin and Cyrillic words no passage contains. */
export function supportWeights(query: Query, index: PassageIndex, options: AnswerSupportOptions = DEFAULT_ANSWER_SUPPORT_OPTIONS): readonly number[] {
  // The answer's evidence and its support both ask for them: computed once per query (with the default options).
  if (options !== DEFAULT_ANSWER_SUPPORT_OPTIONS) return computeSupportWeights(query, index, options);
  const known = supportWeightsOfQuery.get(query);
  if (known?.index === index) return known.weights;
  const weights = computeSupportWeights(query, index, options);
  supportWeightsOfQuery.set(query, { index, weights });
  return weights;
}

/** The weights supportWeights gave a query with the default options, with the index they came from. */
const supportWeightsOfQuery = new WeakMap<Query, { index: PassageIndex; weights: readonly number[] }>();

function computeSupportWeights(query: Query, index: PassageIndex, options: AnswerSupportOptions): number[] {
  const { kinds } = index.gazetteer;
  const { name, entity, term, word, translated } = options.foreignWeights;
  return conceptWeights(query, index.bm25).map((w, c) => {
    const concept = query.concepts[c]!;
    const known = concept.alternatives?.length || concept.stems.some((s) => index.bm25.documentFrequency('stem', s) > 0);
    if (known) return w;
    if (!isForeign(query, concept)) return concept.entity || concept.root ? w : w * options.arabicUnknown;
    if (concept.entity) return w * (kinds.get(concept.entity) === 'term' ? term : entity);
    if (concept.name) return w * name;
    // A dictionary word whose every translation the documents lack is missing from them, as an Arabic word would be.
    return w * (concept.offered ? translated : word);
  });
}

/** What the k-th matched concept of a match counts for in support, 0 to 1 (see AnswerSupportOptions). */
export function supportCredit(match: ConceptMatch, k: number, query: Query, options: AnswerSupportOptions = DEFAULT_ANSWER_SUPPORT_OPTIONS): number {
  return creditOf(match.via[k]!, match.credit[k]!, query, query.concepts[match.matched[k]!]!, options);
}

function creditOf(evidence: ConceptEvidence, credit: number, query: Query, concept: QueryConcept, options: AnswerSupportOptions): number {
  switch (evidence) {
    case 'variant':
      return options.variantCredit;
    case 'skeleton':
      return !isForeign(query, concept) && (concept.skeleton?.length ?? 0) >= options.minSkeletonClasses ? 1 : 0;
    default:
      return credit;
  }
}

/**
 * How well a passage's match supports an answer, 0 to 1: the weighted share of the question's concepts it contains,
 * like ConceptMatch.coverage but stricter about evidence that also turns up by chance (see AnswerSupportOptions).
 */
export function answerSupport(match: ConceptMatch, query: Query, index: PassageIndex, options: AnswerSupportOptions = DEFAULT_ANSWER_SUPPORT_OPTIONS): number {
  const weights = supportWeights(query, index, options);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return 0;
  let got = 0;
  match.matched.forEach((c, i) => {
    got += weights[c]! * creditOf(match.via[i]!, match.credit[i]!, query, query.concepts[c]!, options);
  });
  return got / total;
}

/**
 * The best passage's BM25 score as a share of the most any passage could score for the question (every term, at
 * BM25's saturation). An unrelated question reaches a few common words and scores a small share. Terms of Latin or
 * Cyrillic words that no passage contains are left out of the most: they could not score in any passage. The same for
 * every passage of one search, which a lead pick weighs one by one: computed once.
 */
export const scoreShare: (result: SearchResult, index: PassageIndex) => number = memoPerIndex(computeScoreShare);

function computeScoreShare(result: SearchResult, index: PassageIndex): number {
  const best = result.hits[0]?.score ?? 0;
  if (!(best > 0)) return 0;
  const saturation = index.bm25.options.k1 + 1;
  const { query } = result;
  const foreignConcept = query.concepts.map((c) => isForeign(query, c));
  // A concept's alternatives stand in for one another, as stems or as other cuts of the documents' words: the most
  // counts the best of them, not their sum.
  const alternativesOf = query.concepts.map((c) => new Set(c.alternatives?.map((a) => a.stem)));
  const bestAlternative = new Float64Array(query.concepts.length);
  let most = 0;
  for (const { field, term, weight, concept } of query.terms) {
    const foreign = concept === undefined ? LATIN_OR_CYRILLIC_PAIR.test(term) : foreignConcept[concept]!;
    if (foreign && index.bm25.documentFrequency(field, term) === 0) continue;
    const termMost = weight * index.weights[field as keyof PassageIndex['weights']] * index.bm25.idf(field, term);
    if (concept !== undefined && (field === 'stem' || field === 'forms') && alternativesOf[concept]!.has(term)) bestAlternative[concept] = Math.max(bestAlternative[concept]!, termMost);
    else most += termMost;
  }
  for (const value of bestAlternative) most += value;
  return most > 0 ? best / (most * saturation) : 0;
}
