import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-corpus.js';
import { COLLOQUIAL_LISTS, MSA_INTERROGATIVES, lookupColloquial } from '../../src/text/colloquial-words.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';
import {
  collapseRepeatedLetters,
  foldPersianLetters,
  mapDialectPronounSuffix,
  mapVerbPluralWaw,
  passiveOfImperfect,
  questionPhraseAt,
  readColloquial,
  restoreHamza,
  restoreInterdental,
  splitAlaArticle,
  splitAlaPrefix,
  splitDativeSuffix,
  splitFiPrefix,
  stripDemonstrativeHal,
  stripFuturePrefix,
  stripIraqiProgressive,
  stripMaghrebiFuture,
  stripMaghrebiPresent,
  stripNegationCircumfix,
  stripNegationSuffix,
  stripPassivePrefix,
  stripProgressiveBa,
  swapDadZah,
  swapFinalAlefYa,
} from '../../src/text/read-colloquial.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** The rules and the reader take normalised words, as the analyzer gives them. */
const n = normalizeArabic;
const read = (word: string, previous?: string) => readColloquial(n(word), previous === undefined ? {} : { previous: n(previous) });
const readings = (word: string, previous?: string) => read(word, previous).readings;

/** MSA words that begin or end with the letters the rules look at; their own spelling must come first. */
const MSA_WORDS = `بيت بيان بيروت بيئة بيع بين تقرير تيار تيارات تيسير حياة حيث حين حيوان هيئة هيكل هيكلة كيان كيلو كتاب كتابة
  مشروع مشاركة مشمش معاش مدهش مفتش عالم عالمي عالمية عالية فالح فلسطين جيش عيش نقاش تفتيش انتخابات اتفاق اتحاد
  دولة ديوان دينار غياب غيرها نحو عضو يدعو راديو خليج برنامج امريكي قوات الحكومة المتظاهرين ألماتي كازاخستان`
  .split(/\s+/)
  .filter(Boolean);

describe('verbal prefix rules', () => {
  it('stripProgressiveBa: بـ before an imperfect', () => {
    expect(stripProgressiveBa(n('بيقول'))).toEqual([n('يقول')]);
    expect(stripProgressiveBa(n('بتعمل'))).toEqual([n('تعمل')]);
    expect(stripProgressiveBa(n('بنروح'))).toEqual([n('نروح')]);
    expect(stripProgressiveBa(n('بيطلعون'))).toEqual([n('يطلعون')]);
    expect(stripProgressiveBa(n('بيجي'))).toEqual([n('يجي')]);
    for (const word of ['بيت', 'بيان', 'بيع', 'بين', 'بنات', 'بيوت', 'بنك']) expect(stripProgressiveBa(n(word)), word).toEqual([]);
  });

  it('stripFuturePrefix: حـ and هـ before an imperfect', () => {
    expect(stripFuturePrefix(n('حيعمل'))).toEqual([n('يعمل')]);
    expect(stripFuturePrefix(n('هيروح'))).toEqual([n('يروح')]);
    expect(stripFuturePrefix(n('هتقول'))).toEqual([n('تقول')]);
    expect(stripFuturePrefix(n('حنشوف'))).toEqual([n('نشوف')]);
    // A verb whose first root letter و drops in the imperfect keeps three letters: وقف → تقف.
    expect(stripFuturePrefix(n('هتقف'))).toEqual([n('تقف')]);
    expect(stripProgressiveBa(n('بيصل'))).toEqual([n('يصل')]);
    for (const word of ['حياة', 'حيث', 'حين', 'هيئة', 'هيكل', 'حتى', 'هتاف']) expect(stripFuturePrefix(n(word)), word).toEqual([]);
  });

  it('stripMaghrebiPresent: كـ / كا / تا / تيـ before an imperfect', () => {
    expect(stripMaghrebiPresent(n('كيقول'))).toEqual([n('يقول')]);
    expect(stripMaghrebiPresent(n('كانمشيو'))).toEqual([n('نمشيو')]);
    expect(stripMaghrebiPresent(n('تيقول'))).toEqual([n('يقول')]);
    for (const word of ['كيان', 'كيلو', 'كتاب', 'كتابة', 'تيار', 'تيارات', 'كانت', 'كانوا']) expect(stripMaghrebiPresent(n(word)), word).toEqual([]);
  });

  it('stripMaghrebiFuture: غا / غـ before an imperfect', () => {
    expect(stripMaghrebiFuture(n('غايمشي'))).toEqual([n('يمشي')]);
    expect(stripMaghrebiFuture(n('غنمشي'))).toEqual([n('نمشي')]);
    for (const word of ['غياب', 'غير', 'غزة']) expect(stripMaghrebiFuture(n(word)), word).toEqual([]);
  });

  it('stripIraqiProgressive: دـ before an imperfect', () => {
    expect(stripIraqiProgressive(n('ديكتب'))).toEqual([n('يكتب')]);
    expect(stripIraqiProgressive(n('دنروح'))).toEqual([n('نروح')]);
    for (const word of ['دين', 'دولة', 'دنيا']) expect(stripIraqiProgressive(n(word)), word).toEqual([]);
  });

  it('stripPassivePrefix: اتـ / انـ on a three-letter verb', () => {
    expect(stripPassivePrefix(n('اتقتل'))).toEqual([n('قتل'), n('تقتل')]);
    expect(stripPassivePrefix(n('انقتل'))).toEqual([n('قتل')]);
    expect(stripPassivePrefix(n('اتكلم'))).toContain(n('تكلم'));
    for (const word of ['انتخابات', 'اتحادات', 'انت', 'اتصالات']) expect(stripPassivePrefix(n(word)), word).toEqual([]);
  });

  it('stripPassivePrefix: of Form III, and with a subject ending', () => {
    expect(stripPassivePrefix(n('انهاجمت'))).toEqual([n('هاجم')]);
    expect(stripPassivePrefix(n('اتهاجموا'))).toEqual([n('هاجم')]);
    expect(stripPassivePrefix(n('اتقتلوا'))).toEqual([n('قتل'), n('تقتل')]);
    expect(stripPassivePrefix(n('انضربو'))).toEqual([n('ضرب')]);
  });

  it('passiveOfImperfect: the imperfect of a listed اتـ verb is that verb, and reads as its meanings', () => {
    expect(passiveOfImperfect(n('يتخانقوا'))).toEqual([n('اتخانقوا')]);
    expect(passiveOfImperfect(n('تتخانق'))).toEqual([n('اتخانق')]);
    // An MSA imperfect of a تفاعل verb, or any imperfect whose اتـ form no list holds, is left alone.
    for (const word of ['يتقاتلون', 'يتعاونوا', 'تتحدث', 'يتظاهرون']) expect(passiveOfImperfect(n(word)), word).toEqual([]);
    // بيتخانقوا (they are fighting): the progressive, then the listed verb, which means fighting.
    expect(readColloquial(n('بيتخانقوا')).readings).toEqual(expect.arrayContaining([n('اشتبك'), n('قاتل')]));
  });
});

describe('negation rules', () => {
  it('stripNegationCircumfix: ما…ش and مـ…ش', () => {
    expect(stripNegationCircumfix(n('ماقالوش'))).toEqual([n('قالو')]);
    expect(stripNegationCircumfix(n('مبيعرفش'))).toEqual([n('بيعرف')]);
    expect(stripNegationCircumfix(n('ماعندهمش'))).toEqual([n('عندهم')]);
    expect(stripNegationCircumfix(n('متقولش'))).toEqual([n('تقول')]);
    expect(stripNegationCircumfix(n('ماخدش'))).toEqual([n('خد')]);
    expect(stripNegationCircumfix(n('مجاش'))).toEqual([n('جا')]);
  });

  it('stripNegationCircumfix: never removes ش outside the circumfix', () => {
    for (const word of ['جيش', 'عيش', 'نقاش', 'تفتيش', 'مشمش', 'معاش', 'مدهش', 'مهمش', 'مش', 'ماش']) {
      expect(stripNegationCircumfix(n(word)), word).toEqual([]);
    }
  });

  it('stripNegationSuffix: the ending ش after a separate ما', () => {
    expect(stripNegationSuffix(n('قالوش'))).toEqual([n('قالو')]);
    expect(stripNegationSuffix(n('خدش'))).toEqual([n('خد')]);
    expect(stripNegationSuffix(n('قال'))).toEqual([]);
  });
});

describe('preposition and demonstrative rules', () => {
  it('splitAlaArticle: عـ for على before the article', () => {
    expect(splitAlaArticle(n('عالحدود'))).toEqual([n('على الحدود')]);
    expect(splitAlaArticle(n('عالبيت'))).toEqual([n('على البيت')]);
    for (const word of ['عالم', 'عالمي', 'عالمية', 'عالية', 'عالج']) expect(splitAlaArticle(n(word)), word).toEqual([]);
  });

  it('splitAlaPrefix: عـ for على before a word without the article', () => {
    expect(splitAlaPrefix(n('عبيروت'))).toEqual([n('على بيروت')]);
    for (const word of ['عمان', 'عالحدود', 'عرب', 'عدد']) expect(splitAlaPrefix(n(word)), word).toEqual([]);
  });

  it('splitFiPrefix: Maghrebi فـ / فال for في', () => {
    expect(splitFiPrefix(n('فالدار'))).toEqual([n('في الدار')]);
    expect(splitFiPrefix(n('فمراكش'))).toEqual([n('في مراكش')]);
    for (const word of ['فالح', 'فتح', 'فرح', 'فيلم']) expect(splitFiPrefix(n(word)), word).toEqual([]);
  });

  it('stripDemonstrativeHal: هالـ is "this"', () => {
    expect(stripDemonstrativeHal(n('هالشي'))).toEqual([n('الشي')]);
    expect(stripDemonstrativeHal(n('هالقرار'))).toEqual([n('القرار')]);
    // Behind a preposition or و, as the article is.
    expect(stripDemonstrativeHal(n('لهالهجمات'))).toEqual([n('للهجمات')]);
    expect(stripDemonstrativeHal(n('بهالوقت'))).toEqual([n('بالوقت')]);
    for (const word of ['هالة', 'هالك', 'هاتف']) expect(stripDemonstrativeHal(n(word)), word).toEqual([]);
  });
});

describe('ending rules', () => {
  it('mapDialectPronounSuffix: Egyptian ـو, ـكو, ـكي; Levantine ـكن, ـهن; Gulf ـج', () => {
    expect(mapDialectPronounSuffix(n('بيتو'))).toEqual([n('بيته')]);
    expect(mapDialectPronounSuffix(n('عندكو'))).toContain(n('عندكم'));
    expect(mapDialectPronounSuffix(n('بيتكن'))).toEqual([n('بيتكم')]);
    expect(mapDialectPronounSuffix(n('عندهن'))).toEqual([n('عندهم')]);
    expect(mapDialectPronounSuffix(n('عندج'))).toEqual([n('عندك')]);
    expect(mapDialectPronounSuffix(n('عندكي'))).toEqual([n('عندك')]);
    // ـن "them" only on a verb, and never the plural ending ـون.
    expect(mapDialectPronounSuffix(n('شفتن'))).toEqual([]);
    expect(mapDialectPronounSuffix(n('شفتن'), true)).toEqual([n('شفتهم')]);
    expect(mapDialectPronounSuffix(n('يطلعون'), true)).toEqual([]);
    for (const word of ['قالوا', 'نحو', 'لكن', 'حج']) expect(mapDialectPronounSuffix(n(word)), word).toEqual([]);
  });

  it('mapVerbPluralWaw: ـو for ـوا only with another verb sign', () => {
    expect(mapVerbPluralWaw(n('قالو'))).toEqual([n('قالوا')]);
    expect(mapVerbPluralWaw(n('راحو'))).toEqual([n('راحوا')]);
    expect(mapVerbPluralWaw(n('بعتو'))).toEqual([n('بعتوا')]);
    expect(mapVerbPluralWaw(n('يقولو'))).toEqual([n('يقولوا'), n('يقولون')]);
    expect(mapVerbPluralWaw(n('طلعو'))).toEqual([n('طلعوا')]); // طلع is a listed verb
    expect(mapVerbPluralWaw(n('كتبو'), true)).toEqual([n('كتبوا')]);
    for (const word of ['كتبو', 'بيتو', 'نحو', 'عضو', 'يدعو', 'راديو', 'قالوا']) expect(mapVerbPluralWaw(n(word)), word).toEqual([]);
  });

  it('splitDativeSuffix: ـلو / ـلي / ـلهم joined to a verb', () => {
    expect(splitDativeSuffix(n('قلتلو'), true)).toEqual([n('قلت له')]);
    expect(splitDativeSuffix(n('يقوللي'), true)).toEqual([n('يقول لي')]);
    expect(splitDativeSuffix(n('بعتلهم'), true)).toEqual([n('بعت لهم')]);
    expect(splitDativeSuffix(n('قلتلو'))).toEqual([]);
    expect(splitDativeSuffix(n('يقولو'), true)).toEqual([]);
  });
});

describe('spelling rules', () => {
  it('collapseRepeatedLetters: chat elongation', () => {
    expect(collapseRepeatedLetters(n('كتيييير'))).toEqual([n('كتير')]);
    expect(collapseRepeatedLetters(n('مسوول'))).toEqual([]);
  });

  it('swapDadZah: ض and ظ', () => {
    expect(swapDadZah(n('ضل'))).toEqual([n('ظل')]);
    expect(swapDadZah(n('بالظبط'))).toEqual([n('بالضبط')]);
    expect(swapDadZah(n('كتب'))).toEqual([]);
  });

  it('restoreInterdental: ت ث، د ذ، س ث، ز ذ ظ', () => {
    expect(restoreInterdental(n('كتير'))).toContain(n('كثير'));
    expect(restoreInterdental(n('دهب'))).toContain(n('ذهب'));
    expect(restoreInterdental(n('التورة'))).toContain(n('الثورة'));
    expect(restoreInterdental(n('قلم'))).toEqual([]);
  });

  it('restoreHamza: missing and seat-spelled hamzas', () => {
    expect(restoreHamza(n('مسوول'))).toContain(n('مسؤول'));
    expect(restoreHamza(n('بدت'))).toContain(n('بدأت'));
    expect(restoreHamza(n('البيت'))).not.toContain(n('البيات'));
    expect(restoreHamza(n('مسيول'))).toContain(n('مسئول'));
    expect(restoreHamza(n('ريس'))).toContain(n('رئيس'));
    expect(restoreHamza(n('الريس'))).toContain(n('الرئيس'));
    expect(restoreHamza(n('هيه'))).toContain(n('هيئه'));
    expect(restoreHamza(n('طايرة'))).toContain(n('طائرة'));
    expect(restoreHamza(n('سوال'))).toContain(n('سؤال'));
    expect(restoreHamza(n('وزرا'))).toContain(n('وزراء'));
    expect(restoreHamza(n('شي'))).toContain(n('شيء'));
    expect(restoreHamza(n('قالوا'))).toEqual([]);
    expect(restoreHamza(n('كتب'))).toEqual([]);
  });

  it('swapFinalAlefYa: ا and ى at the end', () => {
    expect(swapFinalAlefYa(n('مستشفا'))).toEqual([n('مستشفى')]);
    expect(swapFinalAlefYa(n('دعى'))).toEqual([n('دعا')]);
    expect(swapFinalAlefYa(n('قالوا'))).toEqual([]);
    expect(swapFinalAlefYa(n('ما'))).toEqual([]);
  });

  it('foldPersianLetters: گ چ ڤ پ', () => {
    expect(foldPersianLetters('گال')).toEqual(['قال', 'كال']);
    expect(foldPersianLetters('چذي')).toEqual(['كذي', 'جذي']);
    expect(foldPersianLetters('ڤيديو')).toEqual(['فيديو']);
    expect(foldPersianLetters('قال')).toEqual([]);
  });
});

describe('readColloquial: readings', () => {
  it('reads the dialects\' verbal prefixes as the imperfect', () => {
    expect(readings('بيقول')).toContain(n('يقول'));
    expect(readings('بتعمل')).toContain(n('تعمل'));
    expect(readings('حيعمل')).toContain(n('يعمل'));
    expect(readings('هيروح')).toContain(n('يذهب'));
    expect(readings('كيقول')).toContain(n('يقول'));
    expect(readings('ديكتب')).toContain(n('يكتب'));
  });

  it('reads the negation circumfix, the verb plural and the dative together', () => {
    expect(readings('ماقالوش')).toContain(n('قالوا'));
    expect(readings('مبيعرفش')).toContain(n('يعرف'));
    expect(readings('بيطلعو')).toEqual(expect.arrayContaining([n('يطلعون'), n('يخرج')]));
    expect(readings('ماقلتلوش')).toContain(n('قلت له'));
    expect(readings('قالوش', 'ما')).toContain(n('قالوا'));
    expect(readings('قالوش')).not.toContain(n('قالوا'));
  });

  it('reads prepositions, the demonstrative and attached pronouns', () => {
    expect(readings('عالحدود')).toContain(n('على الحدود'));
    expect(readings('فالدار')).toContain(n('في الدار'));
    expect(readings('هالقرار')).toContain(n('القرار'));
    expect(readings('بيتو')).toContain(n('بيته'));
  });

  it('reads listed words as their MSA counterparts, through و, the article and verb endings', () => {
    expect(readings('عايز')).toEqual([n('عايز'), n('يريد'), n('أراد')]);
    expect(readings('وشاف')).toContain(n('رأى'));
    expect(readings('بالفلوس')).toContain(n('الأموال'));
    expect(readings('بعتت')).toContain(n('أرسل'));
    expect(readings('شفت')).toContain(n('رأى'));
    expect(readings('تشوف')).toContain(n('يرى'));
    expect(readings('بيشوفوا')).toContain(n('يرى'));
    // The participle «شايف» (he thinks, he sees it as) and the Egyptian «بجد» (for real).
    expect(readings('شايف')).toContain(n('يرى'));
    expect(readings('بجد')).toContain(n('حقيقي'));
    expect(readings('گال')).toContain('قال');
    // A weak last letter drops before the plural ending: يبغون is يبغى + ون.
    expect(readings('يبغون')).toContain(n('يريد'));
    // Moroccan «باغي» (wanting), the participle as Egyptian «عايز» is.
    expect(readings('باغيين')).toContain(n('يريد'));
  });

  it('reads the news nouns behind the article and prepositions, and the news verbs through their endings', () => {
    expect(readings('البوليس')).toContain(n('الشرطة'));
    expect(readings('بالموبايل')).toContain(n('الهاتف'));
    expect(readings('للنت')).toContain(n('الإنترنت'));
    expect(readings('المخزن')).toContain(n('السلطات'));
    expect(readings('الليصانص')).toContain(n('البنزين'));
    expect(readings('بالكهربا')).toContain(n('الكهرباء'));
    expect(readings('مسكوا')).toContain(n('اعتقل'));
    expect(readings('بيمسكوا')).toContain(n('يعتقل'));
    expect(readings('اتظاهروا')).toContain(n('تظاهر'));
    expect(readings('طفت')).toContain(n('أطفأ'));
    expect(readings('كيصيفط')).toContain(n('يرسل'));
    expect(readings('غلات')).toContain(n('ارتفع'));
    expect(readings('نزلت')).toContain(n('انخفض'));
    expect(readings('طاحت')).toContain(n('سقط'));
    expect(readings('دشوا')).toContain(n('دخل'));
    expect(readings('انحاشوا')).toContain(n('هرب'));
    expect(readings('سابت')).toContain(n('استقال'));
    // Levantine فلّ ("left"); Moroccan فوقاش ("when").
    expect(readings('يفلو')).toContain(n('يغادر'));
    expect(readColloquial(normalizeArabic('فوقاش')).asks).toBe('when');
  });

  it('does not read MSA words of the news as the dialect words they resemble', () => {
    const wrong: Array<[string, string]> = [
      ['تعاون', 'يساعد'], ['تعاونوا', 'ساعد'], ['أشد', 'يعتقل'], ['يخشى', 'يدخل'], ['تخشى', 'يدخل'], ['كتل', 'قتل'],
      ['الكتل', 'القتل'], ['الرخص', 'انخفض'], ['سيدني', 'الملك'], ['العربية', 'السيارة'], ['عربية', 'سيارة'], ['العالم', 'الناس'],
    ];
    for (const [word, reading] of wrong) expect(readings(word), word).not.toContain(n(reading));
    for (const word of ['الشرطة', 'الحكومة', 'المظاهرات', 'احتجاج', 'انترنت', 'هاتف', 'الجيش']) expect(read(word).dialects, word).toEqual([]);
  });

  it('offers respellings after the word: ض ظ, hamzas, interdentals, final ا ى', () => {
    expect(readings('ضل')).toContain(n('ظل'));
    expect(readings('مسوول')).toContain(n('مسؤول'));
    expect(readings('ريس')).toContain(n('رئيس'));
    expect(readings('هيه')).toContain(n('هيئة'));
    expect(readings('بيظبط')).toContain(n('يضبط'));
    expect(readings('مستشفا')).toContain(n('مستشفى'));
    expect(readings('التورة')).toContain(n('الثورة'));
  });

  it('leaves an MSA word first among its readings, and does not read it as a dialect word', () => {
    for (const word of MSA_WORDS) {
      const r = read(word);
      expect(r.readings[0], word).toBe(n(word));
      expect(r.asks, word).toBeUndefined();
      expect(r.functionWord && !['حيث', 'بين'].includes(word), word).toBe(false);
    }
  });

  it('gives at most 24 readings, normalised, each once', () => {
    for (const word of [...MSA_WORDS, 'ماقلتلوش', 'كتيييير', 'بيتكلموش', 'هيتقتلو', 'زززززز']) {
      const list = readings(word);
      expect(list.length).toBeLessThanOrEqual(24);
      expect(new Set(list).size).toBe(list.length);
      for (const r of list) expect(n(r), word).toBe(r);
    }
  });
});

describe('readColloquial: function words and questions', () => {
  it('maps every listed interrogative, dialect and MSA, to its question type', () => {
    const questions = [
      ...COLLOQUIAL_LISTS.flatMap((l) => l.entries).flatMap((e) => (e.role === 'question' ? [[e.form, e.asks] as const] : [])),
      ...MSA_INTERROGATIVES.map((q) => [q.form, q.asks] as const),
    ];
    expect(questions.length).toBeGreaterThan(100);
    for (const [form, asks] of questions) {
      const r = read(form);
      expect(r.asks, form).toBe(asks);
      expect(r.functionWord, form).toBe(true);
    }
  });

  it('reads an interrogative behind و, ف, ب and ل as the same question', () => {
    const cases: Array<[string, string]> = [
      ['وكم', 'how-many'], ['فمتى', 'when'], ['بكم', 'how-many'], ['لمن', 'who'], ['ولماذا', 'why'], ['وهل', 'yes-no'],
      ['فأين', 'where'], ['بماذا', 'what'], ['ومين', 'who'], ['وليش', 'why'], ['بشو', 'what'], ['لإيمتى', 'when'], ['وبكام', 'how-many'],
    ];
    for (const [word, asks] of cases) expect(read(word).asks, word).toBe(asks);
    // ل + كم is "for you", not "for how many".
    expect(read('لكم').asks).toBeUndefined();
  });

  it('says when a question word is also something else', () => {
    for (const word of ['من', 'ما', 'ليه', 'واش', 'بكم', 'لمن', 'ماهو']) expect(read(word).asksAmbiguous, word).toBe(true);
    for (const word of ['مين', 'فين', 'متى', 'وكم', 'ازاي', 'شكون']) expect(read(word).asksAmbiguous, word).toBe(false);
  });

  it('reads the Maghrebi "she/it did" (صيفطات "it sent") as its listed verb, and leaves MSA plurals in ات alone', () => {
    expect(read('صيفطات').readings).toContain(n('أرسل'));
    expect(read('خدمات').readings).not.toContain(n('عمل'));
  });

  it('reads a weak verb\'s plural, its last letter written ا before و (Maghrebi «ولاو» "they became"), as the verb, not «ولا» "or"', () => {
    expect(read('ولاو').readings).toContain(n('أصبح'));
    expect(read('ولاو').functionWord).toBeFalsy();
  });

  it('reads the Maghrebi plural of «زنقة» (street), «زناقي», as streets, also after فالـ "in the"', () => {
    expect(read('زناقي').readings).toContain(n('شوارع'));
    expect(read('فالزناقي').readings).toContain(n('الشوارع'));
  });

  it('reads Maghrebi «واجدين» (ready) as مستعدين, though its و looks like "and", and «بلايص» as places', () => {
    expect(read('واجدين').readings).toContain(n('مستعدين'));
    expect(read('البلايص').readings).toContain(n('الأماكن'));
  });

  it('reads Maghrebi «شمن» (which) as a question, «ديما» (always) and «لهاد», «فهاد» (for this, in this) as function words', () => {
    expect(read('شمن')).toMatchObject({ asks: 'which', stop: true });
    for (const word of ['ديما', 'لهاد', 'فهاد']) expect(read(word), word).toMatchObject({ functionWord: true, stop: true });
  });

  it('reads Gulf and Iraqi ش "what" on a listed verb as a question', () => {
    expect(read('شصار')).toMatchObject({ asks: 'what', asksAmbiguous: true });
    expect(read('شصار').readings).toContain(n('حدث'));
    expect(read('شعب').asks).toBeUndefined();
  });

  it('marks dialect function words as stop words, except those that are also MSA content words', () => {
    for (const word of ['عشان', 'هون', 'هيك', 'بزاف', 'اللي', 'مش', 'كاين', 'عم', 'وعشان', 'كتيييير', 'چذي']) {
      expect(read(word), word).toMatchObject({ functionWord: true, stop: true });
    }
    for (const word of ['دول', 'قوي', 'حاجة', 'مرة']) expect(read(word), word).toMatchObject({ functionWord: true, stop: false });
    for (const word of ['عايز', 'الحكومة', 'بيقول']) expect(read(word).functionWord, word).toBe(false);
    // The dialects' "now" is MSA's الآن, which questions ask about («وين الإرهابيين هلق؟»): read, not dropped.
    for (const word of ['دلوقتي', 'هلق', 'دابا']) expect(read(word), word).toMatchObject({ functionWord: false, stop: false });
  });

  it('reads هالشي and Moroccan هادشي ("this thing") as the demonstrative they stand for, no subject of their own', () => {
    expect(read('هالشي')).toMatchObject({ functionWord: true, stop: true });
    expect(read('هادشي')).toMatchObject({ functionWord: true, stop: true });
    // and its "that (thing)", داكشي: «واش حبسو ملي دارت الحكومة داكشي اللي طلبو الناس؟»
    expect(read('داكشي')).toMatchObject({ functionWord: true, stop: true });
    // هالـ before a noun is still that noun: هالقرار is القرار.
    expect(read('هالقرار').functionWord).toBe(false);
  });

  it('reads the Egyptian حتة ("place") in the plural too: «في حتت معينة» is in certain places', () => {
    expect(read('حتة').readings).toContain(n('مكان'));
    expect(read('حتت').readings).toContain(n('أماكن'));
  });

  it('reads a negated function word as a function word (ماعندهمش is عندهم)', () => {
    expect(read('ماعندهمش')).toMatchObject({ functionWord: true, stop: true });
    expect(read('مافيهاش').functionWord).toBe(true);
    expect(read('ماقالوش').functionWord).toBe(false);
  });

  it('does not read a function word behind و/ف when two letters remain (فهم is not ف + هم)', () => {
    expect(lookupColloquial('هم')?.role).toBe('function');
    expect(read('فهم').functionWord).toBe(false);
  });

  it('names the dialects of a listed word', () => {
    expect(read('ازاي').dialects).toEqual(['egyptian']);
    expect(read('شكون').dialects).toEqual(['maghrebi']);
    expect(read('الحكومة').dialects).toEqual([]);
  });
});

describe('questionPhraseAt', () => {
  const words = (text: string) => text.split(' ').map(n);

  it('finds multi-word interrogatives and their kind', () => {
    expect(questionPhraseAt(words('قد ايه الناس'))).toEqual({ asks: 'how-many', length: 2 });
    expect(questionPhraseAt(words('عشان ايه نزلوا'))).toEqual({ asks: 'why', length: 2 });
    expect(questionPhraseAt(words('ما هو سبب الاحتجاجات'))).toEqual({ asks: 'why', length: 3 });
    expect(questionPhraseAt(words('الناس من وين'), 1)).toEqual({ asks: 'where', length: 2 });
    expect(questionPhraseAt(words('ومنذ متى'))).toEqual({ asks: 'when', length: 2 });
  });

  it('finds nothing where no phrase starts', () => {
    expect(questionPhraseAt(words('ايه الناس'))).toBeUndefined();
    expect(questionPhraseAt(words('قد'))).toBeUndefined();
    expect(questionPhraseAt([], 0)).toBeUndefined();
    expect(questionPhraseAt(words('قد ايه'), 5)).toBeUndefined();
  });
});

describe('readColloquial: any input', () => {
  it('never throws on hostile input, and reads anything that is not one Arabic word as it stands', () => {
    const inputs = [...Object.values(HOSTILE_STRINGS), ...Object.values(HOSTILE_STRINGS).flatMap((s) => s.split(/\s+/)), '', 'abc', '12345', '٣٤٥', '😀', 'x'.repeat(10_000), 'ب'.repeat(10_000), 'ماش'.repeat(3_000)];
    for (const input of inputs) {
      const r = readColloquial(input, { previous: input });
      const normalized = n(input);
      expect(r.word).toBe(normalized);
      expect(r.readings[0] ?? '').toBe(normalized);
    }
  });

  it('never throws on random text, and always starts its readings with the word', () => {
    const next = seededRandom(20240611);
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآؤئگچ ًٌٍَُِّْـ';
    for (let i = 0; i < 3000; i++) {
      let word = '';
      const length = 1 + Math.floor(next() * 12);
      for (let j = 0; j < length; j++) word += letters[Math.floor(next() * letters.length)];
      const r = readColloquial(word);
      expect(r.readings[0] ?? '').toBe(n(word));
      expect(r.readings.length).toBeLessThanOrEqual(24);
    }
  });

  it('keeps a reading with its previous word apart from a word that contains a space', () => {
    expect(readColloquial('', { previous: '' }).readings).toEqual([]);
    expect(readColloquial(' ').readings).toEqual([' ']);
    expect(readColloquial('قالوش', { previous: 'ما' }).readings).toContain('قالوا');
    expect(readColloquial('ما قالوش').readings).toEqual(['ما قالوش']);
  });

  it('returns the same frozen reading for the same word', () => {
    const a = readColloquial('بيقول');
    expect(readColloquial('بيقول')).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.readings)).toBe(true);
  });
});
