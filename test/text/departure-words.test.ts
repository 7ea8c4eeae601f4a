import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { speaksOfDeparture } from '../../src/text/departure-words.js';

describe('speaksOfDeparture', () => {
  it('finds leaving and withdrawing in Arabic, its dialects\' prefixes, English and Russian', () => {
    for (const text of [
      'متى انسحبت القوات؟', 'وستغادر البلاد بعد استقرار الوضع', 'وستعود إلى بلدانها', 'امتى رجعوا لبلدهم؟', 'فوقاش غادي يرجعو؟',
      'بعد انسحابها', 'when did the troops leave?', 'when do they go home', 'did russia pull out?', 'Когда миротворцы покинули Казахстан?',
      'когда миротворцы уйдут домой?', 'вывод войск',
    ]) {
      expect(speaksOfDeparture(analyze(text)), text).toBe(true);
    }
  });

  it('leaves the other senses of going back, going out into the street, and sending', () => {
    for (const text of [
      'منذ متى يعود تاريخ إنشاء المنظمة؟', 'متى تتوقع السلطات عودة الهدوء؟', 'متى بيرجع الوضع مستقر؟', 'خرجوا للشوارع', 'طلعوا مظاهرات',
      'تم إرسال قوات حفظ السلام إلى كازاخستان', 'when were the troops sent?', 'Когда отправили войска?',
      'when will things go back to normal?', 'when will life return to normal?', 'متى ستعود الحياة إلى طبيعتها؟',
    ]) {
      expect(speaksOfDeparture(analyze(text)), text).toBe(false);
    }
  });
});
