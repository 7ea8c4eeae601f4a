import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { RLM } from '../../../adapters/discord/format-markdown.js';
import * as L from '../../../adapters/discord/limits.js';
import { renderHelp, renderPassage, renderSources } from '../../../adapters/discord/render-documents.js';
import { safeUrl } from '../../../adapters/discord/format-source.js';
import { renderAnswer, renderNotFound, type RenderedMessage } from '../../../adapters/discord/render.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { SourceDocument } from '../../../src/documents/document.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const H = HOSTILE_STRINGS;
const hostile = Object.values(H).join(' ');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every text part of an embed that Discord renders as markdown. */
const markdownParts = (e: APIEmbed) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];

/** Asserts every Discord limit on a rendered message. */
function expectWithinLimits({ embeds, components }: RenderedMessage): void {
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
    for (const part of markdownParts(e)) {
      expect(part).not.toMatch(loneSurrogate);
      expect(part).not.toMatch(/[\u202A-\u202E\uFEFF]/);
      expect(part).not.toContain(String.fromCharCode(0));
      expect((part.replace(/\\./g, '').match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
  }
  expect(components.length).toBeLessThanOrEqual(L.DISCORD_MESSAGE_ROWS_MAX);
  for (const row of components as APIActionRowComponent<APIButtonComponent>[]) {
    expect(row.components.length).toBeLessThanOrEqual(L.DISCORD_ROW_BUTTONS_MAX);
    for (const b of row.components) {
      expect('custom_id' in b && b.custom_id.length).toBeLessThanOrEqual(L.DISCORD_CUSTOM_ID_MAX_CHARS);
      expect('label' in b && (b.label ?? '').length).toBeLessThanOrEqual(L.DISCORD_BUTTON_LABEL_MAX_CHARS);
    }
  }
}

/** Text with links and our own bold markers removed: what is left must have no live markup or mention. */
const echoedOnly = (part: string) => part.replace(/\]\(https?:[^)\s]+\)/g, '').replace(/\\./g, '').replace(/\*\*/g, '').replace(/^\u200F?\[|(?<=[\s\u200F])\[/gm, '');

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

describe('renderAnswer', () => {
  it('renders the golden answer: quote with bold highlights and citations, passages, linked sources, footer, buttons', () => {
    const answer: Answer = {
      question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
      quote: [{ text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [{ start: 14, end: 18 }, { start: 19, end: 22 }, { start: 23, end: 29 }], citations: [1] }],
      passages: [{ rank: 1, score: 3, passageId: 'd1#2', docId: 'd1', title: 'عنوان', source: 'RT عربي', text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [], citations: [1] },
        { rank: 2, score: 2, passageId: 'd2#5', docId: 'd2', title: 'خبر', text: 'وصلت القوات.', highlights: [{ start: 5, end: 11 }], citations: [2] }],
      sources: [{ n: 1, docId: 'd1', title: 'عنوان', outlet: 'RT عربي', url: 'https://ar.rt.com/s48q' }, { n: 2, docId: 'd2', title: 'خبر', date: '2022-01-06T20:13' }],
    };
    expect(renderAnswer(answer, { pinnable: true, moreKey: 'KEY' })).toEqual({
      embeds: [{
        color: 0x2b7a78,
        title: 'Who sent peacekeepers?',
        description: `${RLM}أرسلت المنظمة **قوات حفظ السلام** (\u2068CSTO\u2069). \\[1\\]`,
        fields: [
          { name: `${RLM}\\[2\\] ${RLM}\u2068outlet not stated\u2069`, value: `${RLM}وصلت **القوات**.` },
          { name: 'Sources', value: `${RLM}**\\[1\\]** ${RLM}\u2068RT\u2069 عربي — [${RLM}عنوان](https://ar.rt.com/s48q)\n${RLM}**\\[2\\]** ${RLM}\u2068outlet not stated\u2069 — ${RLM}خبر · 2022\\-01\\-06` },
        ],
        footer: { text: 'Text quoted word for word from the documents cited.' },
      }],
      components: [
        { type: 1, components: [
          { type: 2, custom_id: 'kz:p:d1#2', label: 'Passage 1', emoji: { name: '📄' }, style: 2 },
          { type: 2, custom_id: 'kz:p:d2#5', label: 'Passage 2', emoji: { name: '📄' }, style: 2 },
        ] },
        { type: 1, components: [
          { type: 2, custom_id: 'kz:m:KEY', label: 'More sources', emoji: { name: '📚' }, style: 1 },
          { type: 2, custom_id: 'kz:pin', label: 'Pin', emoji: { name: '📌' }, style: 2 },
        ] },
      ],
    });
  });

  it('respects every Discord limit with hostile, 10,000-character content everywhere', () => {
    const message = renderAnswer(hostileAnswer(), { pinnable: true, moreKey: 'k'.repeat(16) });
    expectWithinLimits(message);
    expect(message.embeds[0]!.fields!.length).toBeGreaterThan(2);
  });

  it('escapes markdown and keeps mentions inert in everything it echoes', () => {
    const [embed] = renderAnswer(hostileAnswer()).embeds;
    for (const part of markdownParts(embed!)) expect(echoedOnly(part)).not.toMatch(/[@<`|~_*]/);
    expect(embed!.title).toContain('\\@everyone');
    expect(JSON.stringify(embed)).not.toMatch(/(?<!\\)<@/);
  });

  it('starts every Arabic line with U+200F', () => {
    const [embed] = renderAnswer(hostileAnswer()).embeds;
    for (const part of [embed!.description!, ...embed!.fields!.flatMap((f) => [f.name, f.value])]) {
      for (const line of part.split('\n')) expect(line.startsWith(RLM), line.slice(0, 40)).toBe(true);
    }
  });

  it('encodes parentheses and spaces in links, and drops other schemes', () => {
    expect(safeUrl('https://evil.example/a(b)c d')).toBe('https://evil.example/a%28b%29c%20d');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('leaves out the pin button when not pinnable and the more button without a key', () => {
    const ids = renderAnswer(hostileAnswer()).components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.some((id) => id === 'kz:pin' || id.startsWith('kz:m:'))).toBe(false);
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });
});

describe('renderNotFound', () => {
  const base: Answer = { question: H.everyone!, language: 'en', status: 'not_found', quote: [], passages: [], sources: [] };

  it('says so kindly and suggests example questions, escaped', () => {
    const message = renderNotFound(base, { examples: ['What happened at *Almaty*?', H.everyone!] });
    expectWithinLimits(message);
    expect(message.embeds[0]!.description).toContain('The documents do not answer this question.');
    expect(message.embeds[0]!.description).toContain('• What happened at \\*Almaty\\*?');
    expect(message.components).toEqual([]);
  });

  it('explains a question that is too long, empty or wordless', () => {
    expect(renderNotFound({ ...base, question: H.tenThousand!, problem: 'too_long' }).embeds[0]!.description).toContain('1000');
    const empty = renderNotFound({ ...base, question: '', problem: 'empty' }, { examples: ['Q?'] }).embeds[0]!;
    expect(empty.title).toBeUndefined();
    expect(empty.description).toContain('• Q?');
    expect(renderNotFound({ ...base, language: 'ar', problem: 'no_words' }).embeds[0]!.description!.startsWith(RLM)).toBe(true);
  });
});

describe('renderSources, renderPassage, renderHelp', () => {
  const doc = (i: number): SourceDocument => ({ id: `d${i}`, title: `${H.markdown} ${H.longArabic}`, outlet: H.everyone, url: 'https://ar.rt.com/s48q', paragraphs: [] });

  it('lists as many documents as fit, then how many more', () => {
    const message = renderSources(Array.from({ length: 300 }, (_, i) => doc(i)), 'en');
    expectWithinLimits(message);
    expect(message.embeds[0]!.description).toMatch(/and \d+ more\.$/);
  });

  it('shows a 10,000-character passage within the limits, with its source', () => {
    const message = renderPassage({ id: 'd1#1', docId: 'd1', ordinal: 0, text: `${hostile} ${H.tenThousand}` }, doc(1), 'ar');
    expectWithinLimits(message);
    expect(message.embeds[0]!.url).toBe('https://ar.rt.com/s48q');
    expect(message.embeds[0]!.fields![0]!.value).toContain('](https://ar.rt.com/s48q)');
  });

  it('writes help right to left in Arabic, with examples', () => {
    const message = renderHelp('ar', ['سؤال؟']);
    expectWithinLimits(message);
    for (const line of message.embeds[0]!.description!.split('\n').filter(Boolean)) expect(line.startsWith(RLM)).toBe(true);
  });
});
