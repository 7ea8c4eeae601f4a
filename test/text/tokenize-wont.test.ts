import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { tokenize, tokenWords } from '../../src/text/tokenize.js';

describe('"won\'t" and "won"', () => {
  it('reads "won\'t" as "will not", its span kept for highlighting', () => {
    const text = "the troops won't leave";
    const [, , head] = tokenize(text);
    expect(head).toEqual({ text: 'will', start: 11, end: 14 });
    expect(text.slice(head!.start, head!.end)).toBe('won');
    expect(analyze("they WON’T go").filter((t) => !t.stop).map((t) => t.normalized)).toEqual(['go']);
  });

  it('keeps "won", the past of "win", as a word of the question', () => {
    expect(analyze('who won the election?').filter((t) => !t.stop).map((t) => t.normalized)).toEqual(['won', 'election']);
  });
});

describe('tokenWords', () => {
  it('gives the words tokenize does, "won\'t" read as "will" too', () => {
    for (const text of ["the troops won't leave", 'who won the 2,500 seats?', 'كم جنديا أرسلت المنظمة؟']) {
      expect(tokenWords(text), text).toEqual(tokenize(text).map((t) => t.text));
    }
  });
});
