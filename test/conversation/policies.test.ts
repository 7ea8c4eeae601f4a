import { describe, expect, it } from 'vitest';
import { replyLanguage } from '../../src/conversation/reply-language.js';
import { surviveStoreOutage } from '../../src/conversation/survive-store-outage.js';

describe('replyLanguage', () => {
  it('gives what a button adds to an answer the answer\'s language', () => {
    expect(replyLanguage({ answerLanguage: 'ar', question: 'What?', userLanguage: 'ru' })).toBe('ar');
  });

  it('answers a question in the language it is written in, whatever the user\'s platform language', () => {
    expect(replyLanguage({ question: 'Which forces?', userLanguage: 'ru' })).toBe('en');
    expect(replyLanguage({ question: 'ما مهمة القوات؟', userLanguage: 'en' })).toBe('ar');
    expect(replyLanguage({ question: 'Кто ввёл войска?' })).toBe('ru');
  });

  it('falls back to the user\'s language for a question without letters and for everything else, then English', () => {
    expect(replyLanguage({ question: '2022? 😀', userLanguage: 'ru' })).toBe('ru');
    expect(replyLanguage({ userLanguage: 'ar' })).toBe('ar');
    expect(replyLanguage({})).toBe('en');
  });
});

describe('surviveStoreOutage', () => {
  it('returns what the store gives', async () => {
    expect(await surviveStoreOutage({ log: { warn: () => {} } }, 'x', async () => 7, 0)).toBe(7);
  });

  it('logs a failing call with what it was and carries on with the fallback', async () => {
    const logged: unknown[][] = [];
    const result = await surviveStoreOutage({ log: { warn: (...args: unknown[]) => void logged.push(args) } }, 'recordAnswer', () => Promise.reject(new Error('down')), 'fallback');
    expect(result).toBe('fallback');
    expect(logged).toEqual([[{ err: expect.any(Error), what: 'recordAnswer' }, 'store call failed; carrying on without it']]);
  });
});
