import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { speaksOfMoney } from '../../src/text/money-words.js';

const speaks = (text: string) => speaksOfMoney(analyze(text), text);

describe('speaksOfMoney', () => {
  it('finds currencies, "currency", "in money" and signs of money in Arabic, English and Russian', () => {
    for (const text of ['قديش كلّف الدمار بالدولار؟', 'كم سعر اللتر بالتنغي؟', 'ما هي العملة الرسمية؟', 'how much in tenge?', 'any $ estimate?', 'Каков ущерб в денежном выражении?', 'тенге упал?', 'ارتفع السعر إلى 120 تنغي للتر']) {
      expect(speaks(text), text).toBe(true);
    }
  });

  it('leaves counts of other things, and «عمله» ("he did it") without the article', () => {
    for (const text of ['كم عدد الطائرات في المطار؟', 'ما الذي عمله الرئيس بعد ذلك؟', 'how many troops were sent?', 'Сколько миротворцев?']) {
      expect(speaks(text), text).toBe(false);
    }
  });
});
