import { describe, expect, it } from 'vitest';
import { countryMentions } from '../../src/search/world-countries.js';
import { analyze } from '../../src/text/analyze.js';

const countriesOf = (question: string) => countryMentions(analyze(question), question).map((m) => m.id);

describe('countryMentions', () => {
  it('reads a country by its people and adjective, in Arabic, English and Russian', () => {
    expect(countriesOf('ما موقف الأمريكان؟')).toEqual(['country:US']);
    expect(countriesOf('هل علقت الإدارة الأمريكية؟')).toEqual(['country:US']);
    expect(countriesOf('what did the chinese say?')).toEqual(['country:CN']);
    expect(countriesOf('что сказали французы?')).toEqual(['country:FR']);
    expect(countriesOf('ما موقف الحكومة الألمانية؟')).toEqual(['country:DE']);
  });

  it('reads the Arab countries by their peoples and capitals, as their readers ask after their own', () => {
    expect(countriesOf('هل قالت السفارة المصرية شيئا عن المصريين هناك؟')).toContain('country:EG');
    expect(countriesOf('واش كانو شي مغاربة عالقين فألماتي؟')).toEqual(['country:MA']);
    expect(countriesOf('هل أُلغيت الرحلات من القاهرة؟')).toEqual(['country:EG']);
    expect(countriesOf('were any saudis stuck in almaty?')).toEqual(['country:SA']);
    expect(countriesOf('что сказал Баку?')).toEqual(['country:AZ']);
  });

  it('does not read a country in everyday words a slip or an article away from a people (ترك "left", كمان "also")', () => {
    expect(countriesOf('هل ترك المتظاهرون الساحات؟')).toEqual([]);
    expect(countriesOf('مين كمان انضرب بالهجمات؟')).toEqual([]);
    expect(countriesOf('answer in english please')).toEqual([]);
  });

  it('reads "U.S." with its dots as the United States, and chat\'s "u" ("thank u") as "you"', () => {
    expect(countriesOf('did the U.S. send troops?')).toEqual(['country:US']);
    expect(countriesOf('what did the u.s. say')).toEqual(['country:US']);
    expect(countriesOf('how many died thank u')).toEqual([]);
    expect(countriesOf('can u tell me who is pashinyan')).toEqual([]);
  });
});
