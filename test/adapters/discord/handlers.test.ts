import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as H from '../../../adapters/discord/handlers.js';
import { RecentQuestions } from '../../../adapters/discord/recent-questions.js';
import { pickLanguage } from '../../../adapters/discord/strings.js';
import { UI_STRINGS } from '../../../src/answer/ui-strings.js';
import { loadSanad, type Sanad } from '../../../src/sanad.js';
import type { Store } from '../../../src/store/store.js';
import { tempDataDir, type TempDataDir } from './temp-store.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const ANSWERABLE = 'Which armed forces make up the peacekeeping contingent?';
const UNANSWERABLE = 'How do I reset my password?';
let sanad: Sanad;
let data: TempDataDir;
let store: Store;
let channels = 0;
const warnings: unknown[] = [];
const context = (over: Partial<H.HandlerContext> = {}): H.HandlerContext => ({
  sanad, store, recent: new RecentQuestions(), log: { warn: (...args: unknown[]) => void warnings.push(args) }, now: Date.now, ...over,
});
/** A channel no other test used. */
const channel = () => `30000000000000${String(++channels).padStart(4, '0')}`;
const ids = (reply: H.Reply) => (reply.components ?? []).flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

beforeAll(async () => {
  sanad = loadSanad({ corpusDir: CORPUS });
  data = await tempDataDir();
  store = await data.open();
});
afterAll(async () => {
  await store?.close();
  await data?.remove();
});

describe('pickLanguage', () => {
  it('follows the Discord locale, else the question, else English; Arabic questions get Arabic', () => {
    expect(pickLanguage('ru', 'en')).toBe('ru');
    expect(pickLanguage('en-GB', 'ru')).toBe('en');
    expect(pickLanguage('fr', 'ru')).toBe('ru');
    expect(pickLanguage('en-US', 'ar')).toBe('ar');
    expect(pickLanguage('de')).toBe('en');
  });
});

describe('answerQuestion', () => {
  it('words the reply in the user\'s locale', async () => {
    const { reply } = await H.answerQuestion(context(), { question: ANSWERABLE, locale: 'ru', guildId: 'g', channelId: channel(), ephemeral: false });
    expect(reply.embeds![0]!.footer!.text).toBe(UI_STRINGS.ru.quotedFooter);
  });

  it('records the answer and offers 👍/👎 that carry its stored id', async () => {
    const channelId = channel();
    const { reply, answerId } = await H.answerQuestion(context(), { question: ANSWERABLE, locale: 'en-US', guildId: 'g', channelId, ephemeral: false });
    expect(ids(reply)).toEqual(expect.arrayContaining([`kz:v:${answerId}:u`, `kz:v:${answerId}:d`]));
    expect(await store.answerById(answerId!)).toMatchObject({ platform: 'discord', chatId: channelId, question: ANSWERABLE });
  });

  it('suggests a public answer in its server only, and a private one nowhere', async () => {
    const ctx = context();
    await H.answerQuestion(ctx, { question: ANSWERABLE, locale: 'en-US', guildId: 'g1', channelId: channel(), ephemeral: false });
    const secret = 'Which armed forces make up the CSTO peacekeeping contingent?';
    const { reply } = await H.answerQuestion(ctx, { question: secret, locale: 'en-US', guildId: 'g1', channelId: channel(), ephemeral: true });
    expect(ids(reply).some((id) => id.startsWith('kz:m:'))).toBe(true); // kept for its button…
    expect(ids(reply)).not.toContain('kz:pin');
    expect(ctx.recent.inGuild('g1')).toEqual([ANSWERABLE]); // …but never suggested
    expect(H.suggest(ctx, '', 'en-US', 'g1').map((c) => c.value)[0]).toBe(ANSWERABLE);
    expect(H.suggest(ctx, ANSWERABLE, 'en-US', 'g2')).toEqual([]);
  });

  it('records what it could not answer for the digest, but not an empty question', async () => {
    const ctx = context();
    const channelId = channel();
    const { reply, answerId } = await H.answerQuestion(ctx, { question: UNANSWERABLE, locale: 'en-US', guildId: 'g', channelId, ephemeral: false });
    await H.answerQuestion(ctx, { question: '   ', locale: 'en-US', guildId: 'g', channelId, ephemeral: false });
    expect(reply.components).toEqual([]);
    expect(answerId).toBeUndefined();
    expect(ctx.recent.inGuild('g')).toEqual([]);
    const digest = await store.digest({ platform: 'discord', chatId: channelId, since: 0, limit: 10 });
    expect(digest.unanswered.map((u) => [u.question, u.count])).toEqual([[UNANSWERABLE, 1]]);
  });

  it('still answers, without votes, when the store fails', async () => {
    const broken = new Proxy(store, { get: () => () => Promise.reject(new Error('database down')) });
    warnings.length = 0;
    const { reply, answerId } = await H.answerQuestion(context({ store: broken }), { question: ANSWERABLE, locale: 'en-US', guildId: 'g', channelId: channel(), ephemeral: false });
    expect(reply.embeds![0]!.description).toBeTruthy();
    expect(answerId).toBeUndefined();
    expect(ids(reply).some((id) => id.startsWith('kz:v:'))).toBe(false);
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe('showMoreSources and showPassage', () => {
  it('show more passages for a question kept in the store, ephemerally', async () => {
    const ctx = context();
    const key = await ctx.store.putKey(ANSWERABLE);
    const reply = await H.showMoreSources(ctx, key, 'en-US');
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.title).toContain('More passages and sources');
  });

  it('say plainly when the question or passage is no longer known', async () => {
    expect((await H.showMoreSources(context(), 'unknown-key', 'en-US')).content).toContain('too old');
    expect(H.showPassage(context(), 'gone#1', 'ru').content).toBe('Этого фрагмента больше нет в документах.');
    expect(H.showPassage(context(), sanad.passages[0]!.id, 'en-US').embeds![0]!.description).toBeTruthy();
  });
});

describe('castVote', () => {
  it('keeps one vote per user, changeable, and says the answer is gone when it is', async () => {
    const ctx = context();
    const { answerId } = await H.answerQuestion(ctx, { question: ANSWERABLE, locale: 'en-US', guildId: 'g', channelId: channel(), ephemeral: false });
    const vote = (userId: string, value: 1 | -1) => H.castVote(ctx, { answerId: answerId!, value, userId, locale: 'en-US' });
    expect((await vote('u1', 1)).tally).toEqual({ up: 1, down: 0 });
    expect((await vote('u1', 1)).tally).toEqual({ up: 1, down: 0 });
    expect((await vote('u2', 1)).tally).toEqual({ up: 2, down: 0 });
    const changed = await vote('u1', -1);
    expect(changed.tally).toEqual({ up: 1, down: 1 });
    expect(changed.reply).toEqual({ content: expect.stringContaining('👎'), ephemeral: true });
    const gone = await H.castVote(ctx, { answerId: 999_999, value: 1, userId: 'u1', locale: 'ru' });
    expect(gone).toEqual({ reply: { content: expect.stringContaining('больше не хранится'), ephemeral: true } });
  });
});
