import { describe, expect, it } from 'vitest';
import { numberCounterparts } from '../../src/text/arabic-broken-plurals.js';

describe('numberCounterparts', () => {
  it('gives a singular the spellings of the plural patterns it takes', () => {
    expect(numberCounterparts('سعر')).toContain('اسعار');
    expect(numberCounterparts('جند')).toContain('جنود');
    expect(numberCounterparts('مطلب')).toContain('مطالب');
    expect(numberCounterparts('منطق')).toContain('مناطق'); // منطقة, its ة stemmed off
    expect(numberCounterparts('شارع')).toContain('شوارع');
    expect(numberCounterparts('وزير')).toContain('وزراء');
    expect(numberCounterparts('مدين')).toContain('مدن'); // مدينة
    expect(numberCounterparts('عسكر')).toContain('عساكر');
  });

  it('pairs the long-vowelled plurals of four-consonant nouns with their singulars', () => {
    expect(numberCounterparts('اقليم')).toContain('اقاليم'); // إقليم → أقاليم
    expect(numberCounterparts('تقارير')).toContain('تقرير');
    expect(numberCounterparts('اسبوع')).toContain('اسابيع');
    expect(numberCounterparts('مفتاح')).toContain('مفاتيح');
    expect(numberCounterparts('صناديق')).toContain('صندوق');
  });

  it('gives a broken plural its singular', () => {
    expect(numberCounterparts('اسعار')).toEqual(['سعر']);
    expect(numberCounterparts('مطالب')).toContain('مطلب');
    expect(numberCounterparts('وزراء')).toContain('وزير');
    expect(numberCounterparts('عساكر')).toContain('عسكر');
  });

  it('meets a hamza on its other seat: رؤوس (normalised رءوس) is the plural of رأس (راس)', () => {
    expect(numberCounterparts('رءوس')).toContain('راس');
    expect(numberCounterparts('راس')).toContain('رءوس');
    expect(numberCounterparts('سءال')).toContain('اسءله'); // سؤال → أسئلة
  });

  it('does not read a verbal noun فعال as a plural or give it as one, nor an imperfect verb as a noun', () => {
    expect(numberCounterparts('قتال')).not.toContain('قاتل');
    // Nor the other way: a فاعل's plural فعّال is written as that verbal noun («جاهز» "ready" is no «جهاز» "device").
    expect(numberCounterparts('جاهز')).not.toContain('جهاز');
    expect(numberCounterparts('قاتل')).not.toContain('قتال');
    expect(numberCounterparts('يعيد')).toEqual([]);
  });

  it('gives no أفعال to three letters ending in a weak one: a defective verb (صفى), or a noun whose plural has a hamza', () => {
    // «أصفاي» is no word, and cut short it met «واصفا» (describing) in every passage holding it.
    expect(numberCounterparts('صفي')).toEqual([]);
    expect(numberCounterparts('رمي')).toEqual([]);
    expect(numberCounterparts('سعر')).toContain('اسعار');
  });

  it('gives nothing for words too short or too long to be a pattern, and never the word itself', () => {
    expect(numberCounterparts('في')).toEqual([]);
    expect(numberCounterparts('استراتيجيات')).toEqual([]);
    for (const word of ['سعر', 'اسعار', 'مطالب', 'عساكر']) expect(numberCounterparts(word)).not.toContain(word);
  });
});
