import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { splitRunTogetherWords } from '../../src/search/run-together-words.js';

/** The documents' words in this test: names, and words by their own spelling. */
const NAMES = new Set(['توكايف']);
const WORDS = new Set(['يناير', 'بعد', 'الاحداث', 'الات', 'حاد', 'الفات', 'حين']);
const known = (word: string) => (NAMES.has(word) ? 'name' : WORDS.has(word) ? 'word' : undefined);
/** The text's words the documents do not know as typed. */
const unknownIn = (text: string) => analyze(text).filter((t) => !known(text.slice(t.start, t.end)));
const split = (text: string) => splitRunTogetherWords(text, unknownIn(text), known)?.text;

describe('splitRunTogetherWords', () => {
  it('puts the space back before a name or a word with the article when both parts are known', () => {
    expect(split('فى 4 ينايرتوكايف طلب ايش')).toBe('فى 4 يناير توكايف طلب ايش');
    expect(split('شو صار بعدالاحداث')).toBe('شو صار بعد الاحداث');
  });

  it('leaves a known word, a short word, and an unknown word whose second part has no article and is no name', () => {
    expect(split('يناير توكايف')).toBeUndefined();
    expect(split('الاتحاد الاوروبي')).toBeUndefined(); // no الات + حاد
    expect(split('احفاد الفاتحين')).toBeUndefined(); // no الفات + حين
  });

  it('maps the split text\'s offsets back to the text as typed', () => {
    const text = 'في ينايرتوكايف قال';
    const found = splitRunTogetherWords(text, unknownIn(text), known)!;
    const tokens = analyze(found.text).map((t) => text.slice(found.offsetAsTyped(t.start), found.offsetAsTyped(t.end)));
    expect(tokens).toEqual(['في', 'يناير', 'توكايف', 'قال']);
  });
});
