import { ComponentType, type APIMessageTopLevelComponent } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as L from '../../../adapters/discord/limits.js';
import { renderReply, votedAnswerId, withPinState, withVoteCounts } from '../../../adapters/discord/render.js';
import { answerReply, createConversation, loadSanad, RLM, type Answer, type Reply, type Store } from '../../../src/index.js';
import { memoryStore } from '../../conversation/memory-store.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const H = HOSTILE_STRINGS;
/** Every hostile string but the 10,000-character ones (a question the core answers has at most 1000). */
const hostile = Object.entries(H).filter(([name]) => name !== 'tenThousand' && name !== 'longArabic').map(([, text]) => text).join(' ');
const ANSWER: Answer = {
  question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
  quote: [{ text: 'The CSTO sent peacekeepers.', highlights: [], citations: [1] }],
  passages: [{ rank: 1, score: 1, passageId: 'd1#1', docId: 'd1', title: 'T', text: 'The CSTO sent peacekeepers.', highlights: [], citations: [1] }],
  sources: [{ n: 1, docId: 'd1', title: 'T' }],
};
const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const request = { platform: 'discord' as const, chatId: CHANNEL, userLanguage: 'en' as const, messageLink: (m: string) => `https://discord.com/channels/${GUILD}/${CHANNEL}/${m}` };
const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
const conversationOn = (store: Store) => createConversation({ sanad: loadSanad({ corpusDir: 'corpus' }), store, log: quiet, now: Date.now });

/** A store with `n` pinned answers to hostile questions in the channel. */
async function pinnedStore(n: number, question = (i: number) => `${hostile} ${i}`, language: Answer['language'] = 'en'): Promise<Store> {
  const store = memoryStore();
  for (let i = 1; i <= n; i++) {
    const id = await store.recordAnswer({ platform: 'discord', chatId: CHANNEL, messageId: String(500000000000000000n + BigInt(i)), question: question(i), questionKey: String(i), answer: { ...ANSWER, language, question: question(i) }, sentAt: 1 });
    await store.recordPin({ platform: 'discord', chatId: CHANNEL, answerId: id, messageId: String(500000000000000000n + BigInt(i)), pinnedBy: '4', pinnedAt: 1_641_500_000_000 + i });
  }
  return store;
}

const ids = (rows: readonly APIMessageTopLevelComponent[]) =>
  rows.flatMap((r) => (r.type === ComponentType.ActionRow ? r.components.map((b) => ('custom_id' in b ? `${b.custom_id}=${'label' in b ? b.label ?? '' : ''}` : '')) : []));
/** Text with links, escapes and our own markup removed: no live markup or mention may be left. */
const echoedOnly = (part: string) => part.replace(/\]\(https?:[^)\s]+\)/g, '').replace(/\\./g, '').replace(/\*\*/g, '').replace(/(^|[\s\u200F\u2068])\[/gm, '$1');

describe('vote and pin buttons on a sent message', () => {
  const reply: Reply = { ...answerReply(ANSWER), actions: [{ kind: 'pin', pinned: false, label: 'Pin' }, { kind: 'vote', tally: { up: 0, down: 0 } }] };
  const rows = renderReply(reply, { answerId: 7 }).components;

  it('labels 👍/👎 with their counts once there are votes', () => {
    expect(ids(renderReply({ ...reply, actions: [{ kind: 'vote', tally: { up: 0, down: 2 } }] }, { answerId: 7 }).components)).toEqual(['kz:v:7:u=', 'kz:v:7:d=2']);
  });

  it('changes only the buttons concerned, and finds the answer the votes belong to', () => {
    expect(ids(withVoteCounts(rows, 7, { up: 3, down: 1 }))).toEqual(['kz:pin=Pin', 'kz:v:7:u=3', 'kz:v:7:d=1']);
    expect(ids(withVoteCounts(rows, 8, { up: 3, down: 1 }))).toEqual(ids(rows));
    expect(ids(withPinState(rows, 'ru', true))).toEqual(['kz:pin=Открепить', 'kz:v:7:u=', 'kz:v:7:d=']);
    expect(votedAnswerId(rows)).toBe(7);
    expect(votedAnswerId([])).toBeUndefined();
  });
});

describe('a pinned answer given again', () => {
  it('marks it as the moderators\', links its message, and offers votes and Fresh search but no 📌', async () => {
    const store = await pinnedStore(1, () => ANSWER.question);
    const { reply } = await conversationOn(store).ask({ ...request, question: ANSWER.question, pinnable: true });
    const message = renderReply(reply);
    expect(message.content).toBe(`📌 **An answer the moderators pinned for a similar question** · [pinned message](https://discord.com/channels/${GUILD}/${CHANNEL}/500000000000000001)`);
    expect(message.embeds[0]!.title).toBe(ANSWER.question);
    expect(ids(message.components).slice(-3)).toEqual([expect.stringMatching(/^kz:f:.+=Fresh search$/), 'kz:v:1:u=', 'kz:v:1:d=']);
  });

  it('starts the Arabic line right to left', async () => {
    const question = 'ما مهمة قوات حفظ السلام؟';
    const store = await pinnedStore(1, () => question, 'ar');
    const pinned = await conversationOn(store).ask({ ...request, question });
    expect(renderReply(pinned.reply).content.startsWith(RLM)).toBe(true);
  });
});

describe('the pinned list', () => {
  it('lists 250 hostile questions within one embed, escaped, linked, then how many more', async () => {
    const { embeds } = renderReply(await conversationOn(await pinnedStore(250)).pinned(request));
    const description = embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    expect(description).toMatch(/\nand \d+ more\.$/);
    expect(description.split('\n')[0]).toMatch(/^\u200F?1\\\. \[.+\]\(https:\/\/discord\.com\/channels\/200000000000000001\/300000000000000001\/500000000000000250\) — .+2022/);
    expect(echoedOnly(description)).not.toMatch(/[@<`|~_*]/);
  });
});

describe('the digest', () => {
  it('keeps ten hostile lines of each list within the limits, right to left in Arabic, linking answers with a message', async () => {
    const store = memoryStore();
    for (let i = 0; i < 10; i++) {
      for (let k = 0; k <= i; k++) await store.recordUnanswered({ platform: 'discord', chatId: CHANNEL, question: `${hostile} ${i}`, questionKey: `k${i}`, askedAt: Date.now() });
      const id = await store.recordAnswer({ platform: 'discord', chatId: CHANNEL, ...(i % 2 ? { messageId: String(600000000000000000n + BigInt(i)) } : {}), question: `${H.everyone} ${H.longArabic}`.slice(0, 1000), questionKey: 'q', answer: ANSWER, sentAt: Date.now() });
      await store.vote(id, 'u', -1, Date.now());
    }
    const { embeds } = renderReply(await conversationOn(store).digest({ ...request, userLanguage: 'ar', moderator: true, days: 30 }));
    const description = embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    const lines = description.split('\n');
    expect(lines).toHaveLength(2 + 20 + 2 + 1); // two headings, ten lines each, two blank lines, the closing advice
    // Lines whose words are Arabic read right to left; a Latin question keeps its line left to right, its Arabic date isolated.
    for (const line of lines.filter((l) => /[\u0600-\u06FF]/.test(l.replace(/\u2068[^\u2069]*\u2069/g, '')))) expect(line.startsWith(RLM), line.slice(0, 30)).toBe(true);
    expect(echoedOnly(description)).not.toMatch(/[@<`|~_*]/);
    expect(description).toContain(`](https://discord.com/channels/${GUILD}/${CHANNEL}/600000000000000001)`);
  });
});
