import { describe, expect, it } from 'vitest';
import { continueDirection, FSI, isolateLatin, isRightToLeft, markDirection, PDI, RLM } from '../../src/text/mark-direction.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

type Piece = { text: string; url?: string; whole?: boolean };
const plain = (text: string): Piece => ({ text });
const mark = (text: string, language: 'ar' | 'en' | 'ru' = 'ar') => markDirection([plain(text)], language, plain).map((p) => p.text).join('');

describe('isRightToLeft', () => {
  it('reads a line of mostly Arabic letters right to left, in any reply language', () => {
    expect(isRightToLeft('قوات حفظ السلام CSTO', 'en')).toBe(true);
  });

  it('reads a line with no letters right to left in an Arabic reply, left to right otherwise', () => {
    expect(isRightToLeft('[1] 2022', 'ar')).toBe(true);
    expect(isRightToLeft('[1] 2022', 'en')).toBe(false);
  });

  it('keeps an Arabic reply\'s mixed line right to left when it has any Arabic', () => {
    expect(isRightToLeft('[1] RT News Agency عربي', 'ar')).toBe(true);
    expect(isRightToLeft('[1] RT News Agency عربي', 'ru')).toBe(false);
  });

  it('reads a Latin or Cyrillic line left to right when it has no Arabic', () => {
    expect(isRightToLeft('English only', 'ar')).toBe(false);
    expect(isRightToLeft('Только по-русски', 'ar')).toBe(false);
  });

  it('does not count the letters of a link', () => {
    expect(isRightToLeft('مصدر https://example.org/a-very-long-english-path-with-words', 'en')).toBe(true);
  });
});

describe('isolateLatin', () => {
  it('isolates each Latin or Cyrillic run, with its inner digits and punctuation', () => {
    expect(isolateLatin('منظمة (CSTO) في ar.rt.com/s48q و Алматы')).toBe(`منظمة (${FSI}CSTO${PDI}) في ${FSI}ar.rt.com/s48q${PDI} و ${FSI}Алматы${PDI}`);
  });

  it('leaves text without Latin or Cyrillic letters alone', () => {
    expect(isolateLatin('٢٠٢٢ عام 2022')).toBe('٢٠٢٢ عام 2022');
  });
});

describe('markDirection', () => {
  it('starts a right-to-left line with U+200F, so a line opening with Latin, digits or [1] reads right to left', () => {
    expect(mark('CSTO قوات')).toBe(`${RLM}${FSI}CSTO${PDI} قوات`);
    expect(mark('2022 عام')).toBe(`${RLM}2022 عام`);
    expect(mark('[1] مصدر')).toBe(`${RLM}[1] مصدر`);
  });

  it('leaves a left-to-right line unmarked', () => {
    expect(mark('English only')).toBe('English only');
  });

  it('isolates a link\'s text whole', () => {
    const line = markDirection([plain('المصدر: '), { text: 'https://ar.rt.com/s48q?a=1', url: 'https://ar.rt.com/s48q?a=1' }], 'ar', plain);
    expect(line).toEqual([plain(RLM), plain('المصدر: '), { text: `${FSI}https://ar.rt.com/s48q?a=1${PDI}`, url: 'https://ar.rt.com/s48q?a=1' }]);
  });

  it('isolates a whole piece (a date) and leaves it out of the line\'s direction', () => {
    const line = markDirection([plain('[1] أصداء — '), { text: 'January 6, 2022', whole: true }], 'en', plain);
    expect(line.map((p) => p.text).join('')).toBe(`${RLM}[1] أصداء — ${FSI}January 6, 2022${PDI}`);
    expect(markDirection([plain('[1] RT — '), { text: 'January 6, 2022', whole: true }], 'en', plain).map((p) => p.text).join('')).toBe('[1] RT — January 6, 2022');
  });

  it('isolates an Arabic unit in a left-to-right line, so it keeps its numbers in place', () => {
    expect(markDirection([plain('10× Who won? — '), { text: '6 يناير 2022', whole: true }], 'ar', plain).map((p) => p.text).join('')).toBe(`10× Who won? — ${FSI}6 يناير 2022${PDI}`);
  });

  it('does not mark a line twice, nor an empty one', () => {
    expect(mark(`${RLM}قوات`)).toBe(`${RLM}قوات`);
    expect(markDirection([], 'ar', plain)).toEqual([]);
  });

  it('never throws on hostile input, and balances its isolates', () => {
    for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
      for (const language of ['ar', 'en'] as const) {
        const out = mark(text.replace(/[\u2066-\u2069]/g, ''), language);
        expect(out.split(FSI).length, name).toBe(out.split(PDI).length);
      }
    }
  });
});

describe('continueDirection', () => {
  it('starts the rest of a right-to-left line cut in two with U+200F, once', () => {
    expect(continueDirection(`${RLM}جملة. جملة`, [plain('جملة')], plain)).toEqual([plain(RLM), plain('جملة')]);
    expect(continueDirection(`${RLM}جملة`, [plain(`${RLM}جملة`)], plain)).toEqual([plain(`${RLM}جملة`)]);
    expect(continueDirection('English. More', [plain('More')], plain)).toEqual([plain('More')]);
  });
});
