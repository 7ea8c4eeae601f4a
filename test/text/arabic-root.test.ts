import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-corpus.js';
import { arabicRoot } from '../../src/text/arabic-root.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';

/** The extractor expects normalised input, as the analyzer gives it. */
const root = (word: string, options?: Parameters<typeof arabicRoot>[1]) => arabicRoot(normalizeArabic(word), options);

/** Each word with its root, so a failure names the word. */
const rootsOf = (words: string[]) => Object.fromEntries(words.map((w) => [w, root(w)]));
const allAre = (words: string[], expected: string) => Object.fromEntries(words.map((w) => [w, expected]));

function expectRoot(words: string[], expected: string): void {
  expect(rootsOf(words)).toEqual(allAre(words, expected));
}

describe('arabicRoot: prefixes', () => {
  it('removes the article and its prepositional forms', () => {
    expectRoot(['الكتاب', 'والكتاب', 'بالكتاب', 'للكتاب', 'فالكتاب', 'وبالكتاب'], 'كتب');
  });

  it('removes a conjunction and a preposition', () => {
    expectRoot(['وكتب', 'بكتابه', 'وكاتب'], 'كتب');
  });

  it('removes the future س only before an imperfect letter', () => {
    expectRoot(['سيقول', 'ستقول'], 'قول');
    expect(root('سيكتبون')).toBe('كتب');
    expect(root('سيطر')).toBe('سيطر');
  });

  it('removes the imperfect letters ي ت ن ا', () => {
    expectRoot(['يكتب', 'تكتب', 'نكتب'], 'كتب');
  });

  it('reads «التـ» before two letters around ا as form VIII of a root in ل, not as the article: التزام is ل ز م', () => {
    expectRoot(['التزام', 'والتزام', 'بالتزامات', 'الالتزام', 'ملتزمة', 'يلتزم'], 'لزم');
    expect(rootsOf(['التحاق', 'التحام', 'التماس'])).toEqual({ التحاق: 'لحق', التحام: 'لحم', التماس: 'لمس' });
    // With a feminine ة it is the article and a noun: التجارة ("trade") is ت ج ر.
    expect(root('التجارة')).toBe('تجر');
  });

  it('takes a conjunction off a longer word whose rest fits a pattern before any suffix', () => {
    expect(root('وتحتوي')).toBe('حوي');
  });
});

describe('arabicRoot: suffixes', () => {
  it('removes pronouns', () => {
    expectRoot(['كتابها', 'كتابهم', 'كتابنا', 'كتابهما'], 'كتب');
  });

  it('removes the feminine ة, also before a pronoun as ت', () => {
    expectRoot(['مدرسة', 'مدرستهم', 'المدرسة'], 'درس');
  });

  it('removes the plurals ون ين ات and the verb endings وا ت', () => {
    expectRoot(['مسلمون', 'مسلمين', 'مسلمات'], 'سلم');
    expectRoot(['كتبوا', 'كتبت'], 'كتب');
    expect(root('نشرت')).toBe('نشر');
  });

  it('removes the nisba ي and ية', () => {
    expectRoot(['عربي', 'عربية', 'العربيات'], 'عرب');
    expect(root('اقتصادية')).toBe('قصد');
  });

  it('removes the accusative ا, but not the ا of وا، ها، هما', () => {
    expect(root('عاما')).toBe('عوم');
    expect(root('تقريبا')).toBe('قرب');
    expect(root('احدهما')).toBe('احد');
  });

  it('removes the pronoun before the inflection, never the other way round', () => {
    expect(root('رسالتهم')).toBe('رسل');
  });
});

describe('arabicRoot: patterns', () => {
  it.each([
    ['فاعل', 'كاتب', 'كتب'],
    ['مفعول', 'مكتوب', 'كتب'],
    ['مفعل', 'مكتب', 'كتب'],
    ['أفعل', 'أكبر', 'كبر'],
    ['فعيل', 'كبير', 'كبر'],
    ['فعول', 'وصول', 'وصل'],
    ['فعال', 'سلام', 'سلم'],
    ['فعالة', 'رسالة', 'رسل'],
    ['مفعال', 'مقدار', 'قدر'],
    ['تفعيل', 'تطوير', 'طور'],
    ['إفعال', 'إرسال', 'رسل'],
    ['افتعال', 'اجتماع', 'جمع'],
    ['انفعال', 'انسحاب', 'سحب'],
    ['استفعال', 'استخدام', 'خدم'],
    ['مفاعلة', 'مشاركة', 'شرك'],
    ['تفاعل', 'تعاون', 'عون'],
    ['تفعّل', 'تقدم', 'قدم'],
    ['افتعل', 'انتخب', 'نخب'],
    ['افتعل with ط', 'اضطرب', 'ضرب'],
    ['انفعل', 'انسحب', 'سحب'],
    ['استفعل', 'استخدم', 'خدم'],
    ['يستفعل', 'يستخدم', 'خدم'],
    ['مستفعل', 'مستخدم', 'خدم'],
    ['مفتعل', 'مجتمع', 'جمع'],
    ['متفاعل', 'متعاون', 'عون'],
    ['فواعل', 'شوارع', 'شرع'],
    ['فعائل', 'رسائل', 'رسل'],
    ['فعلاء', 'وزراء', 'وزر'],
    ['مفاعيل', 'مشاريع', 'شرع'],
    ['أفاعيل', 'أسابيع', 'سبع'],
    ['فعلان', 'طيران', 'طور'],
    ['فاعول', 'قانون', 'قنن'],
  ])('%s: %s → %s', (_pattern, word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('arabicRoot: weak and doubled roots', () => {
  it('hollow roots: the middle weak letter is always written و', () => {
    expectRoot(['قال', 'يقول', 'مقال', 'قيل', 'قائل', 'قالت', 'وقال', 'استقالة'], 'قول');
    expectRoot(['باع', 'يبيع'], 'بوع');
    expectRoot(['اختيار', 'مختار'], 'خور');
  });

  it('defective roots: the last weak letter or hamza is always written ي', () => {
    expectRoot(['رمى', 'يرمي', 'مرمى'], 'رمي');
    expectRoot(['دعا', 'يدعو', 'دعوة'], 'دعي');
    expectRoot(['انتهى', 'انتهاء'], 'نهي');
    expectRoot(['قرأ', 'قراءة'], 'قري');
    // The plural swallows the weak letter: ي and two letters behind ون/وا are an imperfect, not a root with ي.
    expectRoot(['يحمي', 'حماية', 'يحمون', 'يحموا', 'بيحموا', 'يحمونها'], 'حمي');
    expectRoot(['يبني', 'يبنون'], 'بني');
    expect(root('مستشفى')).toBe('شفي');
  });

  it('assimilated roots: a first ي or one assimilated to ت is written و', () => {
    expectRoot(['وصل', 'يصل', 'وصول', 'اتصال'], 'وصل');
    expectRoot(['ولد', 'ميلاد'], 'ولد');
    expectRoot(['اتفاق', 'اتفق', 'متفق'], 'وفق');
  });

  it('a first hamza is written ا', () => {
    expectRoot(['أمر', 'أمير', 'مؤتمر', 'أوامر'], 'امر');
    expectRoot(['أخذ', 'يأخذ', 'مأخوذ'], 'اخذ');
  });

  it('doubled roots: two letters left, or a doubled form that writes the letter once', () => {
    expectRoot(['مد', 'مدة', 'امتد', 'تمديد'], 'مدد');
    expectRoot(['استمر', 'مستمر', 'استمرار'], 'مرر');
    expectRoot(['قوة', 'قوات'], 'قوي');
  });

  it('quadriliteral roots', () => {
    expectRoot(['دحرج', 'يدحرج', 'تدحرج'], 'دحرج');
    expectRoot(['زلزل', 'زلزال'], 'زلزل');
    expectRoot(['عسكري', 'العسكرية'], 'عسكر');
    expectRoot(['جداول'], 'جدول');
  });
});

describe('arabicRoot: families that must meet (issue 10)', () => {
  it.each([
    ['رسل', ['أرسل', 'إرسال', 'مرسل', 'رسالة', 'يرسلون', 'المرسلة']],
    ['حجج', ['احتجاج', 'احتج', 'محتجون', 'المحتجين']],
    ['قتل', ['قتل', 'مقتل', 'قتلى', 'قاتل', 'يقتلون', 'القتلة', 'مقتول']],
    ['ولي', ['استولى', 'الاستيلاء', 'يستولي']],
    ['سيطر', ['سيطر', 'سيطرة', 'يسيطر', 'المسيطرين']],
    ['جمع', ['اجتماع', 'جمع', 'مجتمع', 'جماعي']],
  ])('%s', (expected, words) => {
    expectRoot(words, expected);
  });
});

describe('arabicRoot: words that must not meet', () => {
  it.each([
    ['مطار', 'مطر'], // airport is hollow مفعل of طير (→ طور), not rain
    ['سلام', 'سلاح'],
    ['حكومة', 'حركة'],
    ['محتجون', 'محتلون'],
    ['وزير', 'زيارة'], // و of وزير is a root letter, not "and"
    ['رئيس', 'روسي'], // a written hamza stays a root letter
    ['قوات', 'وقت'],
  ])('%s ≠ %s', (a, b) => {
    expect(root(a)).not.toBe(root(b));
    expect(root(a)).not.toBe('');
  });

  it('meets where the canonical weak letter merges two roots: a documented price (طير and طور)', () => {
    expect(root('طيران')).toBe(root('تطوير'));
  });
});

describe('arabicRoot: should not change', () => {
  it('gives function words no root', () => {
    expectRoot(['من', 'في', 'الذي', 'عليه', 'منها', 'وهذا', 'والذي', 'لكنهم', 'حول'], '');
  });

  it('gives protected names no root, behind the article or a preposition too', () => {
    const protectedWords = new Set([normalizeArabic('ألماتي'), normalizeArabic('كازاخستان')]);
    for (const word of ['ألماتي', 'بألماتي', 'وألماتي', 'كازاخستان', 'لكازاخستان']) {
      expect(root(word, { protectedWords }), word).toBe('');
    }
    expect(root('ألماتي')).not.toBe('');
  });

  it('gives Latin, digits, single letters and unnormalised marks no root', () => {
    expectRoot(['hello', '2022', 'ب', '', 'كتابa', 'ك١٢'], '');
    expect(arabicRoot('كَتَبَ')).toBe('');
    expect(root('كَتَبَ')).toBe('كتب');
  });

  it('folds unnormalised letters it is given instead of failing', () => {
    expect(arabicRoot('رسالة')).toBe('رسل');
    expect(arabicRoot('أرسل')).toBe('رسل');
  });

  it('never throws, and gives nothing or three or four Arabic letters, on random and hostile input', () => {
    const next = seededRandom(10);
    const bad: string[] = [];
    const ranges: Array<[number, number]> = [[0x0621, 0x064a], [0x0600, 0x06ff], [0x0020, 0x007e], [0xd800, 0xdfff], [0, 0x10ffff]];
    for (let i = 0; i < 20_000; i++) {
      let word = '';
      const length = Math.floor(next() * 14);
      for (let j = 0; j < length; j++) {
        const [lo, hi] = ranges[i % 4 === 0 ? Math.floor(next() * ranges.length) : 0]!;
        const cp = lo + Math.floor(next() * (hi - lo + 1));
        word += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      }
      const result = arabicRoot(word);
      if (result !== '' && !/^[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]{3,4}$/.test(result)) bad.push(`${word} → ${result}`);
    }
    expect(bad).toEqual([]);
    expect(arabicRoot('ك'.repeat(10_000))).toBe('');
  });
});
