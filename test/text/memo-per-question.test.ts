import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { memoPerQuestion } from '../../src/text/memo-per-question.js';

describe('memoPerQuestion', () => {
  it('reads a question once, and afresh for another question with the same words', () => {
    const read: string[] = [];
    const firstWord = memoPerQuestion((tokens) => {
      read.push(tokens[0]!.normalized);
      return tokens[0]!.normalized;
    });
    const question = analyze('متى بدأت الاحتجاجات؟');
    expect(firstWord(question)).toBe('متي');
    expect(firstWord(question)).toBe('متي');
    expect(read).toEqual(['متي']);
    // Another analysis of the same text is another question: its tokens may differ (another gazetteer, context).
    expect(firstWord(analyze('متى بدأت الاحتجاجات؟'))).toBe('متي');
    expect(read).toEqual(['متي', 'متي']);
  });

  it('remembers a false reading too, as most questions give for most readings', () => {
    let calls = 0;
    const none = memoPerQuestion(() => {
      calls++;
      return false;
    });
    const question = analyze('hello');
    none(question);
    none(question);
    expect(calls).toBe(1);
  });
});
