import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/reply/quoted-spans.js';
import { bold, text } from '../../src/reply/reply.js';

describe('quotedSpans', () => {
  it('bolds highlighted ranges and skips overlapping or out-of-range ones', () => {
    expect(quotedSpans({ text: 'abcdef', highlights: [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 5, end: 9 }] })).toEqual([text('a'), bold('bc'), text('def')]);
  });

  it('bolds words only spaces apart as one run', () => {
    expect(quotedSpans({ text: 'قوات حفظ السلام هنا', highlights: [{ start: 0, end: 4 }, { start: 5, end: 8 }, { start: 9, end: 15 }] })).toEqual([bold('قوات حفظ السلام'), text(' هنا')]);
  });

  it('shortens a long quote around its first match, moving the highlights along', () => {
    const whole = `${'كلمة '.repeat(200)}قوات حفظ السلام ${'نص '.repeat(100)}`;
    const start = whole.indexOf('قوات');
    const spans = quotedSpans({ text: whole, highlights: [{ start, end: start + 4 }] }, 120);
    const shown = spans.map((s) => s.text).join('');
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(spans.find((s) => s.type === 'bold')!.text).toBe('قوات');
  });

  it('never cuts a surrogate pair', () => {
    const shown = quotedSpans({ text: '😀'.repeat(50), highlights: [] }, 11).map((s) => s.text).join('');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
