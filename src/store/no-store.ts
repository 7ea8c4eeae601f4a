import { memoryRateLimiter, rateCounter } from './rate-limits.js';
import type { SentAnswer, Store } from './store.js';

/** Chats whose latest answer noStore keeps in memory (the oldest forgotten first). */
const LATEST_ANSWERS_KEPT = 100;

/**
 * A Store that keeps almost nothing: for a conversation without records (the terminal chat, one user with no
 * buttons). It keeps only each chat's latest answer, in memory, so that a follow-up question and 📄 find it; every
 * other write succeeds and every other read is empty; every event is new; rates are counted in memory.
 */
export function noStore(): Store {
  let id = 0;
  const nothing = async () => undefined;
  const latest = new Map<string, SentAnswer>();
  const chatKey = (chat: { platform: string; chatId: string }) => `${chat.platform}:${chat.chatId}`;
  return {
    recordAnswer: async (answer) => {
      const sent = { ...answer, id: ++id };
      latest.delete(chatKey(answer));
      latest.set(chatKey(answer), sent);
      if (latest.size > LATEST_ANSWERS_KEPT) latest.delete(latest.keys().next().value!);
      return sent.id;
    },
    setAnswerMessage: nothing,
    answerById: async (answerId) => [...latest.values()].find((a) => a.id === answerId),
    answerByMessage: nothing,
    recordPin: nothing, recordUnpin: async () => false, pinnedAnswers: async () => [],
    vote: async () => ({ up: 0, down: 0 }), votesOf: async () => ({ up: 0, down: 0 }),
    recordUnanswered: nothing, digest: async () => ({ unanswered: [], disliked: [] }), migrateChat: nothing,
    rememberQuestion: nothing, recentQuestions: async () => [], putKey: async (value) => value, getKey: nothing,
    prune: async () => 0, close: nothing,
    claimEvent: async () => 'claimed', finishEvent: nothing, renewClaims: async () => 0, adoptClaims: async () => [],
    consumeRate: rateCounter(memoryRateLimiter),
    chatSetting: nothing, setChatSetting: nothing,
    queueNotes: nothing, claimNotes: async () => [], finishNote: nothing,
    setVoteReason: async () => false, dismissDigestItem: nothing,
    latestAnswerIn: async (chat, since) => {
      const answer = latest.get(chatKey(chat));
      return answer && answer.sentAt >= since ? answer : undefined;
    },
  };
}
