import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../../../adapters/discord/autocomplete.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const headlines = ['رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة ضد الإرهابيين', 'الخارجية الروسية: الأحداث في كازاخستان محاولة مستوحاة من الخارج'];

describe('suggestQuestions', () => {
  it('offers recent questions first, then examples, then headlines', () => {
    const choices = suggestQuestions('', { recent: ['recent?'], examples: ['example?'], headlines });
    expect(choices.map((c) => c.value)).toEqual(['recent?', 'example?', ...headlines]);
  });

  it('keeps candidates containing every typed word, with the core\'s normalisation (أ = ا, case)', () => {
    expect(suggestQuestions('الارهابيين رئيس', { recent: [], examples: [], headlines }).map((c) => c.value)).toEqual([headlines[0]]);
    expect(suggestQuestions('ALMATY', { recent: ['What happened at Almaty airport?'], examples: [], headlines }).length).toBe(1);
    expect(suggestQuestions('nothing like this', { recent: [], examples: [], headlines })).toEqual([]);
  });

  it('returns at most 25 unique choices of 1 to 100 characters, even from hostile text', () => {
    const hostile = Object.values(HOSTILE_STRINGS);
    const many = Array.from({ length: 60 }, (_, i) => `question ${i % 40}`);
    const choices = suggestQuestions('', { recent: [...hostile, ...many], examples: [], headlines });
    expect(choices.length).toBe(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      // eslint-disable-next-line no-control-regex -- checking that control characters are gone
      expect(c.name).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202A-\u202E\u2066-\u2069\n]/);
    }
  });
});
