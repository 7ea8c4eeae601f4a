import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { asksRightBefore } from '../../src/search/question-form.js';
import { asksForSource } from '../../src/search/source-question.js';

function asks(question: string): boolean {
  const tokens = analyze(question);
  return asksForSource(tokens, (i) => asksRightBefore(tokens, i));
}

describe('asksForSource', () => {
  it('reads a question asking where a report comes from, in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'ما مصدر هذا الخبر؟',
      'التقرير ده مصدره إيه؟',
      'الجزيرة نقلت الخبر عن مين؟',
      // «نقل من» as «نقل عن»: taken from.
      'من أي وكالة نقل موقع RT عربي خبره؟',
      'إلى أي وكالة نسب الموقع التقرير؟',
      'منين جابو هاد الخبر؟',
      'what is the source of this story?',
      // "The source for…", as "the source of…", after a possessive too.
      "what's RT Arabic's source for the russian foreign ministry story?",
      'which agency does the article cite?',
      'where did they get that report from?',
      'какой источник у этой новости?',
      'на какое агентство ссылается заметка?',
      // The report just quoted, meant by a pronoun.
      'where did they get that from?',
      'طيب شو مصدر هالكلام؟',
    ]) expect(asks(question), question).toBe(true);
  });

  it('does not read a source who spoke, a law cited or a basis relied on as a report\'s source', () => {
    for (const question of [
      'which news agency did the UN source talk to?',
      'لأي وكالة أدلى المصدر الأممي بتصريحاته؟',
      'кому источник в ООН рассказал про записку?',
      'кому источник в ООН это всё рассказал?',
      'على أي نص قانوني استند إرسال القوات؟',
      'на какую статью договора ссылался премьер?',
      "what's the legal basis they cited for the deployment?",
      'what did the report say about the protests?',
    ]) expect(asks(question), question).toBe(false);
  });
});
