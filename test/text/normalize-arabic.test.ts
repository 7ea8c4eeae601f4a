import { describe, expect, it } from 'vitest';
import { foldDigits, normalizeArabic } from '../../src/text/normalize-arabic.js';

describe('normalizeArabic', () => {
  it('folds alef with hamza above to bare alef', () => {
    expect(normalizeArabic('أحمد')).toBe('احمد');
  });

  it('folds alef with hamza below to bare alef', () => {
    expect(normalizeArabic('إسلام')).toBe('اسلام');
  });

  it('folds alef madda to bare alef', () => {
    expect(normalizeArabic('آسيا')).toBe('اسيا');
  });

  it('folds alef wasla to bare alef', () => {
    expect(normalizeArabic('ٱلكتاب')).toBe('الكتاب');
  });

  it('folds alef maqsura to yeh', () => {
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
  });

  it('folds teh marbuta to heh', () => {
    expect(normalizeArabic('مدينة')).toBe('مدينه');
  });

  it('folds waw with hamza to bare hamza, so مسؤول and مسئول compare equal', () => {
    expect(normalizeArabic('مسؤول')).toBe('مسءول');
    expect(normalizeArabic('مسئول')).toBe(normalizeArabic('مسؤول'));
  });

  it('folds Persian keheh and Farsi yeh to Arabic kaf and yeh', () => {
    expect(normalizeArabic('\u06A9\u06CC')).toBe('كي');
  });

  it('removes harakat, tanween, shadda and sukun', () => {
    expect(normalizeArabic('عُلِّمَ كتابًا مُسْتَقْبَل')).toBe('علم كتابا مستقبل');
  });

  it('removes the superscript alef', () => {
    expect(normalizeArabic('هٰذا')).toBe('هذا');
  });

  it('removes tatweel', () => {
    expect(normalizeArabic('أصـــداء')).toBe('اصداء');
  });

  it('maps the lam-alef ligature ﻻ to its two letters', () => {
    expect(normalizeArabic('\uFEFB')).toBe('لا');
  });

  it('maps presentation forms such as ﺍ and ﻛﺘﺎﺏ to base letters', () => {
    expect(normalizeArabic('\uFE8D')).toBe('ا');
    expect(normalizeArabic('\uFEDB\uFE98\uFE8E\uFE8F')).toBe('كتاب');
  });

  it('maps Arabic-Indic and extended Arabic-Indic digits to ASCII digits', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('leaves Latin and Cyrillic text as it is', () => {
    expect(normalizeArabic('Tokayev Токаев')).toBe('Tokayev Токаев');
  });

  it('is idempotent', () => {
    const once = normalizeArabic('إنَّ المسؤولين في مدينةِ ألماتي ﻻ يعلمون ٢٠٢٢');
    expect(normalizeArabic(once)).toBe(once);
  });
});

describe('foldDigits', () => {
  it('maps eastern digits and keeps everything else', () => {
    expect(foldDigits('يناير ٢٠٢٢ و 15')).toBe('يناير 2022 و 15');
  });
});
