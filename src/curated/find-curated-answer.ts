import type { PassageIndex } from '../search/passage-index.js';
import { questionProfile, questionSimilarity, type QuestionProfile } from './question-profile.js';

/** Profiles of pinned questions kept per index: every new question in a chat is compared with the same pins. */
const PINNED_PROFILES_KEPT = 2048;
const pinnedProfiles = new WeakMap<PassageIndex, Map<string, QuestionProfile>>();

/** The profile of a pinned answer's question, analysed once while it stays among the recently compared. */
function pinnedProfile(index: PassageIndex, question: string): QuestionProfile {
  let kept = pinnedProfiles.get(index);
  if (!kept) pinnedProfiles.set(index, (kept = new Map()));
  let profile = kept.get(question);
  if (profile) return profile;
  profile = questionProfile(index, question);
  kept.set(question, profile);
  if (kept.size > PINNED_PROFILES_KEPT) kept.delete(kept.keys().next().value!);
  return profile;
}

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
    const similarity = questionSimilarity(asked, pinnedProfile(index, candidate.question));
    if (similarity >= threshold && similarity > (best?.similarity ?? 0)) best = { pinned: candidate, similarity };
  }
  return best;
}
