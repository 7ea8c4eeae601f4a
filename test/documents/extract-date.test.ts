import { describe, expect, it } from 'vitest';
import { extractDate } from '../../src/documents/extract-date.js';

describe('extractDate', () => {
  it('reads an Arabic dateline with an evening time as 24-hour ISO', () => {
    expect(extractDate('الخميس، 06 يناير 2022 - 08:13 م')).toBe('2022-01-06T20:13');
  });

  it('reads a morning time, 12 ص being midnight', () => {
    expect(extractDate('12 ديسمبر 2021 - 12:30 ص')).toBe('2021-12-12T00:30');
    expect(extractDate('3 مارس 2022 - 09:05 ص')).toBe('2022-03-03T09:05');
  });

  it('reads Arabic-Indic digits', () => {
    expect(extractDate('٦ يناير ٢٠٢٢')).toBe('2022-01-06');
  });

  it('reads Levantine month names', () => {
    expect(extractDate('7 كانون الثاني 2022')).toBe('2022-01-07');
    expect(extractDate('1 آذار 2022')).toBe('2022-03-01');
  });

  it('reads English and Russian datelines', () => {
    expect(extractDate('January 6, 2022')).toBe('2022-01-06');
    expect(extractDate('6 января 2022')).toBe('2022-01-06');
  });

  it('reads an ISO date', () => {
    expect(extractDate('Published 2022-01-06')).toBe('2022-01-06');
  });

  it('returns undefined for a line without a full date', () => {
    expect(extractDate('نشر الخبر يوم الخميس')).toBeUndefined();
    expect(extractDate('في 6 يناير')).toBeUndefined();
  });

  it('returns undefined for an impossible date', () => {
    expect(extractDate('2022-13-40')).toBeUndefined();
  });
});
