import { describe, expect, it } from 'vitest';
import { isNearDuplicate } from '../../src/answer/near-duplicates.js';

const STATEMENT = 'قوات حفظ السلام الجماعية التابعة لمنظمة معاهدة الأمن الجماعي موجودة مؤقتا في أراضي كازاخستان وستغادر البلاد بعد استقرار الوضع.';

describe('isNearDuplicate', () => {
  it('finds the same statement carried by two outlets', () => {
    expect(isNearDuplicate(STATEMENT, STATEMENT)).toBe(true);
  });

  it('ignores differences in hamza spelling, diacritics and punctuation', () => {
    const restated = STATEMENT.replace('أراضي', 'اراضي').replace('الوضع.', 'الوضعِ ،').replace('مؤقتا', 'مؤقتاً');
    expect(isNearDuplicate(STATEMENT, restated)).toBe(true);
  });

  it('finds a statement quoted inside a longer passage', () => {
    const longer = `وقال البيان إن ${STATEMENT} وأضاف أن الحكومة ستواصل الحوار مع المواطنين.`;
    expect(isNearDuplicate(STATEMENT, longer)).toBe(true);
    expect(isNearDuplicate(longer, STATEMENT)).toBe(true);
  });

  it('tells apart two passages on the same topic in other words', () => {
    const other = 'وصلت وحدات حفظ السلام من روسيا وبيلاروسيا إلى كازاخستان لحماية مرافق البنية التحتية الاستراتيجية.';
    expect(isNearDuplicate(STATEMENT, other)).toBe(false);
  });

  it('never calls an empty text a duplicate', () => {
    expect(isNearDuplicate('', STATEMENT)).toBe(false);
    expect(isNearDuplicate('', '')).toBe(false);
  });
});
