import { conceptWeights } from '../search/match-concepts.js';
import type { PassageIndex } from '../search/passage-index.js';

/**
 * What kind of answer a question asks for, by its interrogative word, in the three languages (normalised forms).
 * "When did the protests start?" and "Where did the protests start?" share every content word but are different
 * questions.
 */
const INTERROGATIVES: ReadonlyMap<string, string> = new Map([
  ...['متي', 'when', 'когда'].map((w) => [w, 'when'] as const),
  ...['اين', 'where', 'где', 'куда', 'откуда'].map((w) => [w, 'where'] as const),
  ...['كم', 'сколько'].map((w) => [w, 'how_many'] as const),
  ...['من', 'who', 'whom', 'whose', 'кто', 'кого', 'кому'].map((w) => [w, 'who'] as const),
  ...['لماذا', 'why', 'почему', 'зачем'].map((w) => [w, 'why'] as const),
  ...['كيف', 'how', 'как'].map((w) => [w, 'how'] as const),
  ...['هل'].map((w) => [w, 'whether'] as const),
]);

/** A question reduced to what it asks about (weighted concepts) and what kind of answer it wants. */
export interface QuestionProfile {
  /** A normalised key: the same question asked with other spelling, order, marks or punctuation has the same key. */
  key: string;
  /** Concept (entity id or stem) → weight (its IDF in the corpus: rare words count most). */
  weights: Map<string, number>;
  /** Kinds of answer asked for ("when", "who"…), sorted. */
  asks: string[];
}

/** Profiles a question with the index's analyzer and statistics. */
export function questionProfile(index: PassageIndex, question: string): QuestionProfile {
  const query = index.queryOf(question);
  const idf = conceptWeights(query, index.bm25);
  const weights = new Map<string, number>();
  query.concepts.forEach((concept, i) => {
    const id = concept.entity ? `@${concept.entity}` : concept.stems[0]!;
    weights.set(id, Math.max(weights.get(id) ?? 0, idf[i]!));
  });
  // Only the question's opening words (a leading و/ف aside: ومتى is متى): later, من is "from" and как is "as".
  const opening = query.tokens.slice(0, 2).map((t) => INTERROGATIVES.get(t.normalized) ?? INTERROGATIVES.get(t.normalized.replace(/^[وف](?=..)/, '')));
  const asks = [...new Set(opening.filter((k): k is string => k !== undefined))].sort();
  const concepts = [...weights.keys()].sort();
  const key = [...asks.map((a) => `?${a}`), ...concepts].join(' ') || question.trim().toLowerCase();
  return { key, weights, asks };
}

/**
 * How close two questions are, 0 to 1: the IDF-weighted Dice overlap of their concepts, and 0 when they ask for
 * different kinds of answer (when / where / who…).
 */
export function questionSimilarity(a: QuestionProfile, b: QuestionProfile): number {
  if (a.asks.join() !== b.asks.join()) return 0;
  let shared = 0;
  let total = 0;
  for (const [id, w] of a.weights) {
    total += w;
    const other = b.weights.get(id);
    if (other !== undefined) shared += w + other;
  }
  for (const w of b.weights.values()) total += w;
  return total > 0 ? shared / total : 0;
}
