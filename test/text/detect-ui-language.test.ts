import { describe, expect, it } from 'vitest';
import { detectUiLanguage } from '../../src/text/detect-ui-language.js';

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
