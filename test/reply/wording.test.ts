import { describe, expect, it } from 'vitest';
import { WORDING } from '../../src/reply/wording.js';

/** Every sentence of a language, functions called with sample arguments, platform variants flattened. */
function sentences(language: keyof typeof WORDING): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(WORDING[language])) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') out[key] = (value as (x: never) => string)(3 as never);
    else for (const [platform, v] of Object.entries(value as Record<string, unknown>)) out[`${key}.${platform}`] = typeof v === 'function' ? (v as (b: string) => string)('sanad_bot') : String(v);
  }
  return out;
}

describe('WORDING', () => {
  it('has every sentence in every language', () => {
    const keys = Object.keys(sentences('en')).sort();
    for (const language of ['ar', 'ru'] as const) expect(Object.keys(sentences(language)).sort()).toEqual(keys);
    for (const language of ['ar', 'en', 'ru'] as const) {
      for (const [key, value] of Object.entries(sentences(language))) if (!key.startsWith('helpModerators.terminal')) expect(value.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('states the length limit in the too-long reply', () => {
    for (const wording of Object.values(WORDING)) expect(wording.tooLong(1000)).toContain('1000');
  });

  it('writes each language in its own script', () => {
    expect(WORDING.ar.notFound).toMatch(/[\u0600-\u06FF]/);
    expect(WORDING.en.notFound).toMatch(/^[\x20-\x7E]+$/);
    expect(WORDING.ru.notFound).toMatch(/[\u0400-\u04FF]/);
  });

  it('carries no markup and no direction marks: platforms escape wording as text, and markDirection gives it its direction', () => {
    for (const language of ['ar', 'en', 'ru'] as const) {
      for (const [key, value] of Object.entries(sentences(language))) expect(value, `${language} ${key}`).not.toMatch(/[`<>\u200E\u200F\u202A-\u202E\u2066-\u2069]|\*\*|\]\(/);
    }
  });
});
