import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml, escapeHtmlAttribute, safeHttpUrl, truncateText, utf8ByteLength } from '../../../adapters/telegram/limits.js';

describe('escapeHtml', () => {
  it('escapes <, > and & (and " in attributes)', () => {
    expect(escapeHtml('<b>&amp;</b>')).toBe('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeHtmlAttribute('a"b')).toBe('a&quot;b');
  });
});

describe('utf8ByteLength', () => {
  it('counts Arabic letters as 2 bytes', () => {
    expect(utf8ByteLength('سلام')).toBe(8);
  });
});

describe('cleanText', () => {
  it('removes control characters and replaces lone surrogates', () => {
    expect(cleanText('a\u0000b\u001b[31m\nc\t')).toBe('ab[31m\nc\t');
    expect(cleanText('x\uD800y😀')).toBe('x\uFFFDy😀');
  });
});

describe('truncateText', () => {
  it('never cuts a surrogate pair', () => {
    const cut = truncateText('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});

describe('safeHttpUrl', () => {
  it('links only http and https', () => {
    expect(safeHttpUrl('https://ar.rt.com/s48q')).toBe('https://ar.rt.com/s48q');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
