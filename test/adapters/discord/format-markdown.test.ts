import { describe, expect, it } from 'vitest';
import { formatMarkdown, FSI, isRightToLeft, PDI, RLM } from '../../../adapters/discord/format-markdown.js';
import { escapeMarkdown, sanitizeText, truncateText } from '../../../adapters/discord/limits.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

/** True when every `**` is paired (an even count of unescaped bold markers). */
const balancedBold = (text: string) => (text.replace(/\\./g, '').match(/\*\*/g) ?? []).length % 2 === 0;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('escapeMarkdown', () => {
  it('escapes every markup character and the starts of mentions', () => {
    expect(escapeMarkdown('*b* _i_ `c` ~~s~~ ||x|| > q # h - l [t](u)')).toBe('\\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\|\\|x\\|\\| \\> q \\# h \\- l \\[t\\](u)');
    expect(escapeMarkdown(HOSTILE_STRINGS.everyone!)).toBe('\\@everyone \\@here \\<\\@123456789012345678\\> \\<\\@&123456789012345678\\> \\<\\#123456789012345678\\>');
  });

  it('stops "1. " at a line start from becoming a list', () => {
    expect(escapeMarkdown('1. first\n 22. second')).toBe('1\\. first\n 22\\. second');
  });
});

describe('sanitizeText', () => {
  it('drops controls, bidi overrides and BOMs, and mends lone surrogates', () => {
    expect(sanitizeText(HOSTILE_STRINGS.nullAndControls!)).toBe('abc[31mred');
    expect(sanitizeText(HOSTILE_STRINGS.rtlMarks!)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(sanitizeText(HOSTILE_STRINGS.loneSurrogate!)).toBe('broken \uFFFD surrogate');
    expect(sanitizeText('😀')).toBe('😀');
  });
});

describe('truncateText', () => {
  it('cuts to the limit with an ellipsis, never inside a surrogate pair', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('short', 10)).toBe('short');
  });
});

describe('formatMarkdown', () => {
  it('bolds highlights, joining words only spaces separate', () => {
    expect(formatMarkdown('one two three', { highlights: [{ start: 0, end: 3 }, { start: 4, end: 7 }] })).toBe('**one two** three');
    expect(formatMarkdown('a*b c', { highlights: [{ start: 0, end: 3 }] })).toBe('**a\\*b** c');
  });

  it('never leaves an empty bold when the highlighted characters are dropped', () => {
    expect(formatMarkdown('a\u202Eb', { highlights: [{ start: 1, end: 2 }] })).toBe('ab');
  });

  it('starts Arabic lines with U+200F and isolates Latin runs', () => {
    const out = formatMarkdown('منظمة (CSTO) في Almaty\nسطر', { rtl: true });
    expect(out).toBe(`${RLM}منظمة (${FSI}CSTO${PDI}) في ${FSI}Almaty${PDI}\n${RLM}سطر`);
  });

  it('cuts at a token boundary, closing bold and isolates, within maxChars', () => {
    const text = 'word '.repeat(50);
    for (const maxChars of [1, 5, 17, 40, 99]) {
      const out = formatMarkdown(text, { highlights: [{ start: 5, end: 200 }], rtl: true, maxChars });
      expect(out.length).toBeLessThanOrEqual(maxChars);
      expect(balancedBold(out)).toBe(true);
      expect(out.split(FSI).length).toBe(out.split(PDI).length);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('never throws and stays well-formed on every hostile string', () => {
    for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
      const out = formatMarkdown(text, { highlights: [{ start: 2, end: 7 }, { start: -5, end: 1e9 }], rtl: isRightToLeft(text), maxChars: 1024 });
      expect(out.length, name).toBeLessThanOrEqual(1024);
      expect(balancedBold(out), name).toBe(true);
      expect(out, name).not.toMatch(loneSurrogate);
      expect(out.replace(/\\./g, '').replace(/\*\*/g, ''), name).not.toMatch(/[*@<`|~_[\]]/);
    }
  });
});
