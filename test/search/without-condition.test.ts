import { describe, expect, it } from 'vitest';
import { withoutConditionIndex } from '../../src/search/without-condition.js';
import { analyze } from '../../src/text/analyze.js';

/** The word the question's "without" governs, or undefined. */
function conditionOf(question: string): string | undefined {
  const tokens = analyze(question);
  return tokens[withoutConditionIndex(tokens)]?.normalized;
}

describe('withoutConditionIndex', () => {
  it('finds the noun after "without" in Arabic, English and Russian', () => {
    expect(conditionOf('هل أطلقوا النار دون تحذير؟')).toBe('تحذير');
    expect(conditionOf('هل تم ذلك وبدون تصريح؟')).toBe('تصريح');
    expect(conditionOf('did they shoot without warning?')).toBe('warning');
    expect(conditionOf('стреляли без предупреждения?')).toBe('предупреждения');
  });

  it('reads the two-word «من غير» as "without"', () => {
    expect(conditionOf('هو ضربوا النار من غير تحذير؟')).toBe('تحذير');
  });

  it('passes over words that only qualify the condition: prior, any', () => {
    expect(conditionOf('هل صدر الأمر دون سابق إنذار؟')).toBe('انذار');
    expect(conditionOf('did they open fire without any prior warning?')).toBe('warning');
    expect(conditionOf('стреляли без всякого предупреждения?')).toBe('предупреждения');
  });

  it('finds none in a question without "without"', () => {
    expect(conditionOf('هل أطلقوا النار على المتظاهرين؟')).toBeUndefined();
    expect(conditionOf('did they shoot at the protesters?')).toBeUndefined();
  });
});
