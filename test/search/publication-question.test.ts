import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { questionForm } from '../../src/search/question-form.js';
import { asksWhenPublished, publicationWordIndexes } from '../../src/search/publication-question.js';

function asks(question: string): boolean {
  const tokens = analyze(question);
  return asksWhenPublished(tokens, questionForm(tokens) === 'time');
}

describe('asksWhenPublished', () => {
  it('reads "when was the report published?" in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'متى نُشر هذا التقرير؟', 'امتى نزل الخبر ده؟', 'when was the article posted?', 'what date was the story published on?',
      'when was it published?', 'когда вышла эта статья?', 'в какое время опубликовали новость?',
      // Its verb in any form.
      'when did akhbar elyom post it', 'when did they release the story?',
    ]) expect(asks(question), question).toBe(true);
  });

  it('leaves the deploying «نشر», a statement\'s date and any other "when"', () => {
    for (const question of [
      'متى نشرت القوات في البلاد؟', 'متى صدر البيان؟', 'when did the ministry publish its statement?', 'when did the protests start?', 'когда вышли войска?',
      'when did the troops take up their posts?',
    ]) expect(asks(question), question).toBe(false);
  });

  it('finds the words that ask about publishing, which tell nothing of which report', () => {
    const tokens = analyze('when was the RT article about the memo published?');
    expect([...publicationWordIndexes(tokens)].map((i) => tokens[i]!.normalized).sort()).toEqual(['article', 'published']);
  });
});
