import { describe, expect, it } from 'vitest';
import { cleanUserText } from '../../src/text/clean-user-text.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

describe('cleanUserText', () => {
  it('removes control characters but keeps line breaks', () => {
    expect(cleanUserText(HOSTILE_STRINGS.nullAndControls!)).toBe('abc[31mred');
    expect(cleanUserText('a\nb\u0085c')).toBe('a\nbc');
  });

  it('turns tabs into spaces', () => {
    expect(cleanUserText('a\tb')).toBe('a b');
  });

  it('removes bidi embeddings, overrides and isolates, which could flip the rest of a line', () => {
    expect(cleanUserText(HOSTILE_STRINGS.rtlMarks!)).toBe('كازاخستان \u200Fتوكاييف\u200E Almaty');
  });

  it('removes the byte order mark but keeps zero-width joiners (emoji and Arabic need them)', () => {
    expect(cleanUserText(HOSTILE_STRINGS.zeroWidth!)).toBe('كا\u200Bزا\u200Cخس\u200Dتان');
    expect(cleanUserText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('mends lone surrogates and keeps pairs', () => {
    expect(cleanUserText(HOSTILE_STRINGS.loneSurrogate!)).toBe('broken \uFFFD surrogate');
    expect(cleanUserText(HOSTILE_STRINGS.emojiOnly!)).toBe(HOSTILE_STRINGS.emojiOnly);
  });

  it('returns clean text unchanged, markup and mentions included (escaping is each platform\'s)', () => {
    for (const name of ['html', 'markdown', 'everyone', 'mixedDirection', 'tenThousand'] as const) {
      expect(cleanUserText(HOSTILE_STRINGS[name]!)).toBe(HOSTILE_STRINGS[name]);
    }
  });
});
