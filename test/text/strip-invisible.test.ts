import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../src/text/strip-invisible.js';

describe('stripInvisible', () => {
  it('removes zero-width space, non-joiner and joiner', () => {
    expect(stripInvisible('كا\u200Bزا\u200Cخس\u200Dتان')).toBe('كازاخستان');
  });

  it('removes left-to-right, right-to-left and Arabic letter marks', () => {
    expect(stripInvisible('\u200Fتوكاييف\u200E\u061C')).toBe('توكاييف');
  });

  it('removes bidi embeddings, overrides and isolates', () => {
    expect(stripInvisible('\u202Bا\u202Aب\u202Eج\u202C \u2066د\u2067ه\u2068و\u2069')).toBe('ابج دهو');
  });

  it('removes the word joiner, the byte order mark and the soft hyphen', () => {
    expect(stripInvisible('\uFEFFpeace\u2060keep\u00ADers')).toBe('peacekeepers');
  });

  it('keeps visible text and ordinary spaces', () => {
    expect(stripInvisible('Almaty ألماتي\nАлматы')).toBe('Almaty ألماتي\nАлматы');
  });
});
