import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { renderAnswerText } from '../../src/answer/render-text.js';
import { loadSanad } from '../../src/sanad.js';

const sanad = loadSanad();

/** An answer whose quote is the whole of its best passage (a short passage quoted in full). */
function quotedWhole(): Answer {
  const answer = sanad.ask('ما مهمة قوات حفظ السلام؟');
  const lead = answer.passages[0]!;
  return { ...answer, quote: [{ text: lead.text, highlights: [], citations: lead.citations }] };
}

describe('supporting passages under the quote', () => {
  it('leave out a passage the quote already shows whole, and keep the others', () => {
    const answer = quotedWhole();
    const text = renderAnswerText(answer);
    const lead = answer.passages[0]!.text;
    expect(text.split(lead)).toHaveLength(2);
    for (const other of answer.passages.slice(1)) expect(text).toContain(other.text);
  });
});
