import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/text/fold-case.js';

describe('foldCase', () => {
  it('lower-cases Latin letters', () => {
    expect(foldCase('CSTO Tokayev')).toBe('csto tokayev');
  });

  it('removes Latin accents', () => {
    expect(foldCase('Café Québec')).toBe('cafe quebec');
  });

  it('lower-cases Cyrillic letters', () => {
    expect(foldCase('ОДКБ Токаев')).toBe('одкб токаев');
  });

  it('folds ё to е', () => {
    expect(foldCase('Ёлка ещё')).toBe('елка еще');
  });

  it('keeps й apart from и', () => {
    expect(foldCase('Китай')).toBe('китай');
    expect(foldCase('Китай')).not.toBe(foldCase('Китаи'));
  });

  it('leaves Arabic letters unchanged', () => {
    expect(foldCase('كازاخستان')).toBe('كازاخستان');
  });
});
