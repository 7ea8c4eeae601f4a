import { describe, expect, it } from 'vitest';
import { stemEnglish, stemRussian, stemRussianName } from '../../src/text/stem-latin-cyrillic.js';

describe('stemEnglish', () => {
  it('gives singular and plural one stem', () => {
    expect(stemEnglish('protesters')).toBe(stemEnglish('protester'));
    expect(stemEnglish('parties')).toBe(stemEnglish('party'));
    expect(stemEnglish('boxes')).toBe(stemEnglish('box'));
    expect(stemEnglish('contingents')).toBe(stemEnglish('contingent'));
  });

  it('gives the past tense and the -ing form the stem of the verb', () => {
    expect(stemEnglish('killed')).toBe(stemEnglish('kill'));
    expect(stemEnglish('played')).toBe(stemEnglish('play'));
    expect(stemEnglish('protesting')).toBe(stemEnglish('protest'));
    expect(stemEnglish('arrested')).toBe(stemEnglish('arrests'));
  });

  it('should not cut a word ending in ss or a short word', () => {
    expect(stemEnglish('glass')).toBe('glass');
    expect(stemEnglish('classes')).toBe('class');
    expect(stemEnglish('is')).toBe('is');
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('news')).toBe('news');
  });
});

describe('stemRussian', () => {
  it('gives the cases of a noun one stem', () => {
    const forms = ['аэропорт', 'аэропорта', 'аэропорту', 'аэропортом', 'аэропорте', 'аэропорты', 'аэропортов'];
    expect(new Set(forms.map(stemRussian))).toEqual(new Set(['аэропорт']));
  });

  it('gives the plural cases one stem', () => {
    expect(stemRussian('миротворцами')).toBe('миротворц');
    expect(stemRussian('миротворцев')).toBe('миротворц');
    expect(stemRussian('миротворцы')).toBe('миротворц');
  });

  it('gives the past tense and the infinitive of a verb one stem', () => {
    expect(stemRussian('отключили')).toBe(stemRussian('отключить'));
    expect(stemRussian('задержали')).toBe(stemRussian('задержать'));
  });

  it('gives adjective forms one stem', () => {
    expect(stemRussian('чрезвычайное')).toBe(stemRussian('чрезвычайного'));
  });

  it('reads ё as е', () => {
    expect(stemRussian('самолёт')).toBe(stemRussian('самолет'));
  });

  it('should not cut a short word', () => {
    expect(stemRussian('мир')).toBe('мир');
  });
});

describe('stemRussianName', () => {
  it('strips one case ending, so every case of a name has one stem', () => {
    const forms = ['казахстан', 'казахстана', 'казахстане', 'казахстаном', 'казахстану'];
    expect(new Set(forms.map(stemRussianName))).toEqual(new Set(['казахстан']));
    expect(stemRussianName('беларуси')).toBe(stemRussianName('беларусь'));
  });

  it('should not stem when fewer than three letters would remain', () => {
    expect(stemRussianName('юга')).toBe('юга');
  });
});
