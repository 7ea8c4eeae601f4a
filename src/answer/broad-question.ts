import type { Query } from '../search/build-query.js';
import type { PassageIndex } from '../search/passage-index.js';
import type { RerankedHit } from '../search/rerank-by-coverage.js';

/**
 * A question about what the whole collection is about ("what happened in Kazakhstan?" over news of the unrest there)
 * has no one passage for an answer: every word it asks about is in at least this share of the passages, and the best
 * passage is merely the one that repeats them most ("in this case Kazakhstan had to turn to the CSTO"). The next most
 * widespread subject of our documents, the terrorists, is in a third of them.
 */
export const BROAD_SHARE = 0.5;

/** Documents that must speak of it: in fewer, a question is about them, not about the collection. */
const MIN_DOCUMENTS = 3;

/**
 * Whether at least BROAD_SHARE of the passages hold a concept: by its entity, one of its stems, or an alternative's.
 * Stops at the first evidence that does (no list of frequencies made: this is asked of every question).
 */
function isWidespread(concept: Query['concepts'][number], index: PassageIndex): boolean {
  const { bm25 } = index;
  const passages = bm25.docCount || 1;
  const widespread = (frequency: number) => frequency / passages >= BROAD_SHARE;
  if (concept.entity && widespread(bm25.documentFrequency('entity', concept.entity))) return true;
  for (const stem of concept.stems) if (widespread(bm25.documentFrequency('stem', stem))) return true;
  for (const alternative of concept.alternatives ?? []) if (widespread(bm25.documentFrequency('stem', alternative.stem))) return true;
  return false;
}

/**
 * When the question asks about the collection as a whole, the documents that speak of it, best first; else undefined.
 * It does when every word of its own (not the frame of "what happened…", not a follow-up's borrowed topic) is in at
 * least BROAD_SHARE of the passages, and the best passages (`candidates`, reranked) that hold one of them come from
 * MIN_DOCUMENTS documents or more.
 */
export function documentsOfBroadQuestion(query: Query, index: PassageIndex, candidates: readonly RerankedHit[]): string[] | undefined {
  const own = new Set(query.concepts.flatMap((c, i) => (!c.frame && c.contextWeight === undefined ? [i] : [])));
  if (own.size === 0 || [...own].some((i) => !isWidespread(query.concepts[i]!, index))) return undefined;
  const docIds = [...new Set(candidates.filter((c) => c.match.matched.some((i) => own.has(i))).map((c) => c.passage.docId))];
  return docIds.length >= MIN_DOCUMENTS ? docIds : undefined;
}
