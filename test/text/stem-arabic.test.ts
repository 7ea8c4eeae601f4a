import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';
import { imperfectPluralVerb, otherArabicStems, stemArabic, stripArabicPrefixes } from '../../src/text/stem-arabic.js';

/** The stemmer expects normalised input, as the analyzer gives it. */
const stem = (word: string, options?: Parameters<typeof stemArabic>[1]) => stemArabic(normalizeArabic(word), options);

describe('stemArabic', () => {
  it('takes nothing off before a final ي but an inflection: انتهى is not انت ("you")', () => {
    expect(stem('انتهى')).toBe('انته');
    expect(stem('ينتهي')).toBe('ينته');
    expect(stem('يحتوي')).toBe('يحتو');
    expect(stem('انتخاباتي')).toBe(stem('انتخابات'));
  });

  it('keeps the nisba of رئيس, "main", apart from رئيس, "president": المهام الرئيسية names no president', () => {
    expect(stem('الرئيسية')).toBe(stem('رئيسي'));
    expect(stem('الرئيسيين')).toBe(stem('رئيسي'));
    expect(stem('الرئيسية')).not.toBe(stem('الرئيس'));
    expect(stem('رئيسها')).toBe(stem('الرئيس'));
    // Other nisbas keep their noun's meaning and are taken off: الإرهابية of الإرهاب.
    expect(stem('الإرهابية')).toBe(stem('الإرهاب'));
  });

  it('keeps the nisba of مدن, "civilian", apart from مدن, "cities": the civilians killed are no cities', () => {
    for (const word of ['المدنيين', 'مدنيون', 'المدنية', 'مدني']) expect(stem(word), word).toBe('مدني');
    expect(stem('المدن')).toBe('مدن');
    expect(stem('للمدنيين')).not.toBe(stem('المدن'));
  });

  it('keeps the nisba of أولوية, "priority", apart from أول, "first": a question on priorities is not on the first meeting', () => {
    for (const word of ['الأولوية', 'أولوية', 'الأولويات', 'أولوياته']) expect(stem(word), word).toBe(stem('أولوية'));
    expect(stem('الأولوية')).not.toBe(stem('الأول'));
  });

  it('keeps أخرى ("other") apart from آخر ("last"): "the final day" is not «مدن أخرى» ("other cities")', () => {
    for (const word of ['أخرى', 'الأخرى', 'وأخرى']) expect(stem(word), word).toBe(stem('أخرى'));
    expect(stem('أخرى')).not.toBe(stem('آخر'));
  });

  it('strips the article ال', () => {
    expect(stem('الكتاب')).toBe('كتاب');
  });

  it('strips the wal- prefix', () => {
    expect(stem('والكتاب')).toBe('كتاب');
  });

  it('strips the bil- prefix', () => {
    expect(stem('بالكتاب')).toBe('كتاب');
  });

  it('strips the kal- prefix', () => {
    expect(stem('كالكتاب')).toBe('كتاب');
  });

  it('strips the fal- prefix', () => {
    expect(stem('فالكتاب')).toBe('كتاب');
  });

  it('strips the lil- prefix', () => {
    expect(stem('للكتاب')).toBe('كتاب');
  });

  it('strips the conjunction و', () => {
    expect(stem('وكتاب')).toBe('كتاب');
  });

  it('strips the conjunction و and then an article', () => {
    expect(stem('وللكتاب')).toBe('كتاب');
  });

  it('strips the suffix ها', () => {
    expect(stem('قلمها')).toBe('قلم');
  });

  it('strips the dual suffix ان', () => {
    expect(stem('قلمان')).toBe('قلم');
  });

  it('strips the feminine plural suffix ات', () => {
    expect(stem('معلمات')).toBe('معلم');
  });

  it('strips the masculine plural suffix ون', () => {
    expect(stem('مسلمون')).toBe('مسلم');
  });

  it('strips the suffix ين', () => {
    expect(stem('مسلمين')).toBe('مسلم');
  });

  it('strips the suffix يه (normalised ية)', () => {
    expect(stem('دولية')).toBe('دول');
  });

  it('strips the feminine ending ة (normalised ه)', () => {
    expect(stem('مدرسة')).toBe('مدرس');
  });

  it('strips the suffix ي', () => {
    expect(stem('كتابي')).toBe('كتاب');
  });

  it('strips the dual suffixes هما, كما, تين and تان', () => {
    expect(stem('كتابهما')).toBe('كتاب');
    expect(stem('كتابكما')).toBe('كتاب');
    expect(stem('مدينتين')).toBe('مدين');
    expect(stem('مدينتان')).toBe('مدين');
  });

  it('strips the pronoun suffixes هم, كم and نا', () => {
    expect(stem('كتابهم')).toBe('كتاب');
    expect(stem('كتابكم')).toBe('كتاب');
    expect(stem('كتابنا')).toBe('كتاب');
  });

  it('strips stacked suffixes one after another', () => {
    expect(stem('معلماتها')).toBe('معلم');
  });

  it('gives the inflected and prefixed forms of a word one stem', () => {
    const forms = ['مدينة', 'المدينة', 'بالمدينة', 'للمدينة', 'والمدينة', 'مدينتين'];
    expect(new Set(forms.map((w) => stem(w)))).toEqual(new Set(['مدين']));
  });

  it('gives a noun whose teh marbuta is written ت before a pronoun the bare noun\'s stem', () => {
    expect(stem('عاصمتها')).toBe(stem('عاصمة'));
    expect(stem('حكومتهم')).toBe(stem('الحكومة'));
    expect(stem('ولايتنا')).toBe(stem('ولاية'));
  });

  it('should not drop a ت that belongs to a short stem or to a word without a pronoun', () => {
    expect(stem('بيتها')).toBe('بيت');
    expect(stem('ثابتة')).toBe('ثابت');
  });

  it('strips the verb plural وا, and و as chats write it', () => {
    expect(stem('قتلوا')).toBe('قتل');
    expect(stem('خرجو')).toBe('خرج');
    expect(stem('عضو')).toBe('عضو');
  });

  it('should not stem a suffix when fewer than three letters would remain', () => {
    expect(stem('امها')).toBe('امها');
    expect(stem('بنات')).toBe('بنات');
  });

  it('should not strip an article that would leave a single letter', () => {
    expect(stem('الم')).toBe('الم');
  });

  it('should not strip the و of a three-letter word', () => {
    expect(stem('ولد')).toBe('ولد');
    expect(stem('وقت')).toBe('وقت');
  });

  it('should not strip a و whose removal leaves an article on one letter (والد is "father", not و + الد)', () => {
    expect(stem('والد')).toBe('والد');
    expect(stem('الوالد')).toBe('والد');
  });

  it('honours a larger minimum stem length', () => {
    expect(stem('قلمها', { minStemLength: 4 })).toBe('قلمها');
    expect(stem('معلماتها', { minStemLength: 4 })).toBe('معلم');
  });

  it('should not stem a word without affixes', () => {
    expect(stem('كتب')).toBe('كتب');
    expect(stem('سلام')).toBe('سلام');
  });

  it('keeps the letters of a protected name: ألماتي must not become مات', () => {
    const protectedWords = new Set([normalizeArabic('ألماتي'), stripArabicPrefixes(normalizeArabic('ألماتي'))]);
    const forms = ['ألماتي', 'الماتي', 'وألماتي', 'بالماتي'].map((w) => stem(w, { protectedWords }));
    expect(forms).not.toContain('مات');
    expect(new Set(forms).size).toBe(1);
    expect(forms[0]).toMatch(/ماتي$/);
  });

  it('keeps the suffix-like ending of a protected name', () => {
    const protectedWords = new Set(['توكاييف', 'كازاخستان']);
    expect(stem('كازاخستان', { protectedWords })).toBe('كازاخستان');
    expect(stem('والكازاخستان', { protectedWords })).toBe('كازاخستان');
  });

  it('passes non-Arabic words through unchanged', () => {
    expect(stem('csto')).toBe('csto');
    expect(stem('2022')).toBe('2022');
  });
});

describe('stripArabicPrefixes', () => {
  it('strips the article and keeps the suffixes', () => {
    expect(stripArabicPrefixes('المعلمات')).toBe('معلمات');
  });

  it('strips و and then the article', () => {
    expect(stripArabicPrefixes('وللمدينه')).toBe('مدينه');
  });

  it('keeps the و of a word whose rest only looks like an article', () => {
    expect(stripArabicPrefixes('والد')).toBe('والد');
    expect(stripArabicPrefixes('والي')).toBe('والي');
  });

  it('should not strip a prefix from a word too short to carry one', () => {
    expect(stripArabicPrefixes('ولد')).toBe('ولد');
    expect(stripArabicPrefixes('ال')).toBe('ال');
  });

  it('leaves a word without prefixes unchanged', () => {
    expect(stripArabicPrefixes('كتاب')).toBe('كتاب');
  });
});

describe('stemArabic with a preposition before a protected name', () => {
  it('keeps the name whole behind ل, ب and و+ل', () => {
    const protectedWords = new Set(['كازاخستان']);
    expect(stemArabic('لكازاخستان', { protectedWords })).toBe('كازاخستان');
    expect(stemArabic('بكازاخستان', { protectedWords })).toBe('كازاخستان');
    expect(stemArabic('ولكازاخستان', { protectedWords })).toBe('كازاخستان');
  });
});

describe('otherArabicStems', () => {
  const others = (word: string) => otherArabicStems(normalizeArabic(word));

  it('cuts a first letter the stemmer kept as a preposition: لوكالة is ل + وكالة, بسبب is ب + سبب', () => {
    expect(others('لوكالة')).toContain(stem('وكالة'));
    expect(others('بسبب')).toContain('سبب');
  });

  it('cuts a last ت that may be a past verb\'s feminine ending: تأسست is تأسس + ت, أعلنت is أعلن + ت', () => {
    expect(others('تأسست')).toContain(normalizeArabic('تأسس'));
    expect(others('أعلنت')).toContain(normalizeArabic('أعلن'));
    // Not a plural's ات, nor a word too short for it (وقت).
    expect(others('القوات')).not.toContain('قو');
    expect(others('وقت')).toEqual([]);
  });

  it('reads a short word in ات as a verb whose hamza normalisation wrote ا: بدأت is بدأ + ت, قرأت قرأ + ت', () => {
    expect(others('بدأت')).toContain(normalizeArabic('بدأ'));
    expect(others('وقرأت')).toContain(normalizeArabic('قرأ'));
  });

  it('cuts that ت also off a verb whose first root letter is و, which the stemmer took for "and": وصلت is وصل + ت', () => {
    expect(others('وصلت')).toContain('وصل');
    expect(others('وقعت')).toContain('وقع');
    expect(others('ولدت')).toContain('ولد');
  });

  it('cuts the accusative alef the stemmer keeps after three letters: حظرا is حظر, عاما عام; not after ي/و (سوريا)', () => {
    expect(others('حظرا')).toContain('حظر');
    expect(others('عاما')).toContain('عام');
    expect(others('سوريا')).not.toContain('سوري');
  });

  it('reads an imperfect of a hamza-initial verb as its past: تؤيد is أيد, يؤكد أكد', () => {
    expect(others('وتؤيد')).toContain('ايد');
    expect(others('يؤكد')).toContain('اكد');
  });

  it('keeps a first و the stemmer took for "and": وزير, وكالة', () => {
    expect(others('وزير')).toEqual(['وزير']);
    expect(others('وكالة')).toContain('وكال');
  });

  it('has nothing to add to a word behind the article, nor to a protected name', () => {
    expect(others('الوكالة')).toEqual([]);
    expect(others('والدولة')).toEqual([]);
    expect(otherArabicStems(normalizeArabic('بألماتي'), { protectedWords: new Set(['الماتي', 'ماتي']) })).toEqual([]);
  });

  it('never returns the main stem or a stem shorter than three letters', () => {
    for (const word of ['لوكالة', 'بسبب', 'وزير', 'كتاب', 'لها', 'بي']) {
      const main = stem(word);
      for (const other of others(word)) {
        expect(other).not.toBe(main);
        expect(other.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('imperfectPluralVerb', () => {
  const verb = (word: string) => imperfectPluralVerb(normalizeArabic(word));

  it('reads an imperfect with a plural subject as its verb without the person prefix: يهدفون is هدف, ويقاتلون قاتل', () => {
    expect(verb('يهدفون')).toBe('هدف');
    expect(verb('ويقاتلون')).toBe('قاتل');
    expect(verb('يقاتلوا')).toBe('قاتل');
  });

  it('has none for a singular, whose ي or ت may be the word\'s own, nor for a word without a person prefix', () => {
    expect(verb('تحقيق')).toBe('');
    expect(verb('يهدف')).toBe('');
    expect(verb('المتظاهرون')).toBe('');
  });
});
