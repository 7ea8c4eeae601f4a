import { memoryRateLimiter, rateCounter } from './rate-limits.js';
import type { Store } from './store.js';

/**
 * A Store that keeps nothing and finds nothing: for a conversation without records (the terminal chat, one user
 * with no buttons). Every write succeeds, every read is empty; every event is new; rates are counted in memory.
 */
export function noStore(): Store {
  let id = 0;
  const nothing = async () => undefined;
  return {
    recordAnswer: async () => ++id, setAnswerMessage: nothing, answerById: nothing, answerByMessage: nothing,
    recordPin: nothing, recordUnpin: async () => false, pinnedAnswers: async () => [],
    vote: async () => ({ up: 0, down: 0 }), votesOf: async () => ({ up: 0, down: 0 }),
    recordUnanswered: nothing, digest: async () => ({ unanswered: [], disliked: [] }), migrateChat: nothing,
    rememberQuestion: nothing, recentQuestions: async () => [], putKey: async (value) => value, getKey: nothing,
    prune: async () => 0, close: nothing,
    claimEvent: async () => 'claimed', finishEvent: nothing, renewClaims: async () => 0, adoptClaims: async () => [],
    consumeRate: rateCounter(memoryRateLimiter),
    chatSetting: nothing, setChatSetting: nothing,
    setVoteReason: async () => false, dismissDigestItem: nothing, latestAnswerIn: nothing,
  };
}
