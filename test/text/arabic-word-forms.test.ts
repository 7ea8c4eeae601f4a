import { describe, expect, it } from 'vitest';
import { elativeStems, futureForms, hamzaRestored, otherPersonForms, pastTenseTwin, presentForms, verbsOfParticiple } from '../../src/text/arabic-word-forms.js';

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

describe('the other forms the light stemmer keeps apart', () => {
  it("gives a participle's verb (الحاضرون → حضر، المهاجمون → هاجم، مفروضة → فرض)", () => {
    expect(verbsOfParticiple('حاضر')).toEqual(['حضر']);
    expect(verbsOfParticiple('مهاجم')).toEqual(['هاجم']);
    expect(verbsOfParticiple('حكوم')).toEqual([]);
    // The passive مفعول: «حالة الطوارئ مفروضة» is what «فرض حالة الطوارئ» did.
    expect(verbsOfParticiple('مفروض')).toEqual(['فرض']);
    expect(verbsOfParticiple('مطلوب')).toEqual(['طلب']);
    expect(verbsOfParticiple('منشور')).toEqual(['نشر']);
  });

  it("takes the feminine past's ت off or puts it on (زادت ↔ زاد), and puts back a dropped hamza (بدت → بدأت)", () => {
    expect(pastTenseTwin('زادت')).toBe('زاد');
    expect(pastTenseTwin('ارسل')).toBe('ارسلت');
    expect(pastTenseTwin('مطالبات')).toBe('');
    expect(hamzaRestored('بدت')).toBe('بدات');
    expect(hamzaRestored('حكومات')).toBe('');
  });

  it('gives the future of a present or, asked to, of a dictionary form (يغادر، غادر → ستغادر), never of a past', () => {
    expect(futureForms('يغادر')).toEqual(['ستغادر', 'سيغادر', 'سنغادر']);
    expect(futureForms('غادر', true)).toEqual(['ستغادر', 'سيغادر', 'سنغادر']);
    expect(futureForms('انتصر', true)).toEqual(['ستنتصر', 'سينتصر', 'سننتصر']);
    expect(futureForms('غادر')).toEqual([]);
  });

  it('gives an imperfect in its other persons, a future in the future\'s too (سيتعرض → ستتعرض، سنتعرض، يتعرض…)', () => {
    expect(otherPersonForms('سيتعرض')).toEqual(['ستتعرض', 'سنتعرض', 'يتعرض', 'تتعرض', 'نتعرض']);
    expect(otherPersonForms('يتعرض')).toEqual(['تتعرض', 'نتعرض']);
    expect(otherPersonForms('حكومه')).toEqual([]);
  });

  it('gives a dictionary verb its present, a derived form without the alef its present drops', () => {
    expect(presentForms('قاتل')).toEqual(['يقاتل', 'تقاتل']);
    expect(presentForms('انتصر')).toEqual(['ينتصر', 'تنتصر']);
    expect(presentForms('في')).toEqual([]);
  });
});
