import { conceptWeights, matchConcepts, type ConceptMatch } from './match-concepts.js';
import type { PassageHit, PassageIndex, SearchResult } from './passage-index.js';

/** A hit after reranking, with how it covers the question. */
export interface RerankedHit extends PassageHit {
  match: ConceptMatch;
}

/** How much full coverage of the question adds, as a share of the best BM25 score. Tuned on ARCD (+0.7 pt hit@1). */
export const COVERAGE_BONUS = 0.3;

/**
 * Reranks the first hits by BM25 plus a bonus for covering all the question's concepts: BM25 alone can prefer a
 * passage that repeats one rare word over one that contains every word asked about.
 */
export function rerankByCoverage(result: SearchResult, index: PassageIndex, bonus = COVERAGE_BONUS): RerankedHit[] {
  const weights = conceptWeights(result.query, index.bm25);
  const topScore = result.hits[0]?.score ?? 0;
  return result.hits
    .map((hit) => {
      const match = matchConcepts(hit.passage.text, result.query, weights, index.gazetteer, index.termOptions, index.analysisOf(hit.passage));
      return { passage: hit.passage, score: hit.score + bonus * topScore * match.coverage, match };
    })
    // Stable: equal scores keep BM25's order (which breaks ties by passage number).
    .sort((a, b) => b.score - a.score);
}
