import { describe, expect, it } from 'vitest';
import { keyboardOf, renderReply, withVotes } from '../../../adapters/telegram/render.js';
import { answerReply, RLM, type Answer, type Reply } from '../../../src/index.js';
import { passagesReply } from '../../../src/reply/passages-reply.js';
import type { AnswerPassage } from '../../../src/answer/answer.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';
import { parseTelegramHtml } from './telegram-html.js';

const ANSWER: Answer = {
  question: 'ما مهمة <b>قوات</b> حفظ @everyone السلام؟', language: 'ar', status: 'answered',
  quote: [{ text: 'CSTO تحمي المنشآت & <script>', highlights: [{ start: 0, end: 4 }, { start: 10, end: 17 }], citations: [1] }],
  passages: [{
    rank: 1, score: 1, passageId: 'd#1', docId: 'd', title: 'عنوان', source: 'RT عربي',
    text: '2500 جندي من قوات حفظ السلام', highlights: [{ start: 13, end: 17 }], citations: [1, 2],
  }],
  sources: [
    { n: 1, docId: 'd', title: 'عنوان <i>', outlet: 'RT عربي', date: '2022-01-06T20:13', url: 'https://ar.rt.com/s48q?a=1&b="2"' },
    { n: 2, docId: 'e', title: 'خبر' },
  ],
};

/** The golden rendering of ANSWER from the one reply model: the short answer, every line right to left, every character escaped. */
const GOLDEN_AR = [
  '\u200F<i>❓ ما مهمة &lt;\u2068b\u2069&gt;قوات&lt;\u2068/b\u2069&gt; حفظ @\u2060\u2068everyone\u2069 السلام؟</i>',
  '<blockquote>\u200F«<b>\u2068CSTO\u2069</b> تحمي <b>المنشآت</b> &amp; &lt;\u2068script\u2069&gt;» [1]</blockquote>',
  '\u200F[1] \u2068RT\u2069 عربي — <a href="https://ar.rt.com/s48q?a=1&amp;b=%222%22">\u2068«عنوان &lt;i&gt;»\u2069</a> — \u20686 يناير 2022 في 8:13 م\u2069\n'
    + '\u200F<i>«» نص منقول حرفيًا</i>',
].join('\n\n');

/** The golden rendering of ANSWER's 📄: each passage under its label, then the sources they cite. */
const GOLDEN_PASSAGES_AR = [
  '\u200F<b>📄 مقاطع داعمة</b>',
  '\u200F<b>المقطع 1 · [1][2] \u2068RT\u2069 عربي — «عنوان»</b>\n\u200F2500 جندي من <b>قوات</b> حفظ السلام',
  '\u200F<b>📚 المصادر</b>\n\u200F[1] \u2068RT\u2069 عربي — <a href="https://ar.rt.com/s48q?a=1&amp;b=%222%22">\u2068«عنوان &lt;i&gt;»\u2069</a> — \u20686 يناير 2022 في 8:13 م\u2069\n'
    + '\u200F[2] مصدر غير مذكور — «خبر»\n\n'
    + '\u200F<i>«» نص منقول حرفيًا</i>',
].join('\n\n');

const keys = { keyFor: async (value: string) => `key${value.length}` };

describe('renderReply', () => {
  it('renders the short answer: question, quote with citations, one line per cited source, the verbatim note (golden)', () => {
    expect(renderReply(answerReply(ANSWER))).toEqual([GOLDEN_AR]);
  });

  it('renders 📄\'s passages whole, each under its passage label (golden)', () => {
    expect(renderReply(passagesReply(ANSWER, '📄 مقاطع داعمة'))).toEqual([GOLDEN_PASSAGES_AR]);
  });

  it('starts every Arabic line with U+200F, so lines opening with Latin, digits or [1] read right to left', () => {
    const text = parseTelegramHtml(GOLDEN_AR).text;
    for (const line of text.split('\n').filter(Boolean)) expect(line.startsWith(RLM)).toBe(true);
    for (const line of parseTelegramHtml(GOLDEN_PASSAGES_AR).text.split('\n').filter(Boolean)) expect(line.startsWith(RLM)).toBe(true);
  });

  it('keeps English wording left to right and Arabic quotes right to left in an English reply', () => {
    const [html] = renderReply(answerReply({ ...ANSWER, language: 'en', question: 'What is the mission?', keyFacts: [{ kind: 'org', text: 'CSTO' }, { kind: 'number', value: 2500 }] }));
    const lines = parseTelegramHtml(html!).text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('❓ What is the mission?');
    expect(lines).toContain('🔤 Quote in Arabic · key facts: CSTO · 2,500');
    expect(lines.at(-1)).toBe('«» quoted word for word');
    expect(lines.find((l) => l.includes('CSTO'))!.startsWith(RLM)).toBe(true);
    expect(lines.find((l) => l.startsWith(`${RLM}[1]`))).toBeDefined();
  });

  it('escapes every hostile string: Telegram would parse each message and no tag comes from input', () => {
    for (const [name, hostile] of Object.entries(HOSTILE_STRINGS)) {
      const answer: Answer = {
        ...ANSWER, question: hostile,
        quote: [{ text: hostile || 'x', highlights: [{ start: 0, end: 3 }], citations: [1] }],
        sources: [{ n: 1, docId: 'd', title: hostile || 't', outlet: hostile || undefined, url: 'javascript:alert(1)' }],
      };
      for (const html of renderReply(answerReply(answer, [hostile]))) {
        const tags = html.match(/<[^>]*>/g) ?? [];
        expect(tags.every((t) => /^<\/?(b|i|blockquote)>$/.test(t)), name).toBe(true);
        expect(() => parseTelegramHtml(html), name).not.toThrow();
        expect(parseTelegramHtml(html).text.length, name).toBeLessThanOrEqual(4096);
        expect(html, name).not.toContain('\u0000');
        expect(html, name).not.toMatch(/[\u202A-\u202E]/);
      }
    }
  });

  it('answers "not found" clearly with example questions', () => {
    const notFound: Answer = { question: 'How do I reset my password?', language: 'en', status: 'not_found', quote: [], passages: [], sources: [] };
    const text = parseTelegramHtml(renderReply(answerReply(notFound, ['Why did the protests start?']))[0]!).text;
    expect(text).toContain('The documents do not answer this question.');
    expect(text).toContain('• Why did the protests start?');
    expect(text).toContain('❓ How do I reset my password?');
  });

  it('keeps the short answer short: no passage text under it', () => {
    const text = parseTelegramHtml(renderReply(answerReply(ANSWER))[0]!).text;
    expect(text).not.toContain('2500 جندي');
    expect(text.length).toBeLessThan(200);
  });
});

describe('renderReply splitting', () => {
  const passage = (rank: number, length: number): AnswerPassage => ({
    rank, score: 1, passageId: `d#${rank}`, docId: 'd', title: 't', text: `${'ك'.repeat(9)} `.repeat(length / 10), highlights: [{ start: 0, end: 9 }], citations: [1],
  });
  const long: Answer = {
    ...ANSWER, question: 'سؤال',
    passages: Array.from({ length: 10 }, (_, i) => passage(i + 1, 1000)),
    sources: Array.from({ length: 10 }, (_, i) => ({ n: i + 1, docId: `d${i}`, title: `عنوان ${'خبر '.repeat(30)}`, outlet: 'RT عربي', url: `https://example.org/${i}` })),
  };

  it('splits 📄\'s passages at the limit on block boundaries, sources and note on the last part', () => {
    const parts = renderReply(passagesReply(long, '📄'), { max: 2000 });
    expect(parts.length).toBeGreaterThan(1);
    const texts = parts.map((p) => parseTelegramHtml(p).text);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(2000);
    expect(texts.at(-1)).toContain('📚 المصادر');
    expect(texts.at(-1)!.trimEnd().endsWith('«» نص منقول حرفيًا')).toBe(true);
    for (const text of texts.slice(0, -1)) expect(text).not.toContain('📚');
    expect(texts.join('').split('المقطع 2 ').length - 1).toBe(1);
  });

  it('cuts a single block longer than a message at a sentence end and keeps U+200F on the continuation', () => {
    const sentence = 'جملة عربية قصيرة تنتهي بنقطة. ';
    const giant: Answer = { ...ANSWER, quote: [{ text: sentence.repeat(400), highlights: [], citations: [1] }], passages: [] };
    const texts = renderReply(answerReply(giant)).map((p) => parseTelegramHtml(p).text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text.startsWith(RLM)).toBe(true);
    }
    expect(texts[0]!.trimEnd().endsWith('بنقطة.')).toBe(true);
  });

  it('never splits a surrogate pair, even with no boundary at all', () => {
    const emoji: Answer = { ...ANSWER, quote: [{ text: '😀'.repeat(5000), highlights: [], citations: [1] }], passages: [] };
    for (const html of renderReply(answerReply(emoji))) {
      const { text } = parseTelegramHtml(html);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('keyboardOf', () => {
  const reply: Reply = {
    ...answerReply({ ...ANSWER, passages: [ANSWER.passages[0]!, { ...ANSWER.passages[0]!, rank: 2, passageId: `${'وثيقة_'.repeat(8)}#3` }] }),
  };

  it('lays out 📄 (the passages; or each passage, on older replies), then ➕ 🔎 📌, then 👍/👎 with the recorded answer\'s id', async () => {
    const markup = await keyboardOf({
      ...reply,
      actions: [...reply.actions, { kind: 'passage', passageId: 'd#1', label: 'المقطع ①' }, { kind: 'passage', passageId: `${'وثيقة_'.repeat(8)}#3`, label: 'المقطع ②' }, { kind: 'more', label: 'x' }, { kind: 'fresh', key: 'AbC_12-xyz90', label: 'بحث جديد' }, { kind: 'pin', pinned: false, label: 'تثبيت' }, { kind: 'vote', tally: { up: 2, down: 0 } }],
    }, { ...keys, answerId: 42, firstMessageId: 7 });
    expect(markup!.inline_keyboard.map((row) => row.map((b) => [b.text, 'callback_data' in b ? b.callback_data : '']))).toEqual([
      [['📄 المقاطع', 'd:ar:42'], ['📄 المقطع ①', 'p:ar:d#1'], ['📄 المقطع ②', 'k:ar:key50']],
      [['➕ مصادر أخرى', 'ma:ar:42'], ['🔎 بحث جديد', 'f:ar:AbC_12-xyz90'], ['📌 تثبيت', 'pin:7']],
      [['👍 2', 'v:42:u'], ['👎', 'v:42:d']],
    ]);
  });

  it('keeps every button within Telegram\'s 64 bytes, leaving out one whose key the store could not keep', async () => {
    const markup = await keyboardOf({ ...reply, actions: [...reply.actions, { kind: 'passage', passageId: 'd#1', label: 'المقطع ①' }, { kind: 'passage', passageId: `${'وثيقة_'.repeat(8)}#3`, label: 'المقطع ②' }] }, { keyFor: async () => undefined });
    expect(markup!.inline_keyboard.flat().map((b) => [b.text, 'callback_data' in b && b.callback_data])).toEqual([['📄 المقاطع', 'd:ar'], ['📄 المقطع ①', 'p:ar:d#1']]);
  });

  it('asks ❓ examples through stored keys, and shows new vote counts on the same buttons', async () => {
    const notFound = answerReply({ question: 'q', language: 'en', status: 'not_found', quote: [], passages: [], sources: [] }, ['Why did the protests start?']);
    expect((await keyboardOf(notFound, keys))!.inline_keyboard).toEqual([[{ text: '❓ Why did the protests start?', callback_data: 'q:key27' }]]);
    const votes = { inline_keyboard: [[{ text: '📄', callback_data: 'p:ar:d#1' }], [{ text: '👍', callback_data: 'v:9:u' }, { text: '👎', callback_data: 'v:9:d' }]] };
    expect(withVotes(votes, { up: 3, down: 1 })!.inline_keyboard).toEqual([[{ text: '📄', callback_data: 'p:ar:d#1' }], [{ text: '👍 3', callback_data: 'v:9:u' }, { text: '👎 1', callback_data: 'v:9:d' }]]);
  });
});
