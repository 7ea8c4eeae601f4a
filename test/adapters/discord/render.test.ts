import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as L from '../../../adapters/discord/limits.js';
import { renderReply, type RenderedMessage } from '../../../adapters/discord/render.js';
import { answerReply, createConversation, FSI, loadSanad, noStore, PDI, RLM, type Answer, type Reply } from '../../../src/index.js';
import type { SourceDocument } from '../../../src/documents/document.js';
import { passagesReply } from '../../../src/reply/passages-reply.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const H = HOSTILE_STRINGS;
const hostile = Object.values(H).join(' ');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const quiet = { warn: () => {}, info: () => {}, debug: () => {} };

/** Every text part of an embed that Discord renders as markdown. */
const markdownParts = (e: APIEmbed) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];

/** Asserts every Discord limit, and well-formed markup, on a rendered message. */
function expectWithinLimits({ content, embeds, components }: RenderedMessage): void {
  expect(content.length).toBeLessThanOrEqual(L.DISCORD_MESSAGE_CONTENT_MAX_CHARS);
  expect(embeds.length).toBeLessThanOrEqual(L.DISCORD_MESSAGE_EMBEDS_MAX);
  expect(embeds.reduce((n, e) => n + L.embedLength(e), 0)).toBeLessThanOrEqual(L.DISCORD_EMBEDS_TOTAL_MAX_CHARS);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.DISCORD_EMBED_TITLE_MAX_CHARS);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(L.DISCORD_EMBED_FOOTER_MAX_CHARS);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(L.DISCORD_EMBED_FIELDS_MAX);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(L.DISCORD_EMBED_FIELD_NAME_MAX_CHARS);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(L.DISCORD_EMBED_FIELD_VALUE_MAX_CHARS);
    }
    for (const part of [content, ...markdownParts(e)]) {
      expect(part).not.toMatch(loneSurrogate);
      expect(part).not.toMatch(/[\u202A-\u202E\uFEFF]/);
      expect(part).not.toContain(String.fromCharCode(0));
      expect((part.replace(/\\./g, '').match(/\*\*/g) ?? []).length % 2).toBe(0);
      expect(part.split(FSI).length).toBe(part.split(PDI).length);
    }
  }
  expect(components.length).toBeLessThanOrEqual(L.DISCORD_MESSAGE_ROWS_MAX);
  for (const row of components as APIActionRowComponent<APIButtonComponent>[]) {
    expect(row.components.length).toBeLessThanOrEqual(L.DISCORD_ROW_BUTTONS_MAX);
    for (const b of row.components) {
      expect('custom_id' in b && b.custom_id.length).toBeLessThanOrEqual(L.DISCORD_CUSTOM_ID_MAX_CHARS);
      expect(('label' in b ? b.label ?? '' : '').length).toBeLessThanOrEqual(L.DISCORD_BUTTON_LABEL_MAX_CHARS);
    }
  }
}

/** Text with links and our own bold markers removed: what is left must have no live markup or mention. */
const echoedOnly = (part: string) => part.replace(/\]\(https?:[^)\s]+\)/g, '').replace(/\\./g, '').replace(/\*\*/g, '').replace(/(^|[\s\u200F\u2068])\[/gm, '$1');

function hostileAnswer(): Answer {
  const long = `${H.longArabic} ${hostile} ${H.tenThousand}`;
  const highlights = [{ start: 0, end: 9 }, { start: 20, end: 400 }, { start: 9_990, end: 10_020 }, { start: 30_000, end: 40_000 }];
  const sources = Array.from({ length: 10 }, (_, i) => ({
    n: i + 1, docId: `doc${i}`, title: `${H.markdown} ${H.everyone} ${H.longArabic}`, outlet: H.everyone, date: '2022-01-06T20:13', url: `https://evil.example/a(b)c d?${'x'.repeat(i * 60)}`,
  }));
  return {
    question: `${H.everyone} ${H.markdown} ${H.rtlMarks} ${H.tenThousand}`,
    language: 'ar',
    status: 'answered',
    quote: [{ text: long, highlights, citations: [1, 2] }],
    passages: sources.map((s, i) => ({ rank: i + 1, score: 1, passageId: `${'p'.repeat(i * 10)}#${i}`, docId: s.docId, title: s.title, source: H.markdown, text: `${hostile} ${long}`, highlights, citations: [s.n] })),
    sources,
  };
}

/** An answer reply with every button: ➕, 📌 and 👍/👎 for stored answer 7. */
function withButtons(reply: Reply): Reply {
  return { ...reply, actions: [...reply.actions, { kind: 'more', label: 'x' }, { kind: 'pin', pinned: false, label: 'Pin' }, { kind: 'vote', tally: { up: 0, down: 2 } }] };
}

describe('renderReply', () => {
  const GOLDEN_ANSWER: Answer = {
    question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
    quote: [{ text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [{ start: 14, end: 18 }, { start: 19, end: 22 }, { start: 23, end: 29 }], citations: [1] }],
    passages: [{ rank: 1, score: 3, passageId: 'd1#2', docId: 'd1', title: 'عنوان', source: 'RT عربي', text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [], citations: [1] },
      { rank: 2, score: 2, passageId: 'd2#5', docId: 'd2', title: 'خبر', text: 'وصلت القوات.', highlights: [{ start: 5, end: 11 }], citations: [2] }],
    sources: [{ n: 1, docId: 'd1', title: 'عنوان', outlet: 'RT عربي', url: 'https://ar.rt.com/s48q' }, { n: 2, docId: 'd2', title: 'خبر', date: '2022-01-06T20:13' }],
    keyFacts: [{ kind: 'org', text: 'CSTO' }, { kind: 'term', text: 'peacekeepers' }],
  };

  it('renders the golden short answer: the quote with bold highlights and citations, key facts, the cited source linked, the note, buttons', () => {
    expect(renderReply(withButtons(answerReply(GOLDEN_ANSWER)), { answerId: 7 })).toEqual({
      content: '',
      embeds: [{
        color: 0x2b7a78,
        title: 'Who sent peacekeepers?',
        description: `${RLM}«أرسلت المنظمة **قوات حفظ السلام** (${FSI}CSTO${PDI}).» \\[1\\]\n\n🔤 Quote in Arabic · key facts: CSTO · peacekeepers\n\n`
          + `${RLM}\\[1\\] ${FSI}RT${PDI} عربي — [${FSI}«عنوان»${PDI}](https://ar.rt.com/s48q)`,
        footer: { text: '«» quoted word for word' },
      }],
      components: [
        { type: 1, components: [{ type: 2, custom_id: 'kz:d:en:7', label: 'Passages', emoji: { name: '📄' }, style: 2 }] },
        { type: 1, components: [
          { type: 2, custom_id: 'kz:ma:en:7', label: 'More sources', emoji: { name: '➕' }, style: 1 },
          { type: 2, custom_id: 'kz:pin', label: 'Pin', emoji: { name: '📌' }, style: 2 },
          { type: 2, custom_id: 'kz:v:7:u', emoji: { name: '👍' }, style: 2 },
          { type: 2, custom_id: 'kz:v:7:d', label: '2', emoji: { name: '👎' }, style: 2 },
        ] },
      ],
    });
  });

  it('renders "got the link?" with the address bare, which Discord links (a masked link whose text is a URL shows as markdown)', () => {
    const source = GOLDEN_ANSWER.sources[0]!;
    const linked: Answer = { ...GOLDEN_ANSWER, question: 'Link to the RT story?', quote: [{ text: source.url!, highlights: [], citations: [1] }], passages: [], sources: [source], linked: true, keyFacts: [] };
    const [embed] = renderReply(answerReply(linked)).embeds;
    expect(embed!.description).toContain('🔗 Link to the report: <https://ar.rt.com/s48q>');
    expect(embed!.description).not.toContain('[https://ar.rt.com/s48q]');
    const arabic = renderReply(answerReply({ ...linked, language: 'ar' })).embeds[0]!.description!;
    expect(arabic).toContain(`🔗 رابط التقرير: ${FSI}<https://ar.rt.com/s48q>${PDI}`);
  });

  it('renders 📄\'s passages (golden): the quote left out, each passage a field under its passage label, then the sources', () => {
    expect(renderReply(passagesReply(GOLDEN_ANSWER, '📄 Supporting passages'))).toEqual({
      content: '',
      embeds: [{
        color: 0x2b7a78,
        title: '📄 Supporting passages',
        fields: [
          { name: 'Passage 2 · \\[2\\] outlet not stated — «خبر»', value: `${RLM}وصلت **القوات**.` },
          { name: '📚 Sources', value: '\\[2\\] outlet not stated — «خبر» — January 6, 2022 at 8:13 PM' },
        ],
        footer: { text: '«» quoted word for word' },
      }],
      components: [],
    });
  });

  it('leaves 📄 out when the answer is not stored (the button finds the answer by its id)', () => {
    const ids = renderReply(answerReply(GOLDEN_ANSWER)).components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids).toEqual([]);
  });

  it('respects every Discord limit with hostile, 10,000-character content everywhere', () => {
    const message = renderReply(withButtons(answerReply(hostileAnswer())), { answerId: 7 });
    expectWithinLimits(message);
    const passages = renderReply(passagesReply(hostileAnswer(), `📄 ${H.markdown}`));
    expectWithinLimits(passages);
    expect(passages.embeds[0]!.fields!.length).toBeGreaterThan(2);
  });

  it('escapes markdown and keeps mentions inert in everything it echoes', () => {
    const [embed] = renderReply(answerReply(hostileAnswer())).embeds;
    for (const part of markdownParts(embed!)) expect(echoedOnly(part)).not.toMatch(/[@<`|~_*]/);
    expect(embed!.title).toContain('\\@everyone');
    expect(JSON.stringify(embed)).not.toMatch(/(?<!\\)<@/);
  });

  it('starts every Arabic line with U+200F', () => {
    for (const reply of [answerReply(hostileAnswer()), passagesReply(hostileAnswer())]) {
      const [embed] = renderReply(reply).embeds;
      for (const part of [embed!.description ?? '', ...(embed!.fields ?? []).flatMap((f) => [f.name, f.value])]) {
        for (const line of part.split('\n').filter((l) => /[\u0600-\u06FF]/.test(l))) expect(line.startsWith(RLM), line.slice(0, 40)).toBe(true);
      }
    }
  });

  it('encodes parentheses and spaces in links, and shows other schemes as text', () => {
    const linked = (url: string) => renderReply(answerReply({ ...hostileAnswer(), sources: [{ n: 1, docId: 'd', title: 'T', outlet: 'RT', url }] })).embeds[0]!.description!.split('\n').at(-1)!;
    expect(linked('https://evil.example/a(b)c d')).toBe('\\[1\\] RT — [«T»](https://evil.example/a%28b%29c%20d)');
    expect(linked('javascript:alert(1)')).not.toContain('](');
  });

  it('leaves out 📌, ➕ and 👍/👎 when the reply does not offer them or the answer is not stored', () => {
    const ids = renderReply(withButtons(answerReply(hostileAnswer()))).components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.some((id) => id.startsWith('kz:ma:') || id.startsWith('kz:v:'))).toBe(false);
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });

  it('cuts long text at a token, closing bold and isolates, within the limit', () => {
    const text = 'word '.repeat(600);
    const reply = answerReply({ ...hostileAnswer(), language: 'ar', quote: [{ text: `كلمة ${text}`, highlights: [{ start: 5, end: 2000 }], citations: [1] }], passages: [] });
    const description = renderReply(reply).embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    expect(description).toContain('…');
  });
});

describe('renderReply of declined questions and pages', () => {
  const base: Answer = { question: H.everyone!, language: 'en', status: 'not_found', quote: [], passages: [], sources: [] };
  const sanad = loadSanad({ corpusDir: 'corpus' });
  const conversation = createConversation({ sanad, store: noStore(), log: quiet, now: Date.now });

  it('says so kindly and suggests example questions, escaped, with no buttons', () => {
    const message = renderReply(answerReply(base, ['What happened at *Almaty*?', H.everyone!]));
    expectWithinLimits(message);
    expect(message.embeds[0]!.color).toBe(0xd4a017);
    expect(message.embeds[0]!.description).toContain('The documents do not answer this question.');
    expect(message.embeds[0]!.description).toContain('• What happened at \\*Almaty\\*?');
    expect(message.components).toEqual([]);
  });

  it('explains a question that is too long, empty or wordless', () => {
    expect(renderReply(answerReply({ ...base, question: H.tenThousand!, problem: 'too_long' })).embeds[0]!.description).toContain('1000');
    const empty = renderReply(answerReply({ ...base, question: '', problem: 'empty' }, ['Q?'])).embeds[0]!;
    expect(empty.title).toBeUndefined();
    expect(empty.description).toContain('• Q?');
    expect(renderReply(answerReply({ ...base, language: 'ar', problem: 'no_words' })).embeds[0]!.description!.startsWith(RLM)).toBe(true);
  });

  it('lists as many documents as fit, then how many more', () => {
    const doc = (i: number): SourceDocument => ({ id: `d${i}`, title: `${H.markdown} ${H.longArabic}`, outlet: H.everyone, url: 'https://ar.rt.com/s48q', paragraphs: [] });
    const many = createConversation({ sanad: { ...sanad, documents: Array.from({ length: 300 }, (_, i) => doc(i)) }, store: noStore(), log: quiet, now: Date.now });
    const message = renderReply(many.sources({ platform: 'discord', chatId: 'c', userLanguage: 'en' }));
    expectWithinLimits(message);
    expect(message.embeds[0]!.description).toMatch(/and \d+ more\.$/);
  });

  it('shows a 10,000-character passage within the limits, with its source', async () => {
    const long = { ...sanad, passage: () => ({ id: 'd1#1', docId: 'd1', ordinal: 0, text: `${hostile} ${H.tenThousand}` }), document: () => sanad.documents.find((d) => d.url)! };
    const reply = await createConversation({ sanad: long, store: noStore(), log: quiet, now: Date.now }).passage({ platform: 'discord', chatId: 'c', passageId: 'd1#1', answerLanguage: 'ar' });
    const message = renderReply(reply);
    expectWithinLimits(message);
    expect(message.embeds[0]!.fields![0]!.value).toContain('](https://ar.rt.com/s48q)');
  });

  it('writes help right to left in Arabic, with examples', () => {
    const message = renderReply(conversation.help({ platform: 'discord', chatId: 'c', userLanguage: 'ar' }));
    expectWithinLimits(message);
    for (const line of message.embeds[0]!.description!.split('\n').filter(Boolean)) expect(line.startsWith(RLM), line).toBe(true);
  });

  it('sends a short notice as plain content', () => {
    expect(renderReply(conversation.notice({ platform: 'discord', chatId: 'c', userLanguage: 'ru' }, 'unknownAction'))).toEqual({ content: 'Я не знаю эту кнопку. Задайте вопрос заново.', embeds: [], components: [] });
  });
});
