import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/reply/format-date.js';

describe('formatDate', () => {
  it('writes a document\'s date in the reply\'s language, with Latin digits', () => {
    expect(formatDate('2022-01-06', 'en')).toBe('January 6, 2022');
    expect(formatDate('2022-01-06', 'ru')).toBe('6 января 2022 г.');
    expect(formatDate('2022-01-06', 'ar')).toBe('6 يناير 2022');
  });

  it('keeps the time of day a document gives, as written (no time zone assumed)', () => {
    expect(formatDate('2022-01-06T20:13', 'en')).toBe('January 6, 2022 at 8:13 PM');
    expect(formatDate('2022-01-06T20:13:45+06:00', 'ru')).toBe('6 января 2022 г. в 20:13');
  });

  it('writes a record\'s time (epoch milliseconds) as its UTC day', () => {
    expect(formatDate(Date.UTC(2026, 0, 2, 23, 59), 'en')).toBe('January 2, 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('early January', 'en')).toBe('early January');
    expect(formatDate(Number.NaN, 'en')).toBe('');
  });
});
