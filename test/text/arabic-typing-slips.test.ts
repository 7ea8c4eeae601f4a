import { describe, expect, it } from 'vitest';
import { typingSlipStems } from '../../src/text/arabic-typing-slips.js';

const known = (words: string[]) => (stem: string) => words.includes(stem);

describe('typingSlipStems', () => {
  it('finds the known stem a slip stands for: a letter left out, mistyped, added or swapped', () => {
    const documents = known(['استقال', 'مطار', 'فوضي', 'حكوم']);
    expect(typingSlipStems('اسقال', documents, 3)).toEqual(['استقال']);
    expect(typingSlipStems('مطاز', documents, 3)).toEqual(['مطار']);
    expect(typingSlipStems('فوظي', documents, 3)).toEqual(['فوضي']);
    expect(typingSlipStems('حكووم', documents, 3)).toEqual(['حكوم']);
    expect(typingSlipStems('حوكم', documents, 3)).toEqual(['حكوم']);
  });

  it('finds nothing when no known stem is a slip away, or when too many are', () => {
    expect(typingSlipStems('برمج', known(['مطار']), 3)).toEqual([]);
    expect(typingSlipStems('كتب', known(['كتاب', 'كاتب', 'كتبت', 'مكتب']), 3)).toEqual([]);
    expect(typingSlipStems('كتب', known(['كتاب', 'كاتب']), 3).sort()).toEqual(['كاتب', 'كتاب']);
  });
});
