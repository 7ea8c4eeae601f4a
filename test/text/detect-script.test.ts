import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/text/detect-script.js';

describe('detectScript', () => {
  it('recognises Arabic letters', () => {
    expect(detectScript('كازاخستان')).toBe('arabic');
  });

  it('recognises Latin letters, accented ones too', () => {
    expect(detectScript('tokayev')).toBe('latin');
    expect(detectScript('été')).toBe('latin');
  });

  it('recognises Cyrillic letters', () => {
    expect(detectScript('ёж')).toBe('cyrillic');
  });

  it('classifies ASCII and Arabic-Indic numbers as digits', () => {
    expect(detectScript('2022')).toBe('digit');
    expect(detectScript('٢٠٢٢')).toBe('digit');
  });

  it('takes a mixed token by its first letter, not its digits', () => {
    expect(detectScript('2022م')).toBe('arabic');
    expect(detectScript('24kz')).toBe('latin');
  });

  it('classifies other scripts and symbols as other', () => {
    expect(detectScript('日本')).toBe('other');
    expect(detectScript('')).toBe('other');
  });
});
