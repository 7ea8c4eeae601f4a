import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { idiomAt } from '../../src/text/arabic-idioms.js';

const words = (text: string) => analyze(text).map((t) => t.normalized);

describe('idiomAt', () => {
  it.each([
    ['لقوا حتفهم في المواجهات', 0, 1, 'قتل'],
    // A verb and its object with the subject between (Arabic's verb-subject-object): read from the verb alone.
    ['ولقي ثلاثة حتفهم', 0, 0, 'قتل'],
    ['الجنود الذين لقوا مصرعهم', 2, 3, 'قتل'],
    ['أبصرت المنظمة النور', 0, 0, 'تاسس'],
    ['أبصرت منظمة معاهدة الأمن الجماعي النور', 0, 0, 'تاسس'],
    ['أبصرت المنظمة التي تقودها الدول العربية النور', 0, 0, 'تاسس'],
    ['أبصرت المنظمة الكبيرة في العالم العربي والإسلامي كله النور', -1, -1, ''],
    ['أبصرت النور عام 1992', 0, 1, 'تاسس'],
    ['وقعت المباني في قبضة المسلحين', 3, 3, 'سيطر'],
    ['الشبكة العنكبوتية مقطوعة', 0, 1, 'الانترنت'],
    ['وألقت الشرطة القبض على المئات', 0, 0, 'اعتقل'],
    ['ألقت القبض على المئات', 0, 1, 'اعتقل'],
    ['نزل الناس إلى الشوارع', 0, 0, 'تظاهر'], // the people took to the streets: protested
    ['نزلوا إلى الشوارع', 0, 2, 'تظاهر'],
    // Chat spelling: the plural's وا written و, ل before the article written لل, the dialect's عـ for على.
    ['خرجو للشارع', 0, 1, 'احتجاجات'],
    ['نزلو عالشارع', 0, 1, 'احتجاجات'],
    // Became the head (took office), and the head of state named by his seat.
    ['صار رئيس مجلس الأمن', 0, 1, 'تولى'],
    ['أصبح توكاييف رئيسا للمجلس', 0, 0, 'تولى'],
    ['ساكن القصر الرئاسي', 0, 1, 'رئيس'],
    ['صار هناك احتجاجات', -1, -1, ''],
    // Stood with, by: supported; not «توقف» (stopped) beside a «مع».
    ['الناس واقفين جنب الرئيس', 1, 2, 'دعم'],
    ['وقفت روسيا مع حليفتها', 0, 0, 'دعم'],
    ['وقف إطلاق النار مع المسلحين', -1, -1, ''],
    ['هل توقفت الاحتجاجات مع إعلان الطوارئ', -1, -1, ''],
  ])('in «%s» finds the idiom from word %i to %i, meaning %s', (text, first, last, plain) => {
    const all = words(text);
    const found = all.map((_, i) => idiomAt(all, i)).find(Boolean);
    if (first < 0) expect(found).toBeUndefined();
    else expect(found).toMatchObject({ first, last, plain: expect.arrayContaining([plain]) });
  });
});
