import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { markSentenceStarts } from '../../src/text/mark-sentence-starts.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** The words of the text that open a sentence. */
function startsOf(text: string): string[] {
  const tokens = analyze(text);
  const marks = markSentenceStarts(text, tokens);
  return tokens.filter((_, i) => marks[i] === 1).map((t) => text.slice(t.start, t.end));
}

describe('markSentenceStarts', () => {
  it('marks the first word of the text and of each sentence', () => {
    expect(startsOf('السل مرض معد. يصيب الرئتين! هل يعالج؟ نعم يعالج')).toEqual(['السل', 'يصيب', 'يعالج', 'نعم']);
  });

  it('skips function words at the start of a sentence', () => {
    expect(startsOf('وهو الرئيس الحالي. في عام 2000 تولى')).toEqual(['الرئيس', 'عام']);
  });

  it('treats a line break as a sentence end', () => {
    expect(startsOf('العنوان\nالنص هنا')).toEqual(['العنوان', 'النص']);
  });

  it('does not end a sentence at a dot inside a number', () => {
    expect(startsOf('بلغ العدد 1.338 مليار نسمة')).toEqual(['بلغ']);
  });

  it('ends a sentence after a closing bracket and dot', () => {
    expect(startsOf('جنكيز خان (1165 - 1227م). وهو مؤسس الإمبراطورية')).toEqual(['جنكيز', 'مؤسس']);
  });

  it('gives nothing for empty text', () => {
    expect(markSentenceStarts('', [])).toHaveLength(0);
  });

  it('never throws on hostile strings and marks a start in any text with a content word', () => {
    for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
      const tokens = analyze(text);
      const marks = markSentenceStarts(text, tokens);
      expect(marks, name).toHaveLength(tokens.length);
      if (tokens.some((t) => !t.stop)) expect(marks.includes(1), name).toBe(true);
    }
  });
});
