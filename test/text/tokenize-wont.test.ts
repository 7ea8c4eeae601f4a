import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { tokenize } from '../../src/text/tokenize.js';

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
