import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { FULL_DATE_STRENGTH, markDates, markEndDates, markRelativeTimes, markStartDates, YEAR_STRENGTH } from '../../src/text/mark-dates.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** The date strength of each word of the text, by the word as written. */
function datesOf(text: string): Record<string, number> {
  const tokens = analyze(text);
  const marks = markDates(tokens);
  return Object.fromEntries(tokens.map((t, i) => [text.slice(t.start, t.end), marks[i]!]));
}

describe('markDates', () => {
  it('marks a day, month and year as a full date', () => {
    const marks = datesOf('ولد في 15 يناير 1937 في القاهرة');
    expect(marks['15']).toBe(FULL_DATE_STRENGTH);
    expect(marks['يناير']).toBe(FULL_DATE_STRENGTH);
    expect(marks['1937']).toBe(FULL_DATE_STRENGTH);
    expect(marks['القاهرة']).toBe(0);
  });

  it('marks both days of a range before its month, so that neither reads as a count', () => {
    for (const text of ['في ليلة 5 على 6 يناير عقد', 'بين 5 و6 يناير', 'с 5 по 6 января', 'from 5 to 6 January']) {
      const marks = datesOf(text);
      expect(marks['5'], text).toBe(FULL_DATE_STRENGTH);
    }
    // A count before another date stays a count.
    expect(datesOf('قتل 13 شخصا في 6 يناير')['13']).toBe(0);
  });

  it('marks a month and year as a full date', () => {
    expect(datesOf('في آذار 2011 بدأت')['آذار']).toBe(FULL_DATE_STRENGTH);
  });

  it('marks a four-digit year alone as a year', () => {
    expect(datesOf('تأسس النادي عام 1907')['1907']).toBe(YEAR_STRENGTH);
    expect(datesOf('في 1998 فاز')['1998']).toBe(YEAR_STRENGTH);
  });

  it('marks a short number as a year after a year word or before an era mark', () => {
    expect(datesOf('في سنة 61 للهجرة')['61']).toBe(YEAR_STRENGTH);
    expect(datesOf('تأسست سنة 753 ق.م')['753']).toBe(YEAR_STRENGTH);
    expect(datesOf('توفي 1227م')['1227م']).toBe(YEAR_STRENGTH);
    expect(datesOf('وقعت عام 15 هـ')['15']).toBe(YEAR_STRENGTH);
  });

  it('does not mark a count or a large number as a date', () => {
    const marks = datesOf('يضم 47 محافظة و 320000 نسمة');
    expect(marks['47']).toBe(0);
    expect(marks['320000']).toBe(0);
  });

  it('does not mark a month name that is also a given name when no number stands beside it', () => {
    expect(datesOf('رجب طيب أردوغان رئيس')['رجب']).toBe(0);
    expect(datesOf('الممثل محمد رمضان')['رمضان']).toBe(0);
  });

  it('gives nothing for text without words, and a strength from 0 to 1 per token of hostile strings', () => {
    expect(markDates(analyze(''))).toHaveLength(0);
    for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
      const tokens = analyze(text);
      const marks = markDates(tokens);
      expect(marks, name).toHaveLength(tokens.length);
      for (const mark of marks) expect([0, YEAR_STRENGTH, FULL_DATE_STRENGTH]).toContain(mark);
    }
  });
});

describe('markDates in English and Russian', () => {
  const datedOf = (text: string) => {
    const tokens = analyze(text);
    const marks = markDates(tokens);
    return tokens.filter((_, i) => marks[i] === FULL_DATE_STRENGTH).map((t) => text.slice(t.start, t.end));
  };

  it('reads a day and month, or month and year, written in English or Russian', () => {
    expect(datedOf('The curfew began on 5 January 2022')).toEqual(['5', 'January', '2022']);
    expect(datedOf('It began on January 5, 2022.')).toEqual(['January', '5', '2022']);
    expect(datedOf('Режим ввели 5 января, а в мае 2021 года его не было')).toEqual(['5', 'января', 'мае', '2021']);
  });

  it('leaves a month name with no number beside it (may, март as words)', () => {
    expect(datedOf('They may meet in March')).toEqual([]);
  });
});

/** The words of the text that `mark` marks among its dates. */
function markedDatesOf(mark: typeof markEndDates, text: string): string[] {
  const tokens = analyze(text);
  const marks = mark(tokens, markDates(tokens));
  return tokens.filter((_, i) => marks[i]! > 0).map((t) => text.slice(t.start, t.end));
}

describe('markEndDates', () => {
  const endsOf = (text: string) => markedDatesOf(markEndDates, text);

  it('marks a date that ends a period, behind حتى or "until", not one that begins it', () => {
    expect(endsOf('أعلن حالة الطوارئ من 5 يناير 2022 حتى 19 يناير 2022')).toEqual(['19', 'يناير', '2022']);
    expect(endsOf('Режим действует до 2023 года')).toEqual(['2023']);
    expect(endsOf('استمرت الاحتجاجات منذ 2 يناير')).toEqual([]);
  });
});

describe('markStartDates', () => {
  const startsOf = (text: string) => markedDatesOf(markStartDates, text);

  it('marks a date that begins a period, behind منذ, "since" or с, not one that ends it', () => {
    expect(startsOf('استمرت الاحتجاجات منذ 2 يناير')).toEqual(['2', 'يناير']);
    expect(startsOf('The curfew has held since 5 January 2022')).toEqual(['5', 'January', '2022']);
    expect(startsOf('Режим действует с 5 января 2022 года')).toEqual(['5', 'января', '2022']);
    expect(startsOf('أعلن حالة الطوارئ حتى 19 يناير 2022')).toEqual([]);
  });

  it('marks a date a verb of beginning follows, and not one another verb follows', () => {
    expect(startsOf('في 2 يناير الجاري انطلقت مظاهرات في المنطقة')).toEqual(['2', 'يناير']);
    expect(startsOf('On 2 January protests began in the west')).toEqual(['2', 'January']);
    expect(startsOf('وفي 4 يناير الجاري حث الرئيس المواطنين')).toEqual([]);
  });
});

describe('markRelativeTimes', () => {
  const marked = (text: string) => {
    const tokens = analyze(text);
    const marks = markRelativeTimes(tokens);
    return tokens.filter((_, i) => marks[i] === 1).map((t) => text.slice(t.start, t.end));
  };

  it('marks the word opening a time told by an event', () => {
    expect(marked('وستغادر البلاد بعد استقرار الوضع')).toEqual(['بعد']);
    expect(marked('ستعود إلى بلدانها بمجرد استقرار الوضع')).toEqual(['بمجرد']);
    expect(marked('they will leave once the situation is stable')).toEqual(['once']);
  });

  it('marks "soon", which tells when something to come will be, but not «قريبا من» ("near to")', () => {
    expect(marked('سيتم إعادة استقرار الوضع قريبا')).toEqual(['قريبا']);
    expect(marked('the situation will soon be stable')).toEqual(['soon']);
    expect(marked('ситуация скоро стабилизируется')).toEqual(['скоро']);
    expect(marked('وقعت الاشتباكات قريبا من المطار')).toEqual([]);
  });

  it('leaves one with no event after it', () => {
    expect(marked('وصلت القوات بعد ذلك')).toEqual([]);
    expect(marked('ما بعد')).toEqual([]);
  });
});
