import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { markListItems } from '../../src/text/mark-list-items.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** The words of the text where an enumeration begins. */
function listStartsOf(text: string): string[] {
  const tokens = analyze(text);
  const marks = markListItems(text, tokens);
  return tokens.filter((_, i) => marks[i] === 1).map((t) => text.slice(t.start, t.end));
}

describe('markListItems', () => {
  it('marks the first item of four or more short stretches joined by commas and "and"', () => {
    expect(listStartsOf('حيث استولى الإرهابيون على مكتب الحاكم، والمقر المحلي، وإدارات الشرطة، ومكتب المدعي العام.')).toEqual(['حيث']);
    expect(listStartsOf('They seized the mayor\'s office, the police station, the prosecutor\'s office, and two studios.')).toEqual(['They']);
  });

  it('takes a long first stretch\'s last word for the first item, the verb it depends on before it', () => {
    expect(listStartsOf('وفرضت الحكومة حظرا على ارتفاعات أسعار المنتجات الغذائية، والوقود، ومواد التشحيم، والمرافق.')).toEqual(['الغذائية']);
  });

  it('leaves three clauses of one sentence alone, and stretches that do not open on "and"', () => {
    expect(listStartsOf('وشدد رئيس المجلس، ونادى المحرضين، واصفا إياهم بالإرهابيين.')).toEqual([]);
    expect(listStartsOf('قال الرئيس، في كلمة، إن الوضع، على ما يبدو، تحسن.')).toEqual([]);
  });

  it('ends a list at the end of its sentence', () => {
    expect(listStartsOf('وصل الوزير، والسفير. والنائب، والقاضي.')).toEqual([]);
  });

  it('marks nothing in hostile text, and never throws', () => {
    for (const text of Object.values(HOSTILE_STRINGS)) expect(() => listStartsOf(text)).not.toThrow();
  });
});
