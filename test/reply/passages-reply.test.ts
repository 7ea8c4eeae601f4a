import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { passagesReply, passageWithoutQuote } from '../../src/reply/passages-reply.js';
import { replyText } from '../../src/reply/reply.js';

const QUOTE = 'The CSTO sent peacekeepers.';
const ANSWER: Answer = {
  question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
  quote: [{ text: QUOTE, highlights: [], citations: [1] }],
  passages: [
    { rank: 1, score: 3, passageId: 'd1#1', docId: 'd1', title: 'T1', source: 'RT', text: `Unrest spread. ${QUOTE} They landed in Almaty.`, highlights: [{ start: 7, end: 13 }, { start: 20, end: 24 }, { start: 58, end: 64 }], citations: [1] },
    { rank: 2, score: 2, passageId: 'd1#2', docId: 'd1', title: 'T1', source: 'RT', text: QUOTE, highlights: [], citations: [1] },
    { rank: 3, score: 1, passageId: 'd1#5', docId: 'd1', title: 'T1', source: 'RT', text: 'Troops arrived.', highlights: [{ start: 0, end: 6 }], citations: [1] },
    { rank: 4, score: 1, passageId: 'd2#4', docId: 'd2', title: 'T2', text: 'Flights stopped.', highlights: [], citations: [2] },
  ],
  sources: [{ n: 1, docId: 'd1', title: 'T1', outlet: 'RT', url: 'https://ar.rt.com/s48q' }, { n: 2, docId: 'd2', title: 'T2', date: '2022-01-06' }],
};

describe('passageWithoutQuote', () => {
  it('keeps the stretches around the quoted sentence, and nothing of a passage that is only the quote', () => {
    expect(passageWithoutQuote(ANSWER.passages[0]!, [QUOTE]).map((k) => k.text)).toEqual(['Unrest spread.', 'They landed in Almaty.']);
    expect(passageWithoutQuote(ANSWER.passages[1]!, [QUOTE])).toEqual([]);
    expect(passageWithoutQuote(ANSWER.passages[2]!, [QUOTE])).toEqual([{ from: 0, text: 'Troops arrived.' }]);
  });
});

describe('passagesReply', () => {
  it('shows every passage but the quote, each labelled by its place and source, never repeating the quote', () => {
    const text = replyText(passagesReply(ANSWER, '📄 Supporting passages'));
    expect(text).toBe([
      '📄 Supporting passages',
      'Passage 1 · [1] RT — «T1» Unrest spread. … They landed in Almaty.',
      'Passage 3 · [1] RT — «T1» Troops arrived.',
      'Passage 4 · [2] outlet not stated — «T2» Flights stopped.',
      '📚 Sources\n[1] RT — «T1»\n[2] outlet not stated — «T2» — January 6, 2022\n«» quoted word for word',
    ].join('\n\n'));
    expect(text).not.toContain(QUOTE);
  });

  it('gives two passages of one source different labels', () => {
    const labels = passagesReply(ANSWER).blocks.flatMap((b) => (b.kind === 'passage' ? [b.label.map((s) => s.text).join('')] : []));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l) => l.includes('[1]'))).toHaveLength(2);
  });

  it('keeps the matched words highlighted in the stretches it shows', () => {
    const first = passagesReply(ANSWER).blocks.find((b) => b.kind === 'passage')!;
    const quotes = first.kind === 'passage' ? first.spans.filter((s) => s.type === 'quote') : [];
    expect(quotes.map((q) => q.type === 'quote' && q.highlights.map((h) => q.text.slice(h.start, h.end)))).toEqual([['spread'], ['Almaty']]);
  });
});
