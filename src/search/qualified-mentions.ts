import { analyze } from '../text/analyze.js';
import type { EntityMatch, Gazetteer } from './gazetteer.js';
import { countryMentions } from './world-countries.js';

/**
 * Whose an organisation is, read from the country named right beside it: «وزارة الخارجية الكازاخية» and "МИД
 * Казахстана" are Kazakhstan's foreign ministry, «الخارجية الروسية» and "Russia's foreign ministry" Russia's. News of
 * one event quote several countries' ministries, and a question asking what Kazakhstan's said is not answered by
 * Russia's. Only countries qualify: «خارجية أستانا» is Kazakhstan's ministry by its capital.
 */

/** Whether a gazetteer place is a country (one of its names is a country's: world-countries), by id. */
export type IsCountry = (id: string) => boolean;

const countriesOf = new WeakMap<Gazetteer, IsCountry>();

/** The gazetteer's country test, its answers remembered. */
export function countryTest(gazetteer: Gazetteer): IsCountry {
  let test = countriesOf.get(gazetteer);
  if (!test) {
    const known = new Map<string, boolean>();
    test = (id) => {
      let country = known.get(id);
      if (country === undefined) {
        const entry = gazetteer.entries.find((e) => e.id === id);
        country = entry?.kind === 'place' && [...(entry.en ?? []), ...(entry.ar ?? []), ...(entry.ru ?? [])].some((name) => {
          const tokens = analyze(name);
          return countryMentions(tokens, name).some((m) => m.first === 0 && m.last === tokens.length - 1);
        });
        known.set(id, country);
      }
      return country;
    };
    countriesOf.set(gazetteer, test);
  }
  return test;
}

/**
 * The country named right after or right before a mention (the one after first), or undefined. With the text's
 * tokens, an English possessive between counts as beside it ("Russia's foreign ministry": russia, s, foreign…).
 */
export function qualifierOf(
  mention: Pick<EntityMatch, 'first' | 'last'>, entities: readonly EntityMatch[], isCountry: IsCountry, tokens?: readonly { normalized: string }[],
): string | undefined {
  const possessive = tokens?.[mention.first - 1]?.normalized === 's';
  let before: string | undefined;
  for (const e of entities) {
    if (e.first === mention.last + 1 && isCountry(e.id)) return e.id;
    if ((e.last === mention.first - 1 || (possessive && e.last === mention.first - 2)) && isCountry(e.id)) before = e.id;
  }
  return before;
}

/** The organisations a text names, each with the country that qualifies it where one does ('' where none does). */
export function qualifiedOrganisations(entities: readonly EntityMatch[], gazetteer: Gazetteer): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const e of entities) {
    // A later mention may say whose an unqualified first one was («الخارجية… وزارة الخارجية الروسية»).
    if (gazetteer.kinds.get(e.id) !== 'org' || found.get(e.id)) continue;
    found.set(e.id, qualifierOf(e, entities, countryTest(gazetteer)) ?? '');
  }
  return found;
}

/**
 * Whether a text's every mention of the organisation is another country's: qualified by a country other than
 * `country`, or unqualified in a document whose headline names it as another country's («وأضافت الخارجية…» in a
 * report headed «الخارجية الروسية: …»). False when the text does not mention it.
 */
export function onlyOtherCountries(organisation: string, country: string, entities: readonly EntityMatch[], isCountry: IsCountry, headline: ReadonlyMap<string, string> | undefined): boolean {
  let mentioned = false;
  const headlineCountry = headline?.get(organisation) ?? '';
  for (const e of entities) {
    if (e.id !== organisation) continue;
    mentioned = true;
    const own = qualifierOf(e, entities, isCountry) ?? headlineCountry;
    if (!own || own === country) return false;
  }
  return mentioned;
}
