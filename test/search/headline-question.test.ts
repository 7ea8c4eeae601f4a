import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { asksForHeadline, headlineQuestionWordIndexes } from '../../src/search/headline-question.js';

describe('asksForHeadline', () => {
  it('reads "what is the report\'s headline?" in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'ما عنوان مقال صدى البلد؟', 'شو عنوان خبر RT؟', 'what was the headline of the akhbar el yom piece?',
      'whats the title of the article about the memo?', 'какой заголовок у статьи о заявлении МИД России?', 'как называется эта статья?',
    ]) expect(asksForHeadline(analyze(question)), question).toBe(true);
  });

  it('leaves a person\'s title, an address and questions that name no headline', () => {
    for (const question of [
      "what's Tokayev's title?", 'ما عنوان السفارة الروسية؟', 'how is the city called now?', 'what did the RT article say about the memo?',
      // «называет» (calls) is what someone calls a thing, however near a pronoun: no headline.
      'МИД прямо называет это агрессией?', 'Как Токаев назвал это в своей статье?',
    ]) expect(asksForHeadline(analyze(question)), question).toBe(false);
  });

  it('finds the words that ask for the headline, which tell nothing of which report', () => {
    const tokens = analyze('what was the headline of the RT article about the memo?');
    expect([...headlineQuestionWordIndexes(tokens)].map((i) => tokens[i]!.normalized).sort()).toEqual(['article', 'headline']);
  });
});
