import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isExpectationMarker, tellsOfTheFuture } from '../../src/text/future-tense.js';

describe('tellsOfTheFuture', () => {
  it('finds an Arabic verb in the future, "will" and «будет»', () => {
    for (const text of ['وستغادر البلاد بعد استقرار الوضع', 'سيعود الجنود إلى بلدانهم', 'The troops will leave', 'Войска будут выведены']) {
      expect(tellsOfTheFuture(analyze(text)), text).toBe(true);
    }
  });

  it('leaves the past and the present, and words that merely open on س', () => {
    for (const text of ['غادرت القوات البلاد', 'تغادر القوات البلاد', 'سيطر المسلحون على المطار', 'سيادة البلاد', 'بعد سنوات', 'رئيس سياسي', 'The troops left', 'Войска ушли']) {
      expect(tellsOfTheFuture(analyze(text)), text).toBe(false);
    }
  });
});

describe('isExpectationMarker', () => {
  const markerIn = (text: string): string[] => {
    const tokens = analyze(text);
    return tokens.filter((_, i) => isExpectationMarker(tokens, i)).map((t) => t.normalized);
  };

  it('finds the word of expecting after "when" and in "expected to", in the three languages', () => {
    expect(markerIn('متى يرتقب رحيل الجنود؟')).toEqual(['يرتقب']);
    expect(markerIn('متى من المتوقع أن يغادر الجنود؟')).toEqual(['المتوقع']);
    expect(markerIn('When are the troops expected to leave?')).toEqual(['expected']);
    expect(markerIn('Когда ожидается уход миротворцев?')).toEqual(['ожидается']);
  });

  it('leaves expecting that is what the question asks about', () => {
    expect(markerIn('ماذا يتوقع الخبراء؟')).toEqual([]);
    expect(markerIn('What was expected?')).toEqual([]);
    expect(markerIn('Что ожидается от миротворцев?')).toEqual([]);
  });
});
