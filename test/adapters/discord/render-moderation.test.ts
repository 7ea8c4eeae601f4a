import { ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIMessageTopLevelComponent } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { voteButtons, votedAnswerId, withPinState, withVoteCounts } from '../../../adapters/discord/buttons.js';
import { fitLines } from '../../../adapters/discord/fit-lines.js';
import { RLM } from '../../../adapters/discord/format-markdown.js';
import * as L from '../../../adapters/discord/limits.js';
import { renderCurated } from '../../../adapters/discord/render-curated.js';
import { renderDigest } from '../../../adapters/discord/render-digest.js';
import { renderPinnedList } from '../../../adapters/discord/render-pinned.js';
import { renderAnswer } from '../../../adapters/discord/render.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { PinnedAnswer } from '../../../src/store/store.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const H = HOSTILE_STRINGS;
/** Every hostile string but the 10,000-character ones (a question the core answers has at most 1000). */
const hostile = Object.entries(H).filter(([name]) => name !== 'tenThousand' && name !== 'longArabic').map(([, text]) => text).join(' ');
const ANSWER: Answer = {
  question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
  quote: [{ text: 'The CSTO sent peacekeepers.', highlights: [], citations: [1] }],
  passages: [{ rank: 1, score: 1, passageId: 'd1#1', docId: 'd1', title: 'T', text: 'The CSTO sent peacekeepers.', highlights: [], citations: [1] }],
  sources: [{ n: 1, docId: 'd1', title: 'T' }],
};

function pinnedAnswer(n: number, question = `${hostile} ${n}`): PinnedAnswer {
  const chat = { platform: 'discord' as const, chatId: '300000000000000001' };
  return {
    pin: { ...chat, answerId: n, messageId: String(500000000000000000n + BigInt(n)), pinnedBy: '4', pinnedAt: 1_641_500_000_000 },
    answer: { ...chat, id: n, question, questionKey: 'k', answer: { ...ANSWER, question }, sentAt: 1_641_500_000_000 },
  };
}

const ids = (rows: readonly APIMessageTopLevelComponent[]) =>
  rows.flatMap((r) => (r.type === ComponentType.ActionRow ? r.components.map((b) => ('custom_id' in b ? `${b.custom_id}=${'label' in b ? b.label ?? '' : ''}` : '')) : []));
/** Text with links, escapes and our own markup removed: no live markup or mention may be left. */
const echoedOnly = (part: string) => part.replace(/\]\(https?:[^)\s]+\)/g, '').replace(/\\./g, '').replace(/\*\*/g, '').replace(/<t:\d+:d>/g, '').replace(/(^|[\s\u200F])\[/gm, '$1');

describe('voteButtons, withVoteCounts, withPinState', () => {
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [
    { type: ComponentType.ActionRow, components: renderAnswer(ANSWER, { pinnable: true, votes: { answerId: 7, tally: { up: 0, down: 0 } } }).components[1]!.components as APIButtonComponentWithCustomId[] },
  ];

  it('labels 👍/👎 with their counts once there are votes', () => {
    expect(voteButtons(7, { up: 0, down: 2 }).map((b) => [b.custom_id, b.emoji?.name, b.label])).toEqual([['kz:v:7:u', '👍', undefined], ['kz:v:7:d', '👎', '2']]);
  });

  it('changes only the buttons concerned, and finds the answer the votes belong to', () => {
    expect(ids(withVoteCounts(rows, 7, { up: 3, down: 1 }))).toEqual(['kz:pin=Pin', 'kz:v:7:u=3', 'kz:v:7:d=1']);
    expect(ids(withVoteCounts(rows, 8, { up: 3, down: 1 }))).toEqual(ids(rows));
    expect(ids(withPinState(rows, 'ru', true))).toEqual(['kz:pin=Открепить', 'kz:v:7:u=', 'kz:v:7:d=']);
    expect(votedAnswerId(rows)).toBe(7);
    expect(votedAnswerId([])).toBeUndefined();
  });
});

describe('renderCurated', () => {
  it('marks the pinned answer as the moderators\', links its message, and offers votes and Fresh search but no 📌', () => {
    const message = renderCurated(pinnedAnswer(3, ANSWER.question), { guildId: '2', language: 'en', tally: { up: 1, down: 0 }, freshKey: 'KEY' });
    expect(message.content).toBe('📌 **Answer pinned by this channel\'s moderators** for a similar question · [pinned message](https://discord.com/channels/2/300000000000000001/500000000000000003)');
    expect(message.embeds[0]!.title).toBe(ANSWER.question);
    expect(ids(message.components).slice(-3)).toEqual(['kz:v:3:u=1', 'kz:v:3:d=', 'kz:f:KEY=Fresh search']);
  });

  it('starts the Arabic line right to left', () => {
    expect(renderCurated(pinnedAnswer(3), { guildId: '2', language: 'ar', tally: { up: 0, down: 0 } }).content.startsWith(RLM)).toBe(true);
  });
});

describe('renderPinnedList', () => {
  it('lists 250 hostile questions within one embed, escaped, then how many more', () => {
    const { embeds } = renderPinnedList(Array.from({ length: 250 }, (_, i) => pinnedAnswer(i + 1)), '2', 'en');
    const description = embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    expect(description).toMatch(/\nand \d+ more\.$/);
    expect(description.split('\n')[0]).toMatch(/^\u200F?\*\*1\.\*\* \[.+\]\(https:\/\/discord\.com\/channels\/2\/300000000000000001\/500000000000000001\) · <t:1641500000:d>$/);
    expect(echoedOnly(description)).not.toMatch(/[@<`|~_*]/);
  });
});

describe('renderDigest', () => {
  it('keeps ten hostile lines of each list within the limits, linking answers with a message', () => {
    const unanswered = Array.from({ length: 10 }, (_, i) => ({ questionKey: `k${i}`, question: `${hostile} ${i}`, count: 10 - i, lastAskedAt: 0 }));
    const disliked = Array.from({ length: 10 }, (_, i) => ({
      answerId: i, question: `${H.everyone} ${H.longArabic}`, messageId: i % 2 ? String(600000000000000000n + BigInt(i)) : undefined, up: 0, down: 3,
    }));
    const guild = { guildId: '200000000000000001', channelId: '300000000000000001' };
    const { embeds } = renderDigest({ unanswered, disliked }, { days: 30, ...guild, language: 'ar' });
    const description = embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(L.DISCORD_EMBED_DESCRIPTION_MAX_CHARS);
    const lines = description.split('\n');
    expect(lines).toHaveLength(2 + 20 + 1); // two headings, ten lines each, the blank line between
    for (const line of lines.filter(Boolean)) expect(line.startsWith(RLM)).toBe(true);
    expect(echoedOnly(description)).not.toMatch(/[@<`|~_*]/);
    expect(description).toContain(`](https://discord.com/channels/${guild.guildId}/${guild.channelId}/600000000000000001)`);
  });
});

describe('fitLines', () => {
  it('keeps whole lines, leaving room for "and N more" only when something is left out', () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 14)).toEqual({ kept: ['aaaa', 'bbbb', 'cccc'], left: 0 });
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 14, 5)).toEqual({ kept: ['aaaa', 'bbbb', 'cccc'], left: 0 }); // no "more" needed
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 13, 5)).toEqual({ kept: ['aaaa'], left: 2 });
    expect(fitLines(['aaaa', 'bbbb'], 3)).toEqual({ kept: [], left: 2 });
  });
});
