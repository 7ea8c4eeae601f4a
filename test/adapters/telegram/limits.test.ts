import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlAttribute, utf8ByteLength } from '../../../adapters/telegram/limits.js';

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
