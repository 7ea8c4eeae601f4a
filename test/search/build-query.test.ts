import { describe, expect, it } from 'vitest';
import { DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { buildQuery } from '../../src/search/build-query.js';
import { Gazetteer } from '../../src/search/gazetteer.js';

const GAZETTEER = new Gazetteer([{ id: 'almaty', kind: 'place', ar: ['ألماتي'], en: ['Almaty'] }]);

/** The stems of the question's concepts written as names. */
function names(question: string): string[] {
  const query = buildQuery(question, GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0);
  return query.concepts.filter((c) => c.name).map((c) => c.stems.join(' '));
}

describe('buildQuery (names)', () => {
  it('marks a capitalised Latin or Cyrillic word inside its sentence as a name', () => {
    expect(names('What is the capital of Peru?')).toEqual(['peru']);
    expect(names('Какая столица Австралии?')).toEqual(['австрал']);
  });

  it('does not mark the first word of a sentence, nor a lower-case word', () => {
    expect(names('Peru capital?')).toEqual([]);
    expect(names('Tell me more. Capital cities of peru')).toEqual([]);
  });

  it('does not mark Arabic words or gazetteer entities', () => {
    expect(names('ما هي عاصمة البيرو؟')).toEqual([]);
    expect(names('What happened in Almaty?')).toEqual([]);
  });

  it('tags each term with the concept it comes from, and stem pairs with none', () => {
    const query = buildQuery('ميناء الصيادين', GAZETTEER, DEFAULT_TERM_OPTIONS, () => 0);
    for (const term of query.terms) {
      if (term.field === 'pair') expect(term.concept).toBeUndefined();
      else expect(query.concepts[term.concept!]!.stems.length).toBeGreaterThan(0);
    }
    expect(new Set(query.terms.map((t) => t.concept))).toEqual(new Set([0, 1, undefined]));
  });
});
