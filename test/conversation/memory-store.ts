import { memoryRateLimiter, rateCounter } from '../../src/store/rate-limits.js';
import { MAX_NOTE_ATTEMPTS, type ChatRef, type DigestDismissal, type EventClaim, type NewAnswer, type Pin, type PinnedAnswer, type QueuedNote, type SentAnswer, type Store, type VoteReason, type VoteValue } from '../../src/store/store.js';

const same = (a: ChatRef, b: ChatRef) => a.platform === b.platform && a.chatId === b.chatId;

/** A Store in memory with the contract's behaviour, enough for the use cases' tests (no pruning, no migration). */
export function memoryStore(): Store {
  const answers: SentAnswer[] = [];
  const pins: Pin[] = [];
  const votes = new Map<string, VoteValue>();
  const unanswered: Parameters<Store['recordUnanswered']>[0][] = [];
  const recent = new Map<string, { question: string; askedAt: number; scope: string }>();
  const keys = new Map<string, string>();
  const claims = new Map<string, EventClaim & { doneAt?: number }>();
  const settings = new Map<string, string>();
  const reasons = new Map<string, VoteReason>();
  const dismissals: DigestDismissal[] = [];
  const dismissedAt = (chat: ChatRef, kind: string, key: string) =>
    dismissals.find((d) => same(d, chat) && d.item.kind === kind && (d.item.kind === 'unanswered' ? d.item.questionKey : String(d.item.answerId)) === key)?.dismissedAt;
  const reasonsOf = (answerId: number) => {
    const counts: Partial<Record<VoteReason, number>> = {};
    for (const [k, r] of reasons) if (k.startsWith(`${answerId}:`) && votes.get(k) === -1) counts[r] = (counts[r] ?? 0) + 1;
    return Object.keys(counts).length ? { reasons: counts } : {};
  };
  const tally = (answerId: number) => {
    const values = [...votes].filter(([k]) => k.startsWith(`${answerId}:`)).map(([, v]) => v);
    return { up: values.filter((v) => v > 0).length, down: values.filter((v) => v < 0).length };
  };
  const notes: Array<QueuedNote & { id: number; leaseUntil: number; attempts: number; sentAt?: number }> = [];
  return {
    async recordAnswer(answer: NewAnswer) {
      answers.push({ ...answer, id: answers.length + 1 });
      return answers.length;
    },
    async setAnswerMessage(id, messageId) {
      const found = answers.find((a) => a.id === id);
      if (found) found.messageId = messageId;
    },
    answerById: async (id) => answers.find((a) => a.id === id),
    answerByMessage: async (chat, messageId) => answers.findLast((a) => same(a, chat) && a.messageId === messageId),
    async recordPin(pin) {
      if (answers.some((a) => a.id === pin.answerId) && !pins.some((p) => same(p, pin) && p.messageId === pin.messageId && p.unpinnedAt === undefined)) pins.push({ ...pin });
    },
    async recordUnpin(chat, messageId, at) {
      const live = pins.find((p) => same(p, chat) && p.messageId === messageId && p.unpinnedAt === undefined);
      if (live) live.unpinnedAt = at;
      return Boolean(live);
    },
    async pinnedAnswers(chat, limit): Promise<PinnedAnswer[]> {
      return pins.filter((p) => same(p, chat) && p.unpinnedAt === undefined).sort((a, b) => b.pinnedAt - a.pinnedAt).slice(0, limit)
        .map((pin) => ({ pin, answer: answers.find((a) => a.id === pin.answerId)! }));
    },
    async vote(answerId, userId, value) {
      if (!answers.some((a) => a.id === answerId)) return { up: 0, down: 0 };
      votes.set(`${answerId}:${userId}`, value);
      if (value > 0) reasons.delete(`${answerId}:${userId}`);
      return tally(answerId);
    },
    votesOf: async (answerId) => tally(answerId),
    async setVoteReason(answerId, userId, reason) {
      if (votes.get(`${answerId}:${userId}`) !== -1) return false;
      reasons.set(`${answerId}:${userId}`, reason);
      return true;
    },
    async dismissDigestItem(dismissal) {
      const key = dismissal.item.kind === 'unanswered' ? dismissal.item.questionKey : String(dismissal.item.answerId);
      if (dismissedAt(dismissal, dismissal.item.kind, key) === undefined) dismissals.push(dismissal);
    },
    latestAnswerIn: async (chat, since) => answers.filter((a) => same(a, chat) && a.sentAt >= since).sort((a, b) => b.sentAt - a.sentAt || b.id - a.id)[0],
    async recordUnanswered(question) {
      unanswered.push(question);
    },
    async digest(query) {
      const mine = unanswered.filter((u) => same(u, query) && u.askedAt >= query.since && !(u.askedAt <= (dismissedAt(query, 'unanswered', u.questionKey) ?? -Infinity)));
      const keysAsked = [...new Set(mine.map((u) => u.questionKey))];
      return {
        unanswered: keysAsked.map((key) => {
          const asked = mine.filter((u) => u.questionKey === key);
          return { questionKey: key, question: asked.at(-1)!.question, count: asked.length, lastAskedAt: asked.at(-1)!.askedAt };
        }).sort((a, b) => b.count - a.count).slice(0, query.limit),
        disliked: answers.filter((a) => same(a, query) && a.sentAt >= query.since && tally(a.id).down > 0 && dismissedAt(query, 'disliked', String(a.id)) === undefined)
          .map((a) => ({ answerId: a.id, question: a.question, ...(a.messageId ? { messageId: a.messageId } : {}), ...tally(a.id), ...reasonsOf(a.id) })).slice(0, query.limit),
      };
    },
    async migrateChat(platform, from, to) {
      for (const row of [...answers, ...pins, ...unanswered]) if (row.platform === platform && row.chatId === from) row.chatId = to;
    },
    async rememberQuestion(q) {
      recent.set(`${q.platform}:${q.scopeId}:${q.questionKey}`, { question: q.question, askedAt: q.askedAt, scope: `${q.platform}:${q.scopeId}` });
    },
    recentQuestions: async (scope, limit) =>
      [...recent.values()].filter((r) => r.scope === `${scope.platform}:${scope.scopeId}`).sort((a, b) => b.askedAt - a.askedAt).slice(0, limit).map((r) => r.question),
    async putKey(value) {
      const key = `k${Buffer.from(value).toString('base64url').slice(0, 10)}${keys.size}`;
      for (const [k, v] of keys) if (v === value) return k;
      keys.set(key, value);
      return key;
    },
    getKey: async (key) => keys.get(key),
    prune: async () => 0,
    async claimEvent(claim) {
      const id = `${claim.platform}:${claim.eventId}`;
      if (claims.has(id)) return 'seen';
      claims.set(id, { ...claim });
      return 'claimed';
    },
    async finishEvent(platform, eventId, at) {
      const claim = claims.get(`${platform}:${eventId}`);
      if (claim && claim.doneAt === undefined) Object.assign(claim, { doneAt: at, payload: undefined });
    },
    async renewClaims(owner, leaseUntil) {
      const mine = [...claims.values()].filter((c) => c.owner === owner && c.doneAt === undefined);
      for (const c of mine) c.leaseUntil = leaseUntil;
      return mine.length;
    },
    async adoptClaims(platform, owner, now, leaseUntil, limit) {
      const lapsed = [...claims.values()].filter((c) => c.platform === platform && c.doneAt === undefined && c.payload !== undefined && c.leaseUntil < now).slice(0, limit);
      for (const c of lapsed) Object.assign(c, { owner, leaseUntil });
      return lapsed.map((c) => ({ eventId: c.eventId, payload: c.payload! }));
    },
    consumeRate: rateCounter(memoryRateLimiter),
    async queueNotes(queued) {
      for (const note of queued) notes.push({ ...note, id: notes.length + 1, leaseUntil: 0, attempts: 0 });
    },
    async claimNotes(platform, now, leaseUntil, limit) {
      const open = notes.filter((n) => n.platform === platform && n.sentAt === undefined && n.leaseUntil < now && n.attempts < MAX_NOTE_ATTEMPTS).slice(0, limit);
      for (const n of open) Object.assign(n, { leaseUntil, attempts: n.attempts + 1 });
      return open.map((n) => ({ id: n.id, platform: n.platform, chatId: n.chatId, body: n.body }));
    },
    async finishNote(id, at) {
      const note = notes.find((n) => n.id === id);
      if (note) note.sentAt = at;
    },
    chatSetting: async (chat, name) => settings.get(`${chat.platform}:${chat.chatId}:${name}`),
    async setChatSetting(setting) {
      settings.set(`${setting.platform}:${setting.chatId}:${setting.name}`, setting.value);
    },
    close: async () => undefined,
  };
}

/** A store whose every call fails, as when the database is down. */
export function downStore(): Store {
  return new Proxy({} as Store, { get: () => () => Promise.reject(new Error('database down')) });
}
