import { describe, expect, it } from 'vitest';
import { CYRILLIC_LETTERS, isOneSlipApart, LATIN_LETTERS, MAX_SLIPPED_WORD_CHARS, spellingEdits } from '../../src/text/spelling-edits.js';

describe('spellingEdits', () => {
  it('reaches the word meant from each kind of slip: swapped, left out, doubled, mistyped', () => {
    expect(spellingEdits('histroy', LATIN_LETTERS)).toContain('history');
    expect(spellingEdits('internt', LATIN_LETTERS)).toContain('internet');
    expect(spellingEdits('terrorrists', LATIN_LETTERS)).toContain('terrorists');
    expect(spellingEdits('prutesters', LATIN_LETTERS)).toContain('protesters');
    expect(spellingEdits('плиция', CYRILLIC_LETTERS)).toContain('полиция');
  });

  it('lists swaps first, then insertions, and never the word itself or a word two slips away', () => {
    const edits = spellingEdits('abcd', LATIN_LETTERS);
    expect(edits.slice(0, 3)).toEqual(['bacd', 'acbd', 'abdc']);
    expect(edits).not.toContain('abcd');
    expect(edits).not.toContain('badc');
    expect(new Set(edits).size).toBe(edits.length);
  });

  it('looks for no slips in a "word" longer than any language has, as a flood of one letter in a chat', () => {
    expect(spellingEdits('ب'.repeat(MAX_SLIPPED_WORD_CHARS + 1), 'ب')).toEqual([]);
    expect(spellingEdits('ب'.repeat(MAX_SLIPPED_WORD_CHARS), 'ب')).toContain('ب'.repeat(MAX_SLIPPED_WORD_CHARS - 1));
    // The longest ordinary words still get theirs.
    expect(spellingEdits('internationalizatoin', LATIN_LETTERS)).toContain('internationalization');
  });
});

describe('isOneSlipApart', () => {
  it('tells words one slip apart (mistyped, swapped, left out, typed too many) from the same word and from two slips', () => {
    for (const [a, b] of [['counsil', 'council'], ['foriegn', 'foreign'], ['securty', 'security'], ['council', 'councill']] as const) expect(isOneSlipApart(a, b), `${a} ${b}`).toBe(true);
    for (const [a, b] of [['council', 'council'], ['cuonsil', 'council'], ['secur', 'securti'], ['', 'ab']] as const) expect(isOneSlipApart(a, b), `${a} ${b}`).toBe(false);
  });
});
