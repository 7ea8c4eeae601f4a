import { describe, expect, it } from 'vitest';
import { elativeStems } from '../../src/text/arabic-elative.js';

describe('elativeStems', () => {
  it('gives the elatives of an adjective of the pattern فعيل, as the stemmer leaves them', () => {
    expect(elativeStems('كبير')).toEqual(['اكبر', 'كبر']);
    expect(elativeStems('صغير')).toEqual(['اصغر', 'صغر']);
  });

  it('gives none for other patterns, doubled or hollow roots', () => {
    expect(elativeStems('كبار')).toEqual([]);
    expect(elativeStems('قليل')).toEqual([]);
    expect(elativeStems('طويل')).toEqual([]);
    expect(elativeStems('جميل')).toEqual(['اجمل', 'جمل']);
    expect(elativeStems('حكومي')).toEqual([]);
  });
});
