import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../src/answer/select-quote.js';

/** A match on the first occurrence of `word` in `text`. */
function match(text: string, word: string, weight = 1) {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in text`);
  return { start, end: start + word.length, weight };
}

const FIRST = 'بدأت الاحتجاجات في كازاخستان في الأيام الأولى من العام الجديد بسبب ارتفاع أسعار الغاز المسال في غرب البلاد.';
const SECOND = 'وامتدت الاحتجاجات إلى مدن أخرى أيضا، ففي ألما آتا، أكبر مدينة وأول عاصمة للبلاد، اشتبك المتظاهرون مع قوات الأمن.';
const THIRD = 'وتحولت الاحتجاجات إلى مواجهات عنيفة وأعمال شغب ونهب للممتلكات العامة والخاصة وإشعال الإطارات في الشوارع.';
const PASSAGE = `${FIRST} ${SECOND} ${THIRD}`;

describe('selectQuote', () => {
  it('quotes the sentence carrying the most matched weight', () => {
    const quote = selectQuote(PASSAGE, [match(PASSAGE, 'الاحتجاجات', 0.5), match(PASSAGE, 'ألما'), match(PASSAGE, 'آتا')]);
    expect(quote.text).toBe(SECOND);
  });

  it('moves the highlights to offsets inside the quote, on the matched words', () => {
    const quote = selectQuote(PASSAGE, [match(PASSAGE, 'ألما'), match(PASSAGE, 'آتا')]);
    expect(quote.highlights.map((h) => quote.text.slice(h.start, h.end))).toEqual(['ألما', 'آتا']);
  });

  it('leaves out highlights outside the quote', () => {
    const quote = selectQuote(PASSAGE, [match(PASSAGE, 'ألما', 2), match(PASSAGE, 'الغاز', 1)]);
    expect(quote.text).toBe(SECOND);
    expect(quote.highlights).toHaveLength(1);
  });

  it('adds the next sentence to a sentence too short to read alone', () => {
    const short = 'قتل 13 ضابطا.';
    const text = `${short} ${THIRD}`;
    const quote = selectQuote(text, [match(text, 'ضابطا')]);
    expect(quote.text).toBe(text);
  });

  it('quotes a substring of the passage, verbatim', () => {
    const quote = selectQuote(PASSAGE, [match(PASSAGE, 'الشوارع')]);
    expect(PASSAGE).toContain(quote.text);
    expect(quote.text).toBe(THIRD);
  });

  it('counts a word matched twice in one sentence once', () => {
    const text = 'قال قال قال قال قال قال قال قال قال قال قال قال قال قال قال قال قال قال قال. وصلت قوات حفظ السلام الجماعية إلى مطار ألماتي صباح الجمعة.';
    const repeated = [...text.matchAll(/قال/g)].map((m) => ({ start: m.index, end: m.index + 3, weight: 1 }));
    const quote = selectQuote(text, [...repeated, match(text, 'قوات'), match(text, 'ألماتي')]);
    expect(quote.text).toBe('وصلت قوات حفظ السلام الجماعية إلى مطار ألماتي صباح الجمعة.');
  });

  it('returns the whole text when it has no sentence to pick', () => {
    expect(selectQuote('', [])).toEqual({ text: '', highlights: [] });
  });
});
