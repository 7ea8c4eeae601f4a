import { describe, expect, it } from 'vitest';
import { formatKeyFact, keyFactsBlock } from '../../src/reply/key-facts-line.js';
import { replyText } from '../../src/reply/reply.js';

describe('formatKeyFact', () => {
  it('writes numbers as the reader does: grouped thousands, years ungrouped, millions in words, percentages', () => {
    expect(formatKeyFact({ kind: 'number', value: 2500 }, 'en')).toBe('2,500');
    expect(formatKeyFact({ kind: 'number', value: 2500 }, 'ru')).toBe('2\u00a0500');
    expect(formatKeyFact({ kind: 'number', value: 2022 }, 'en')).toBe('2022');
    expect(formatKeyFact({ kind: 'number', value: 1.5e6 }, 'en')).toBe('1.5 million');
    expect(formatKeyFact({ kind: 'number', value: 25, percent: true }, 'en')).toBe('25%');
    expect(formatKeyFact({ kind: 'number', value: Number.NaN, asWritten: '2.500' }, 'en')).toBe('2.500');
  });

  it('writes dates in the reader\'s language, whole or in part, and none for a day the month lacks', () => {
    expect(formatKeyFact({ kind: 'date', day: 6, month: 1, year: 2022 }, 'en')).toBe('January 6, 2022');
    expect(formatKeyFact({ kind: 'date', day: 6, month: 1, year: 2022 }, 'ru')).toBe('6 января 2022 г.');
    expect(formatKeyFact({ kind: 'date', day: 6, month: 1 }, 'ru')).toBe('6 января');
    expect(formatKeyFact({ kind: 'date', month: 1, year: 2022 }, 'en')).toBe('January 2022');
    expect(formatKeyFact({ kind: 'date', day: 31, month: 2, year: 2022 }, 'en')).toBe(undefined);
  });
});

describe('keyFactsBlock', () => {
  it('says the quote is in Arabic, then the facts, in the reader\'s language', () => {
    const facts = [{ kind: 'number' as const, value: 2500 }, { kind: 'org' as const, text: 'ОДКБ' }, { kind: 'date' as const, day: 6, month: 1, year: 2022 }];
    expect(replyText({ blocks: [keyFactsBlock(facts, 'ru')!] })).toBe('🔤 Цитата на арабском · главное: 2\u00a0500 · ОДКБ · 6 января 2022 г.');
    expect(replyText({ blocks: [keyFactsBlock([], 'en')!] })).toBe('🔤 Quote in Arabic');
    expect(keyFactsBlock(facts, 'ar')).toBe(undefined);
  });
});
