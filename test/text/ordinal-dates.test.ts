import { describe, expect, it } from 'vitest';
import { readOrdinalDates } from '../../src/text/ordinal-dates.js';

/** The rewritten text without the padding its replacements carry. */
const read = (text: string) => readOrdinalDates(text).replace(/ +/g, ' ').replace(/ (?=[؟?]|$)/g, '');

describe('readOrdinalDates', () => {
  it('writes an Arabic day in ordinal words as news text does, its month by name or by rank', () => {
    expect(read('ماذا حدث في السادس من يناير؟')).toBe('ماذا حدث في 6 يناير؟');
    expect(read('ماذا قرر في السادس من الشهر الأول من السنة؟')).toBe('ماذا قرر في 6 يناير؟');
    expect(read('متى تنتهي؟ في التاسع عشر من يناير؟')).toBe('متى تنتهي؟ في 19 يناير؟');
    expect(read('في الأول من فبراير')).toBe('في 1 فبراير');
    expect(read('في السادس من كانون الثاني')).toBe('في 6 كانون الثاني');
    expect(read('بماذا نصح مواطنيه في الرابع من الشهر؟')).toBe('بماذا نصح مواطنيه في 4؟');
    expect(read('في السادس من الشهر الجاري')).toBe('في 6');
  });

  it('writes English and Russian days in ordinal words as numbers', () => {
    expect(read('what happened on the sixth of January')).toBe('what happened on 6 January');
    expect(read('what did he say on January fourth')).toBe('what did he say on 4 January');
    expect(read('что было шестого января')).toBe('что было 6 января');
  });

  it('leaves ordinals that are no date alone', () => {
    for (const text of ['عقد الاجتماع الأول لمجلس الأمن', 'الطلب الأول من الجانب الكازاخستاني', 'the first of the measures', 'первого заседания']) {
      expect(readOrdinalDates(text)).toBe(text);
    }
  });

  it('keeps the text its length, so that offsets into it stay valid', () => {
    const text = 'ماذا قرر رئيس الدولة في السادس من الشهر الأول للعام؟ и шестого января, on the sixth of jan';
    expect(readOrdinalDates(text)).toHaveLength(text.length);
  });
});
