import { describe, expect, it } from 'vitest';
import { isQuestionWord, looksLikeQuestion } from '../../src/text/question-words.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

describe('looksLikeQuestion', () => {
  it('takes a message ending with ? or ؟ as a question, whatever follows the mark', () => {
    for (const text of ['Kazakhstan?', 'ماذا حدث في ألماتي؟', 'Что случилось?', 'really?!', 'why? 🤔', '«حقًا؟»', 'so what happened ?)']) {
      expect(looksLikeQuestion(text), text).toBe(true);
    }
  });

  it('takes a message starting with an Arabic question word as a question, standard or dialect, with or without a conjunction', () => {
    for (const text of [
      'هل وصلت القوات', 'ما مهمة قوات حفظ السلام', 'متى بدأت الاحتجاجات', 'أين تقع ألماتي', 'كيف انتهت الأزمة', 'لماذا ارتفع سعر الغاز',
      'كم عدد القتلى', 'من أرسل القوات', 'شو صار بكازاخستان', 'ايش سبب المظاهرات', 'وين صارت الاشتباكات', 'ليش نزلوا الناس',
      'مين رئيس كازاخستان', 'إمتى وصلوا', 'قديش عدد الجنود', 'ازاي انتهت', 'فين المطار', 'شلون صارت', 'منو أرسلهم', 'وكيف انتهى الأمر', 'فمتى خرجوا',
      'هَلْ انسحبت القوات',
    ]) expect(looksLikeQuestion(text), text).toBe(true);
  });

  it('takes English and Russian questions without a mark', () => {
    for (const text of ['What happened in Almaty', 'who sent the peacekeepers', 'Is the airport open', 'How many died', 'Кто отправил войска', 'Сколько погибло', 'Почему подорожал газ', 'Когда ушли войска ОДКБ']) {
      expect(looksLikeQuestion(text), text).toBe(true);
    }
  });

  it('leaves statements, greetings and commands alone', () => {
    for (const text of [
      'Thanks, that helps', 'Good morning everyone', 'Do not post links here', 'لم يحدث شيء', 'شكرا جزيلا', 'اي والله', 'Спасибо большое',
      'The troops left on 13 January.', 'وصلت القوات إلى المطار', 'Войска ушли.', '👍', '', '   ', 'I wonder what happened',
    ]) expect(looksLikeQuestion(text), text).toBe(false);
  });

  it('ignores invisible characters around the mark and the first word', () => {
    expect(looksLikeQuestion('\u200Fكيف انتهت\u200E')).toBe(true);
    expect(looksLikeQuestion('done?\u200B\u2069')).toBe(true);
  });

  it('never throws on hostile input', () => {
    for (const text of Object.values(HOSTILE_STRINGS)) expect(typeof looksLikeQuestion(text)).toBe('boolean');
  });
});

describe('isQuestionWord', () => {
  it('knows question words in their normalised form and not their look-alikes', () => {
    expect(isQuestionWord('متي')).toBe(true);
    expect(isQuestionWord('وين')).toBe(true);
    expect(isQuestionWord('ومين')).toBe(true);
    expect(isQuestionWord('وزير')).toBe(false);
    expect(isQuestionWord('what')).toBe(true);
    expect(isQuestionWord('whatever')).toBe(false);
  });
});
