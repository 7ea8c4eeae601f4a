import { describe, expect, it } from 'vitest';
import { directedLines } from '../../src/reply/directed-lines.js';
import { bold, link, text } from '../../src/reply/reply.js';
import { FSI, PDI, RLM } from '../../src/text/mark-direction.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

describe('directedLines', () => {
  it('expands quotes, splits lines, cleans text and gives each line its direction, in that order', () => {
    const lines = directedLines([text('CSTO '), { type: 'quote', text: 'قوات\u202E حفظ', highlights: [{ start: 0, end: 4 }] }, text('\nEnglish line')], 'en');
    expect(lines).toEqual([
      [text(RLM), text(`${FSI}CSTO${PDI} `), bold('قوات'), text(' حفظ')],
      [text('English line')],
    ]);
  });

  it('isolates a link\'s text whole in a right-to-left line', () => {
    expect(directedLines([text('[1] المصدر — '), link('«عنوان»', 'https://x.example/')], 'ar')[0]).toEqual([
      text(RLM), text('[1] المصدر — '), link(`${FSI}«عنوان»${PDI}`, 'https://x.example/'),
    ]);
  });

  it('links http(s) only: any other link is shown as its text', () => {
    expect(directedLines([link('x', 'javascript:alert(1)'), link('y', 'not a url'), link('z', 'https://ar.rt.com/s48q')], 'en')[0])
      .toEqual([text('x'), text('y'), link('z', 'https://ar.rt.com/s48q')]);
  });

  it('never leaves the input\'s own bidi controls or a lone surrogate, whatever it is given', () => {
    for (const [name, hostile] of Object.entries(HOSTILE_STRINGS)) {
      const out = directedLines([text(hostile), { type: 'quote', text: hostile, highlights: [{ start: 1, end: 5 }] }], 'ar').flat().map((s) => s.text).join('');
      expect(out, name).not.toMatch(/[\u202A-\u202E\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(out.split(FSI).length, name).toBe(out.split(PDI).length);
    }
  });
});
