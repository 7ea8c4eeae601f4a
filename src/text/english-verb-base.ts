import { createRequire } from 'node:module';
import { stemEnglish } from './stem-latin-cyrillic.js';

const require = createRequire(import.meta.url);

/** Base form → its [past, past participle] pairs, from english-verbs-irregular (Apache-2.0, after WordNet). */
type IrregularVerbs = Record<string, string[][]>;

let bases: Map<string, string> | undefined;

/**
 * The irregular pasts and participles with their base forms, read once per process (about 30 ms: start-up reads it,
 * see warmQuestionAnalysis, rather than the first English question). Forms the stemmer already brings to their base's
 * stem (burned, dreamed) are left out; a form of two verbs keeps the first listed.
 */
export function englishVerbBases(): ReadonlyMap<string, string> {
  if (!bases) {
    bases = new Map();
    const verbs = require('english-verbs-irregular/dist/verbs.json') as IrregularVerbs;
    for (const [base, forms] of Object.entries(verbs)) {
      for (const form of forms.flat()) {
        if (form !== base && !bases.has(form) && stemEnglish(form) !== stemEnglish(base)) bases.set(form, base);
      }
    }
  }
  return bases;
}

/**
 * The base form of an irregular English past or participle (left → leave, met → meet, fought → fight), which
 * dictionaries and the glossary list verbs by; undefined for any other word.
 */
export function englishVerbBase(word: string): string | undefined {
  return englishVerbBases().get(word);
}
