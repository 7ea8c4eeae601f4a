import { describe, expect, it } from 'vitest';
import { stemEnglish, stemRussian } from '../../src/text/stem-latin-cyrillic.js';

describe('stemEnglish', () => {
  it('turns -ies into -y', () => {
    expect(stemEnglish('parties')).toBe('party');
  });

  it('strips -es', () => {
    expect(stemEnglish('boxes')).toBe('box');
  });

  it('strips a plural -s', () => {
    expect(stemEnglish('peacekeepers')).toBe('peacekeeper');
  });

  it('strips -ed', () => {
    expect(stemEnglish('played')).toBe('play');
  });

  it('strips -ing', () => {
    expect(stemEnglish('protesting')).toBe('protest');
  });

  it('gives singular and plural one stem', () => {
    expect(stemEnglish('contingents')).toBe(stemEnglish('contingent'));
    expect(stemEnglish('terrorists')).toBe(stemEnglish('terrorist'));
  });

  it('should not stem a word ending in ss', () => {
    expect(stemEnglish('glass')).toBe('glass');
    expect(stemEnglish('classes')).toBe('class');
  });

  it('should not stem when fewer than three letters would remain', () => {
    expect(stemEnglish('is')).toBe('is');
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('sing')).toBe('sing');
  });
});

describe('stemRussian', () => {
  it('strips a plural ending', () => {
    expect(stemRussian('миротворцы')).toBe('миротворц');
  });

  it('strips the longest matching case ending', () => {
    expect(stemRussian('миротворцами')).toBe('миротворц');
    expect(stemRussian('миротворцев')).toBe('миротворц');
  });

  it('gives the cases of a noun one stem', () => {
    const forms = ['аэропорт', 'аэропорта', 'аэропорту', 'аэропортом', 'аэропорте'];
    expect(new Set(forms.map(stemRussian))).toEqual(new Set(['аэропорт']));
  });

  it('should not stem when fewer than three letters would remain', () => {
    expect(stemRussian('мир')).toBe('мир');
    expect(stemRussian('юга')).toBe('юга');
  });
});
