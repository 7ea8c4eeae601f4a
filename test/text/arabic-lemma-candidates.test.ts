import { describe, expect, it } from 'vitest';
import { arabicLemmaCandidates } from '../../src/text/arabic-lemma-candidates.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';

const candidates = (word: string) => arabicLemmaCandidates(normalizeArabic(word));

describe('arabicLemmaCandidates', () => {
  it.each([
    ['سقطوا', 'سقط'], ['جمدت', 'جمد'], ['اندلعت', 'اندلع'], ['خصصته', 'خصص'],
    ['يبعث', 'بعث'], ['ليبعث', 'بعث'], ['ستمكث', 'مكث'], ['يرسلون', 'ارسل'], ['وتساند', 'ساند'],
    ['يقول', 'قال'], ['يؤيد', 'ايد'], ['ينسحب', 'انسحب'], ['يستخدم', 'استخدم'],
    ['إيفاد', 'اوفد'], ['إرسال', 'ارسل'], ['انسحاب', 'انسحب'], ['استخدام', 'استخدم'], ['اعتقال', 'اعتقل'], ['تفعيل', 'فعل'],
    // The plural's -ū as chats write it, without its alef.
    ['سقطو', 'سقط'], ['يلاحقو', 'لاحق'], ['يلاحقوهن', 'لاحق'],
    // The passive of Form III.
    ['هوجمت', 'هاجم'], ['قوتلوا', 'قاتل'],
    // A past verb without its object pronoun, a Form V one also behind ه.
    ['ترأسها', 'تراس'], ['ترأسه', 'تراس'], ['استقبلهم', 'استقبل'],
    // A doubled verb's past, written in two letters (ردّ، شنّ), behind a subject or object ending or a prefix.
    ['ردت', 'رد'], ['ردوا', 'رد'], ['شنها', 'شن'], ['يرد', 'رد'],
  ])('offers the dictionary form of %s: %s', (word, lemma) => {
    expect(candidates(word)).toContain(lemma);
  });

  it('does not read a final ه as an object pronoun on a word it may end as ة (عمله is also عملة "currency")', () => {
    expect(candidates('عمله')).not.toContain('عمل');
  });

  it('never offers the word itself, nor a form under three letters but a doubled verb\'s past', () => {
    for (const word of ['قالوا', 'بيت', 'سلطات', 'يد', 'ان', 'مدينة', 'انت']) {
      const forms = candidates(word);
      expect(forms).not.toContain(normalizeArabic(word));
      expect(forms.every((f) => f.length >= 3)).toBe(true);
    }
  });
});
