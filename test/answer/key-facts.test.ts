import { describe, expect, it } from 'vitest';
import { keyFactsOf, MAX_KEY_FACTS } from '../../src/answer/key-facts.js';
import { readDates, readNumbers } from '../../src/answer/read-numbers.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { worldCountries } from '../../src/search/world-countries.js';
import { analyze } from '../../src/text/analyze.js';

const GAZETTEER = new Gazetteer([
  { id: 'tokayev', kind: 'person', ar: ['توكاييف', 'توكايف'], en: ['Tokayev'], ru: ['Токаев'] },
  { id: 'almaty', kind: 'place', ar: ['ألماتي'], en: ['Almaty'], ru: ['Алматы'] },
  { id: 'csto', kind: 'org', ar: ['منظمة معاهدة الأمن الجماعي'], en: ['CSTO'], ru: ['ОДКБ'] },
  { id: 'peacekeepers', kind: 'term', ar: ['قوات حفظ السلام', 'حفظ السلام'], en: ['peacekeepers'], ru: ['миротворцы'] },
  { id: 'president', kind: 'term', ar: ['الرئيس'], en: ['president'], ru: ['президент'] },
  { id: 'khabar-24', kind: 'org', ar: ['خبر 24'], en: ['Khabar 24'], ru: ['Хабар 24'] },
]);

const numbers = (text: string) => readNumbers(text, analyze(text)).map((n) => n.asWritten ?? (n.percent ? `${n.value}%` : n.value));
const dates = (text: string) => readDates(analyze(text)).map(({ year, month, day }) => ({ year, month, day }));

describe('readNumbers', () => {
  it('reads digits, Arabic-Indic digits, grouped thousands, decimals and percentages', () => {
    expect(numbers('أرسلت 2500 جندي')).toEqual([2500]);
    expect(numbers('أرسلت ٢٥٠٠ جندي')).toEqual([2500]);
    expect(numbers('نحو 2,500 جندي و1.5 طن و٣٫٢ و25% من السكان')).toEqual([2500, 1.5, 3.2, '25%']);
  });

  it('shows separators that read two ways as written, never guessing', () => {
    expect(numbers('قرابة 2.500 شخص')).toEqual(['2.500']);
  });

  it('reads Arabic number words: units, teens, unit and tens, hundreds, scales, with prefixes off', () => {
    expect(numbers('يضم نحو خمس طائرات')).toEqual([5]);
    expect(numbers('ثلاثة عشر قتيلا')).toEqual([13]);
    expect(numbers('خمسة وعشرون شخصا')).toEqual([25]);
    expect(numbers('بثلاثة آلاف جندي')).toEqual([3000]);
    expect(numbers('ثلاثمائة شرطي')).toEqual([300]);
    expect(numbers('ألف جندي و2 مليون دولار')).toEqual([1000, 2000000]);
  });

  it('reads nothing from words that only sound like a count: one of, thousands, dozens, Monday', () => {
    expect(numbers('واحدة من المدن وآلاف المحتجين وعشرات الجرحى')).toEqual([]);
    expect(numbers('وجاء في بيان لها يوم الإثنين')).toEqual([]);
  });

  it('leaves the numbers of a date to the date', () => {
    const text = 'في 6 يناير 2022 قتل 164 شخصا';
    expect(readNumbers(text, analyze(text), readDates(analyze(text))).map((n) => n.value)).toEqual([164]);
  });

  it('reads a range of days before its month as one date, its first day no number («ليلة 5 على 6 يناير»)', () => {
    for (const text of ['في ليلة 5 على 6 يناير قتل 13 ضابطا', 'بين 5 و6 يناير قتل 13 ضابطا']) {
      expect(dates(text), text).toEqual([{ year: undefined, month: 1, day: 6 }]);
      expect(readNumbers(text, analyze(text), readDates(analyze(text))).map((n) => n.value), text).toEqual([13]);
    }
  });
});

describe('readDates', () => {
  it('reads a day and month, a month and year, or all three, in any digits and with the era mark', () => {
    expect(dates('في 6 يناير 2022')).toEqual([{ day: 6, month: 1, year: 2022 }]);
    expect(dates('في ٧ يناير ٢٠٢٢م')).toEqual([{ day: 7, month: 1, year: 2022 }]);
    expect(dates('منذ 5 أغسطس')).toEqual([{ day: 5, month: 8 }]);
    expect(dates('في كانون الثاني 2022')).toEqual([{ month: 1, year: 2022 }]);
  });

  it('reads no date from a month name alone (رجب, مايو are also names and words)', () => {
    expect(dates('قال رجب إن مايو كان هادئا')).toEqual([]);
  });
});

describe('keyFactsOf', () => {
  it('gives names, organisations, numbers, dates and key terms in the reader\'s language, in the quote\'s order', () => {
    const quote = 'وأرسلت منظمة معاهدة الأمن الجماعي 2500 من قوات حفظ السلام إلى ألماتي في 6 يناير 2022، بطلب من توكاييف.';
    expect(keyFactsOf([quote], 'en', [GAZETTEER])).toEqual([
      { kind: 'org', text: 'CSTO' },
      { kind: 'number', value: 2500 },
      { kind: 'term', text: 'peacekeepers' },
      { kind: 'place', text: 'Almaty' },
      { kind: 'date', day: 6, month: 1, year: 2022 },
      { kind: 'person', text: 'Tokayev' },
    ]);
    expect(keyFactsOf([quote], 'ru', [GAZETTEER]).filter((f) => 'text' in f).map((f) => 'text' in f && f.text)).toEqual(['ОДКБ', 'миротворцы', 'Алматы', 'Токаев']);
  });

  it('translates nothing the gazetteer does not give: a name without an entry, and a one-word term that can mean several things, are left out', () => {
    expect(keyFactsOf(['قال الرئيس نزارباييف إن الوضع هادئ'], 'en', [GAZETTEER])).toEqual([]);
  });

  it('finds countries in the world list after the corpus\'s own entries, each named once', () => {
    expect(keyFactsOf(['زار توكاييف الصين ثم ألماتي ثم الصين'], 'en', [GAZETTEER, worldCountries()])).toEqual([
      { kind: 'person', text: 'Tokayev' }, { kind: 'place', text: 'China' }, { kind: 'place', text: 'Almaty' },
    ]);
  });

  it('keeps a number inside a name with the name (خبر 24)', () => {
    expect(keyFactsOf(['نقلت قناة خبر 24 البيان'], 'en', [GAZETTEER])).toEqual([{ kind: 'org', text: 'Khabar 24' }]);
  });

  it(`keeps at most ${MAX_KEY_FACTS} facts, key terms giving way first`, () => {
    const facts = keyFactsOf(['حفظ السلام في ألماتي: 1 و2 و3 و4 و5 و6 و7'], 'en', [GAZETTEER]);
    expect(facts).toHaveLength(MAX_KEY_FACTS);
    expect(facts.some((f) => f.kind === 'term')).toBe(false);
  });

  it('never throws on hostile text', () => {
    for (const text of ['', '<b>@everyone</b>', '\u200f\u200b'.repeat(50), '٩'.repeat(400), 'x'.repeat(10_000)]) expect(() => keyFactsOf([text], 'en', [GAZETTEER])).not.toThrow();
  });
});
