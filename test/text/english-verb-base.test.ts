import { describe, expect, it } from 'vitest';
import { englishVerbBase } from '../../src/text/english-verb-base.js';

describe('englishVerbBase', () => {
  it('gives the base form of an irregular past or participle', () => {
    expect(['left', 'met', 'fought', 'took', 'taken', 'fled', 'sought'].map(englishVerbBase)).toEqual(['leave', 'meet', 'fight', 'take', 'take', 'flee', 'seek']);
  });

  it('leaves regular forms, base forms and other words to the stemmer', () => {
    expect(['killed', 'burned', 'leave', 'troops', 'almaty', ''].map(englishVerbBase)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
