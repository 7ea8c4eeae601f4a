import { createRequire } from 'node:module';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';

const require = createRequire(import.meta.url);

type CountryNames = Record<string, string | string[]>;

/** Country names by ISO code in one language, from i18n-iso-countries (MIT), short and official forms. */
function namesIn(language: 'ar' | 'en' | 'ru'): CountryNames {
  return (require(`i18n-iso-countries/langs/${language}.json`) as { countries: CountryNames }).countries;
}

const listOf = (names: string | string[] | undefined): string[] => (names === undefined ? [] : Array.isArray(names) ? names : [names]);

let world: Gazetteer | undefined;

/**
 * The world's countries in Arabic, English and Russian as a gazetteer (kind place). A question about a country the
 * documents never name ("ما موقف الصين؟", "what did the US say?") asks about something else: abstention uses it.
 * Built on first use.
 */
export function worldCountries(): Gazetteer {
  if (world) return world;
  const [ar, en, ru] = [namesIn('ar'), namesIn('en'), namesIn('ru')];
  const entries: GazetteerEntry[] = Object.keys(en).map((code) => ({
    id: `country:${code}`,
    kind: 'place',
    ar: listOf(ar[code]),
    en: listOf(en[code]),
    ru: listOf(ru[code]),
  }));
  return (world = new Gazetteer(entries));
}
