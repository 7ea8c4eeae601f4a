import { describe, expect, it } from 'vitest';
import { detectUiLanguage, UI_STRINGS } from '../../src/answer/ui-strings.js';

describe('detectUiLanguage', () => {
  it('answers an Arabic question in Arabic', () => {
    expect(detectUiLanguage('ماذا حدث في ألماتي؟')).toBe('ar');
  });

  it('answers an English question in English', () => {
    expect(detectUiLanguage('What happened at Almaty airport?')).toBe('en');
  });

  it('answers a Russian question in Russian', () => {
    expect(detectUiLanguage('Что произошло в аэропорту Алматы?')).toBe('ru');
  });

  it('goes by the script most letters are in', () => {
    expect(detectUiLanguage('ما هي مهمة قوات CSTO؟')).toBe('ar');
    expect(detectUiLanguage('What did توكاييف say about the airport?')).toBe('en');
    expect(detectUiLanguage('Что сказал Tokayev о террористах?')).toBe('ru');
  });

  it('reads Arabic presentation forms as Arabic', () => {
    expect(detectUiLanguage('\uFEFB \uFEDB\uFE98\uFE8E\uFE8F')).toBe('ar');
  });

  it('falls back when the text has no letters', () => {
    expect(detectUiLanguage('2022 ?! 😀')).toBe('ar');
    expect(detectUiLanguage('', 'ru')).toBe('ru');
  });
});

describe('UI_STRINGS', () => {
  it('has every sentence in every language', () => {
    const keys = Object.keys(UI_STRINGS.ar).sort();
    for (const language of ['en', 'ru'] as const) expect(Object.keys(UI_STRINGS[language]).sort()).toEqual(keys);
    for (const strings of Object.values(UI_STRINGS)) {
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('states the length limit in the too-long reply', () => {
    for (const strings of Object.values(UI_STRINGS)) expect(strings.tooLong(1000)).toContain('1000');
  });

  it('writes each language in its own script', () => {
    expect(UI_STRINGS.ar.notFound).toMatch(/[\u0600-\u06FF]/);
    expect(UI_STRINGS.en.notFound).toMatch(/^[\x20-\x7E]+$/);
    expect(UI_STRINGS.ru.notFound).toMatch(/[\u0400-\u04FF]/);
  });
});
