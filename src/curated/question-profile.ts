import { conceptWeights } from '../search/match-concepts.js';
import type { PassageIndex } from '../search/passage-index.js';
import { questionForm } from '../search/question-form.js';

/** A question reduced to what it asks about (weighted concepts) and what kind of answer it wants. */
export interface QuestionProfile {
  /** A normalised key: the same question asked with other spelling, order, marks or punctuation has the same key. */
  key: string;
  /** Concept (entity id or stem) → weight (its IDF in the corpus: rare words count most). */
  weights: Map<string, number>;
  /** The kind of answer asked for ("time", "agent"…; see questionForm), when the wording tells one. */
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
  // "When did the protests start?" and "Where did the protests start?" share every content word but are different
  // questions. "What is X?" and a bare "X?" ask the same.
  const form = questionForm(query.tokens);
  const asks = form === 'other' || form === 'definition' ? [] : [form];
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
