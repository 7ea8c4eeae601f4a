import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as H from '../../../adapters/discord/handlers.js';
import { RecentQuestions } from '../../../adapters/discord/recent-questions.js';
import { pickLanguage } from '../../../adapters/discord/strings.js';
import { UI_STRINGS } from '../../../src/answer/ui-strings.js';
import { loadSanad, type Sanad } from '../../../src/sanad.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const ANSWERABLE = 'Which armed forces make up the peacekeeping contingent?';
let sanad: Sanad;
const context = (): H.HandlerContext => ({ sanad, recent: new RecentQuestions() });
beforeAll(() => {
  sanad = loadSanad({ corpusDir: CORPUS });
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
  it('words the reply in the user\'s locale', () => {
    const reply = H.answerQuestion(context(), { question: ANSWERABLE, locale: 'ru', guildId: 'g', ephemeral: false });
    expect(reply.embeds![0]!.footer!.text).toBe(UI_STRINGS.ru.quotedFooter);
  });

  it('suggests a public answer in its server only, and a private one nowhere', () => {
    const ctx = context();
    H.answerQuestion(ctx, { question: ANSWERABLE, locale: 'en-US', guildId: 'g1', ephemeral: false });
    const secret = 'Which armed forces make up the CSTO peacekeeping contingent?';
    const reply = H.answerQuestion(ctx, { question: secret, locale: 'en-US', guildId: 'g1', ephemeral: true });
    const ids = reply.components!.flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.some((id) => id.startsWith('kz:m:'))).toBe(true); // kept for its button…
    expect(ids).not.toContain('kz:pin');
    expect(ctx.recent.inGuild('g1')).toEqual([ANSWERABLE]); // …but never suggested
    expect(H.suggest(ctx, '', 'en-US', 'g1').map((c) => c.value)[0]).toBe(ANSWERABLE);
    expect(H.suggest(ctx, ANSWERABLE, 'en-US', 'g2')).toEqual([]);
  });

  it('remembers nothing it could not answer', () => {
    const ctx = context();
    const reply = H.answerQuestion(ctx, { question: 'How do I reset my password?', locale: 'en-US', guildId: 'g', ephemeral: false });
    expect(reply.components).toEqual([]);
    expect(ctx.recent.inGuild('g')).toEqual([]);
  });
});

describe('showMoreSources and showPassage', () => {
  it('show more passages for a kept question, ephemerally', () => {
    const ctx = context();
    const key = ctx.recent.remember(ANSWERABLE, null);
    const reply = H.showMoreSources(ctx, key, 'en-US');
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.title).toContain('More passages and sources');
  });

  it('say plainly when the question or passage is no longer known', () => {
    expect(H.showMoreSources(context(), 'unknown-key', 'en-US').content).toContain('too old');
    expect(H.showPassage(context(), 'gone#1', 'ru').content).toBe('Этого фрагмента больше нет в документах.');
    expect(H.showPassage(context(), sanad.passages[0]!.id, 'en-US').embeds![0]!.description).toBeTruthy();
  });
});
