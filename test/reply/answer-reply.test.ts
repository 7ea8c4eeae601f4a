import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { answerReply, rankMark } from '../../src/reply/answer-reply.js';
import { replyText } from '../../src/reply/reply.js';

const ANSWER: Answer = {
  question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
  quote: [{ text: 'The CSTO sent peacekeepers.', highlights: [{ start: 4, end: 8 }], citations: [1] }],
  passages: [
    { rank: 1, score: 2, passageId: 'd1#1', docId: 'd1', title: 'T1', text: 'The CSTO sent peacekeepers.', highlights: [], citations: [1] },
    { rank: 2, score: 1, passageId: 'd2#4', docId: 'd2', title: 'T2', text: 'Troops arrived.', highlights: [], citations: [2, 3] },
  ],
  sources: [{ n: 1, docId: 'd1', title: 'T1', outlet: 'RT', url: 'https://ar.rt.com/s48q' }, { n: 2, docId: 'd2', title: 'T2' }, { n: 3, docId: 'd3', title: 'T3', date: '2022-01-06' }],
};

describe('answerReply', () => {
  it('builds the question, the quote with its citations, the passages beyond the quote, and the numbered sources', () => {
    const reply = answerReply(ANSWER);
    expect(reply.blocks.map((b) => b.kind)).toEqual(['question', 'quote', 'heading', 'passage', 'sources']);
    expect(replyText(reply)).toBe([
      'Who sent peacekeepers?',
      '«The CSTO sent peacekeepers.» [1]',
      'Supporting passages',
      '② [2][3] Troops arrived.',
      '📚 Sources\n[1] RT — «T1»\n[2] outlet not stated — «T2»\n[3] outlet not stated — «T3» — January 6, 2022\nText quoted word for word from the documents cited.',
    ].join('\n\n'));
  });

  it('leaves out a passage the quote already shows whole, but keeps its 📄 button', () => {
    const reply = answerReply(ANSWER);
    expect(reply.blocks.filter((b) => b.kind === 'passage')).toHaveLength(1);
    expect(reply.actions).toEqual([
      { kind: 'passage', passageId: 'd1#1', label: 'Passage ①' },
      { kind: 'passage', passageId: 'd2#4', label: 'Passage ②' },
    ]);
  });

  it('links a source\'s headline to its original', () => {
    const sources = answerReply(ANSWER).blocks.at(-1)!;
    expect(sources.kind === 'sources' && sources.lines[0]).toContainEqual({ type: 'link', text: '«T1»', url: 'https://ar.rt.com/s48q' });
  });

  it('declines clearly, with examples to tap; an over-long question gets the limit and no examples', () => {
    const notFound: Answer = { question: 'Q?', language: 'ar', status: 'not_found', quote: [], passages: [], sources: [] };
    const reply = answerReply(notFound, ['مثال؟']);
    expect(reply.tone).toBe('not_found');
    expect(replyText(reply)).toBe('Q?\n\n🔎 لم أجد في الوثائق ما يجيب عن هذا السؤال.\nجرّب كلمات أخرى أو اسأل عن أحد المواضيع التالية:\n\n• مثال؟');
    expect(reply.actions).toEqual([{ kind: 'ask', question: 'مثال؟' }]);
    expect(replyText(answerReply({ ...notFound, problem: 'too_long' }, ['مثال؟']))).toBe('السؤال طويل جدًا (الحد 1000 حرف). اختصره وأعد المحاولة.');
    expect(replyText(answerReply({ ...notFound, language: 'en', problem: 'empty' }, ['E?']))).toBe('The question is empty. Ask something about the documents, for example:\n\n• E?');
  });
});

describe('rankMark', () => {
  it('marks ranks 1 to 20 with circled numbers, and others in parentheses', () => {
    expect([1, 2, 20, 21].map(rankMark)).toEqual(['①', '②', '⑳', '(21)']);
  });
});
