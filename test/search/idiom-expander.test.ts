import { describe, expect, it } from 'vitest';
import { IDIOM_EXPANDER, idiomObjectIndexes } from '../../src/search/idiom-expander.js';
import { loadSanad } from '../../src/sanad.js';
import { analyze } from '../../src/text/analyze.js';

describe('IDIOM_EXPANDER', () => {
  it("offers an idiom's plain words, standing for all its words, below the documents' own wording", () => {
    const alternatives = IDIOM_EXPANDER.alternativesOf(analyze('كم شرطيا لقوا حتفهم'), 2, false);
    expect(alternatives[0]).toMatchObject({ text: 'قتل', via: 'synonym', span: 2 });
    expect(alternatives.every((a) => a.credit < 1)).toBe(true);
    expect(IDIOM_EXPANDER.alternativesOf(analyze('كم شرطيا قتلوا'), 2, false)).toEqual([]);
  });

  it("reads an idiom a dialect's verb opens once the dialect's prefix is off", () => {
    // Egyptian «هتقف معاه» (will stand with him) is «تقف مع…», supporting: تقف keeps three letters, its و dropped.
    const alternatives = IDIOM_EXPANDER.alternativesOf(analyze('الناس هتقف معاه'), 1, false);
    expect(alternatives.map((a) => a.text)).toContain('دعم');
    const sanad = loadSanad({ corpusDir: 'corpus' });
    const answer = sanad.ask('هو توكاييف فاكر إن الناس هتقف معاه في قرار إنه يستنجد بالمنظمة؟');
    expect(answer.quote.map((s) => s.text).join(' ')).toContain('أعتقد أن شعب كازاخستان سيدعم هذا القرار');
  });

  it('lets a question in an idiom reach the passage that says it plainly', () => {
    const sanad = loadSanad({ corpusDir: 'corpus' });
    const answer = sanad.ask('كم ضابطا لقوا حتفهم في الفوضى؟');
    expect(answer.status).toBe('answered');
    expect(answer.quote.map((s) => s.text).join(' ')).toContain('13 ضابطا');
  });
});

describe('idiomObjectIndexes', () => {
  it.each([
    // The verb's plain words (تأسس) stand for the object: النور is no word a passage on the founding holds.
    ['متى أبصرت المنظمة التي تقودها موسكو النور', [6]],
    ['متى رأت المنظمة النور', [3]],
    // Read together, the idiom is one concept already.
    ['متى أبصرت النور', []],
    // The object that says what the plain words say stays a word of its own.
    ['هل قدم مجلس الوزراء استقالته', []],
    ['هل أبدت الدولة استعدادها للحوار', []],
  ])('in «%s» are the words %j', (text, objects) => {
    expect(idiomObjectIndexes(analyze(text))).toEqual(objects);
  });
});
