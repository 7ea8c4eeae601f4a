import type { PassageIndex } from '../search/passage-index.js';
import { questionProfile, questionSimilarity } from './question-profile.js';

/**
 * How close a new question must be to a pinned answer's question for the pinned answer to be given instead of a
 * fresh search. High on purpose: a moderator's answer to a different question would mislead more than a search.
 */
export const CURATED_MATCH_THRESHOLD = 0.8;

/**
 * The pinned answer whose question most closely matches `question` (at least CURATED_MATCH_THRESHOLD), if any.
 * `pinned` is newest first; on equal similarity the newest wins.
 */
export function findCuratedAnswer<T extends { question: string }>(
  index: PassageIndex, question: string, pinned: readonly T[], threshold = CURATED_MATCH_THRESHOLD,
): { pinned: T; similarity: number } | undefined {
  const asked = questionProfile(index, question);
  if (asked.weights.size === 0) return undefined;
  let best: { pinned: T; similarity: number } | undefined;
  for (const candidate of pinned) {
    const similarity = questionSimilarity(asked, questionProfile(index, candidate.question));
    if (similarity >= threshold && similarity > (best?.similarity ?? 0)) best = { pinned: candidate, similarity };
  }
  return best;
}
