import { describe, expect, it } from 'vitest';
import { holdsClockTime } from '../../src/text/clock-times.js';

describe('holdsClockTime', () => {
  it('finds a time of day as Arabic, English and Russian news write it', () => {
    for (const text of ['يبدأ حظر التجول عند 23:00', 'من الساعة 11 ليلا', 'حتى ٧ صباحا', 'the curfew runs from 11 pm to 7 a.m.', 'at 7 o\'clock', 'с 23 часов до 7 утра', 'حتى منتصف الليل']) {
      expect(holdsClockTime(text), text).toBe(true);
    }
  });

  it('leaves dates, years, counts and clock-like ratios', () => {
    for (const text of ['عقد المجلس اجتماعا في 6 يناير 2022', 'أرسلت المنظمة 2500 جندي', 'until January 19', 'цены выросли в 2 раза', 'بنسبة 2.5 في المئة']) {
      expect(holdsClockTime(text), text).toBe(false);
    }
  });
});
