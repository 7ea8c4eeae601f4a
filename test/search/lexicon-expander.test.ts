import { describe, expect, it } from 'vitest';
import { lexiconExpander } from '../../src/search/lexicon-expander.js';
import { analyze } from '../../src/text/analyze.js';
import type { Lexicon } from '../../src/text/lexicon.js';

/** A lexicon of a few entries, to test the expander's rules rather than the dictionary. */
const LEXICON: Lexicon = {
  arabicFor: (word) => ({ airport: ['مطار', 'المطار'], prices: ['الأسعار', 'السعر', 'الثمن', 'القيمة'], аэропорт: ['مطار'], polise: ['مدينة'] })[word] ?? [],
  isGuessed: (word) => word === 'polise',
  arabicForPhrase: () => [],
  phraseAt: (words, start) => (words[start] === 'state' && words[start + 2] === 'emergency' ? { start, end: start + 3, phrase: 'state of emergency', arabic: ['حالة الطوارئ'] } : undefined),
  phrasesIn: () => [],
  // Two-way pairs, as a thesaurus lists them, and one one-way entry (جمع → حفظ).
  synonymsOf: (word) => ({ المهبط: ['المطار'], المطار: ['المهبط'], ارسل: ['اوفد'], اوفد: ['ارسل'], جمع: ['حفظ'], حفظ: ['صان'] })[word] ?? [],
};
const expander = lexiconExpander(LEXICON);

describe('lexiconExpander', () => {
  it('translates an English or Russian word, best first, each later translation worth less, at most three', () => {
    const alternatives = expander.alternativesOf(analyze('gas prices'), 1, false);
    expect(alternatives.map((a) => a.text)).toEqual(['الأسعار', 'السعر', 'الثمن']);
    expect(alternatives.map((a) => a.credit)).toEqual([0.8, 0.7, 0.6].map((c) => expect.closeTo(c, 10)));
    expect(expander.alternativesOf(analyze('аэропорт'), 0, false)).toMatchObject([{ text: 'مطار', via: 'translation' }]);
  });

  it("marks the translations of a word the dictionary does not list as its guess", () => {
    expect(expander.alternativesOf(analyze('polise'), 0, false)).toEqual([{ text: 'مدينة', credit: 0.8, via: 'translation', guessed: true }]);
    expect(expander.alternativesOf(analyze('airport'), 0, false)[0]).not.toHaveProperty('guessed');
  });

  it('translates a phrase as a whole, standing for all its words', () => {
    const alternatives = expander.alternativesOf(analyze('state of emergency declared'), 0, false);
    expect(alternatives[0]).toMatchObject({ text: 'حالة الطوارئ', via: 'translation', span: 3 });
  });

  it("gives an inflected Arabic word its dictionary form's synonyms when it is no headword itself", () => {
    expect(expander.alternativesOf(analyze('يرسلون'), 0, false)).toEqual([{ text: 'اوفد', credit: 0.5, via: 'synonym' }]);
    expect(expander.alternativesOf(analyze('وأرسلوا'), 0, false)).toEqual([{ text: 'اوفد', credit: 0.5, via: 'synonym' }]);
  });

  it('gives an Arabic word the documents lack its synonyms, and one they use none', () => {
    expect(expander.alternativesOf(analyze('المهبط'), 0, false)).toEqual([{ text: 'المطار', credit: 0.5, via: 'synonym' }]);
    expect(expander.alternativesOf(analyze('المهبط'), 0, true)).toEqual([]);
  });

  it('gives only the synonyms the thesaurus lists both ways: a one-way entry is often another sense\'s', () => {
    expect(expander.alternativesOf(analyze('جمع'), 0, false)).toEqual([]);
  });

  it('gives synonyms of a dialect reading too (بعتت is read ارسل, whose synonym is اوفد)', () => {
    expect(expander.alternativesOf(analyze('بعتت'), 0, false).map((a) => a.text)).toEqual(['اوفد']);
  });

  it('drops no word as a function word', () => {
    expect(expander.isFunctionWord(analyze('the')[0]!, false)).toBe(false);
  });
});
