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
  it('gives the short answer: the quote with its citations, the key-facts line, one line per source the quote cites, the verbatim note', () => {
    const reply = answerReply({ ...ANSWER, keyFacts: [{ kind: 'org', text: 'CSTO' }, { kind: 'number', value: 2500 }, { kind: 'date', year: 2022, month: 1, day: 6 }] });
    expect(reply.blocks.map((b) => b.kind)).toEqual(['question', 'quote', 'paragraph', 'sources']);
    expect(replyText(reply)).toBe([
      'Who sent peacekeepers?',
      '«The CSTO sent peacekeepers.» [1]',
      '🔤 Quote in Arabic · key facts: CSTO · 2,500 · January 6, 2022',
      '[1] RT — «T1»\n«» quoted word for word',
    ].join('\n\n'));
  });

  it('names the agency a source credits beside its outlet, in the reader\'s language', () => {
    const citing = { ...ANSWER, sources: [{ ...ANSWER.sources[0]!, via: 'Novosti' }, ...ANSWER.sources.slice(1)] };
    expect(replyText(answerReply(citing))).toContain('[1] RT (citing Novosti) — «T1»');
    expect(replyText(answerReply({ ...citing, language: 'ar' }))).toContain('[1] RT (نقلًا عن Novosti) — «T1»');
    expect(replyText(answerReply({ ...citing, language: 'ru' }))).toContain('[1] RT (со ссылкой на Novosti) — «T1»');
  });

  it('answers "when was it published?" with the report\'s date and its source line, in the reader\'s language', () => {
    const published: Answer = { ...ANSWER, question: 'When was it published?', quote: [], passages: [], sources: [{ n: 1, docId: 'd3', title: 'T3', outlet: 'Akhbar', date: '2022-01-06T20:13' }], published: true };
    expect(replyText(answerReply(published))).toBe([
      'When was it published?',
      '📅 Published on January 6, 2022 at 8:13 PM',
      '[1] Akhbar — «T3» — January 6, 2022 at 8:13 PM\nthe date as the report gives it',
    ].join('\n\n'));
    expect(replyText(answerReply({ ...published, language: 'ru' }))).toContain('📅 Опубликовано 6 января 2022 г. в 20:13');
    expect(answerReply(published).actions).toEqual([]);
    // The page's dateline, when the date was read from one, is quoted under it and cited.
    const quoted = answerReply({ ...published, quote: [{ text: 'الخميس، 06 يناير 2022 - 08:13 م', highlights: [], citations: [1] }] });
    expect(replyText(quoted)).toContain('📅 Published on January 6, 2022 at 8:13 PM\n\n«الخميس، 06 يناير 2022 - 08:13 م» [1]\n\n[1] Akhbar');
  });

  it('answers "got the link?" with the report\'s address as a link, then its source line, in the reader\'s language', () => {
    const source = ANSWER.sources[0]!;
    const linked: Answer = { ...ANSWER, question: 'Link to the RT story?', quote: [{ text: source.url!, highlights: [], citations: [1] }], passages: [], sources: [source], linked: true };
    const reply = answerReply(linked);
    expect(replyText(reply)).toBe(['Link to the RT story?', '🔗 Link to the report: https://ar.rt.com/s48q', '[1] RT — «T1»\nthe address as the report gives it'].join('\n\n'));
    expect(reply.blocks[1]).toEqual({ kind: 'paragraph', spans: [{ type: 'text', text: '🔗 Link to the report: ' }, { type: 'link', text: 'https://ar.rt.com/s48q', url: 'https://ar.rt.com/s48q' }] });
    expect(replyText(answerReply({ ...linked, language: 'ar' }))).toContain('🔗 رابط التقرير: https://ar.rt.com/s48q');
    expect(replyText(answerReply({ ...linked, language: 'ru' }))).toContain('🔗 Ссылка на материал: https://ar.rt.com/s48q');
    expect(reply.actions).toEqual([]);
  });

  it('says which report gives no date or no address, rather than "not found" with examples on other topics', () => {
    const source = { n: 1, docId: 'd4', title: 'T4', outlet: 'Sada' };
    const unstated: Answer = { ...ANSWER, question: 'When was it published?', status: 'not_found', quote: [], passages: [], sources: [source], unstated: 'date' };
    const reply = answerReply(unstated, ['Why did the protests start?']);
    expect(replyText(reply)).toBe(['When was it published?', '📅 The report does not give its date.', '[1] Sada — «T4»\nthe report the question asks about'].join('\n\n'));
    expect(reply.tone).toBe('not_found');
    expect(reply.actions).toEqual([]);
    expect(replyText(answerReply({ ...unstated, unstated: 'link', language: 'ar' }))).toContain('🔗 لا يذكر التقرير رابطه.');
    expect(replyText(answerReply({ ...unstated, language: 'ru' }))).toContain('📅 В материале не указана дата публикации.');
  });

  it('offers the supporting passages behind one 📄 button, not one button a passage', () => {
    expect(answerReply(ANSWER).actions).toEqual([{ kind: 'passages', label: 'Passages' }]);
  });

  it('offers no 📄 when the only passage is the quote itself', () => {
    expect(answerReply({ ...ANSWER, passages: ANSWER.passages.slice(0, 1) }).actions).toEqual([]);
  });

  it('says the quote is in Arabic to a reader of English or Russian even without key facts, and nothing of the kind in Arabic', () => {
    expect(replyText(answerReply({ ...ANSWER, language: 'ru' }))).toContain('🔤 Цитата на арабском\n');
    expect(answerReply({ ...ANSWER, language: 'ar', keyFacts: [{ kind: 'org', text: 'CSTO' }] }).blocks.map((b) => b.kind)).toEqual(['question', 'quote', 'sources']);
  });

  it('stays short: the sources line and the note take one line each', () => {
    const text = replyText(answerReply(ANSWER));
    expect(text.length).toBeLessThan(150);
    expect(text).not.toContain('Troops arrived');
  });

  it('links a source\'s headline to its original', () => {
    const sources = answerReply(ANSWER).blocks.at(-1)!;
    expect(sources.kind === 'sources' && sources.heading).toBe(undefined);
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

  it('answers a question about the whole collection with the headlines, five at most, and examples that ask about one thing', () => {
    const sources = Array.from({ length: 7 }, (_, i) => ({ n: i + 1, docId: `d${i}`, title: `Headline ${i + 1}`, outlet: 'RT' }));
    const reply = answerReply({ question: 'What happened?', language: 'en', status: 'not_found', quote: [], passages: [], sources, problem: 'too_broad' }, ['Why?']);
    const shown = replyText(reply);
    expect(shown).toContain('That is what the documents are about as a whole');
    expect(shown).toContain('[1] RT — «Headline 1»');
    expect(shown).toContain('«Headline 5»');
    expect(shown).not.toContain('Headline 6');
    expect(shown).toContain('and 2 more.');
    expect(shown).toMatch(/Ask about one thing, for example:\n\n• Why\?$/);
    expect(reply.actions).toEqual([{ kind: 'ask', question: 'Why?' }]);
  });
});

describe('rankMark', () => {
  it('marks ranks 1 to 20 with circled numbers, and others in parentheses', () => {
    expect([1, 2, 20, 21].map(rankMark)).toEqual(['①', '②', '⑳', '(21)']);
  });
});
