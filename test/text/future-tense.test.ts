import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { tellsOfTheFuture } from '../../src/text/future-tense.js';

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
