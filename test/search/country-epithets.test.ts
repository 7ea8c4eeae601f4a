import { describe, expect, it } from 'vitest';
import { countryEpithetTokens } from '../../src/search/country-epithets.js';
import { analyze } from '../../src/text/analyze.js';

/** The words of each epithet the text holds. */
function epithets(text: string): string[] {
  const tokens = analyze(text);
  return countryEpithetTokens(tokens).map((i) => tokens[i]!.normalized);
}

describe('countryEpithetTokens', () => {
  it('finds a state called by its relation to the speaker, in Arabic, English and Russian', () => {
    expect(epithets('نعتبر الأحداث الأخيرة في دولة صديقة، محاولة مستوحاة من الخارج')).toEqual(['دوله', 'صديقه']);
    expect(epithets('وقف إلى جانب البلد الشقيق')).toEqual(['البلد', 'الشقيق']);
    expect(epithets('the events in a friendly country')).toEqual(['friendly', 'country']);
    expect(epithets('события в дружественной стране')).toEqual(['дружественной', 'стране']);
  });

  it('leaves a state named by other words, and a friend who is no state', () => {
    expect(epithets('تقويض لسلامة الدولة')).toEqual([]);
    expect(epithets('رئيس الدولة قاسم جومارت توكاييف')).toEqual([]);
    expect(epithets('قال صديق مقرب من الرئيس')).toEqual([]);
    expect(epithets('a friendly match in the capital')).toEqual([]);
  });
});
