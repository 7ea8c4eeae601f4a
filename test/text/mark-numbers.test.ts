import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isNumberWord, markNumbers } from '../../src/text/mark-numbers.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

describe('isNumberWord', () => {
  it('knows digits, Western and Arabic-Indic (after normalisation)', () => {
    expect(isNumberWord('2018')).toBe(true);
    expect(isNumberWord(normalizeArabic('١٩٥٨'))).toBe(true);
    expect(isNumberWord('25')).toBe(true);
  });

  it('knows number words, also behind a prefix', () => {
    for (const word of ['خمس', 'ثلاثة', 'مليون', 'بثلاث', 'والألف', 'ربع']) expect(isNumberWord(normalizeArabic(word)), word).toBe(true);
    // Duals, in the construct form too (مليوني كيلومتر مربع: two million square kilometres).
    for (const word of ['مليوني', 'مليونان', 'ألفي', 'مئتا']) expect(isNumberWord(normalizeArabic(word)), word).toBe(true);
  });

  it('does not take ordinary words for numbers', () => {
    for (const word of ['عدد', 'السكان', 'مدينة', 'خمسينيات', 'population']) expect(isNumberWord(normalizeArabic(word)), word).toBe(false);
  });
});

describe('markNumbers', () => {
  it('marks the numbers of a text and nothing else', () => {
    const tokens = analyze('يعيش في خمس دول نحو 1.5 مليون شخص');
    const marked = tokens.filter((_, i) => markNumbers(tokens)[i] === 1).map((t) => t.normalized);
    expect(marked).toEqual(['خمس', '1', '5', 'مليون']);
  });

  it('leaves the number of a label (an article, a section, a resolution) unmarked: it counts nothing', () => {
    const marked = (text: string) => {
      const tokens = analyze(text);
      const marks = markNumbers(tokens);
      return tokens.filter((_, i) => marks[i] === 1).map((t) => t.normalized);
    };
    expect(marked('وفقًا للمادة 4 من المعاهدة أرسلت 2500 جندي')).toEqual(['2500']);
    expect(marked('الأساس القانوني هو المادتان 2 و 4 من المعاهدة، والبند 7 كذلك، ثم أرسلت 3 دول قوات')).toEqual(['3']);
    expect(marked('under articles 2 and 4 of the treaty 2,500 troops were sent')).toEqual(['2500']);
    expect(marked('clause 7 allows 300 more')).toEqual(['300']);
    expect(marked('по статье 4 договора направили 2500 военных')).toEqual(['2500']);
  });

  it('marks each token of hostile strings with 0 or 1', () => {
    for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
      const tokens = analyze(text);
      const marks = markNumbers(tokens);
      expect(marks, name).toHaveLength(tokens.length);
      for (const mark of marks) expect([0, 1]).toContain(mark);
    }
  });
});
