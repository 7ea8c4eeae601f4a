import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { speaksOfArrest } from '../../src/text/arrest-words.js';

describe('speaksOfArrest', () => {
  it('finds arresting, detaining and jailing in Arabic, its dialects, English and Russian', () => {
    for (const text of [
      'هل اعتقلت السلطات رئيس اللجنة؟', 'كم عدد المعتقلين؟', 'انعتقل ولا لأ؟', 'تم احتجاز العشرات', 'ألقي القبض على المحرضين',
      'اتقبض عليه ولا ايه؟', 'كم عدد الموقوفين؟', 'حكم عليه بالسجن', 'كم واحد مسكوهم؟', 'was the security chief arrested?',
      'how many people were detained?', 'were they jailed?', 'Главу КНБ арестовали?', 'сколько человек задержали?',
    ]) {
      expect(speaksOfArrest(analyze(text)), text).toBe(true);
    }
  });

  it('leaves seizing places, holding to a stance, stopping and delays', () => {
    for (const text of [
      'ما المقار التي وقعت في قبضة المسلحين؟', 'روسيا تؤكد تمسكها بالتزامات الحلفاء', 'مسكوا المطار', 'واش الاحتجاجات حبسو؟',
      'أوقفت الحكومة زيادة الأسعار', 'who seized the airport?', 'были ли задержки рейсов?', 'сколько погибло?',
    ]) {
      expect(speaksOfArrest(analyze(text)), text).toBe(false);
    }
  });
});
