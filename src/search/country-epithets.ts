// Epithets that stand for a country in news: «دولة صديقة» (a friendly state), «البلد الشقيق» (the brotherly country),
// "an allied nation", «дружественное государство». A ministry's statement calls the country it speaks of so rather than
// by name («نعتبر الأحداث الأخيرة في دولة صديقة…»), and a question naming the country is about that sentence too.
// Written from general knowledge of diplomatic usage in the three languages, not from any question set.
import type { AnalyzedToken } from '../text/analyze.js';
import type { Query } from './build-query.js';
import type { Gazetteer } from './gazetteer.js';
import { countryTest } from './qualified-mentions.js';
import { isNamedByVerb } from './question-form.js';

/** Arabic nouns of a state (normalised), with a conjunction or preposition and the article: دولة، بلد، والبلد، لدولة. */
const ARABIC_STATE = /^[وف]?[بل]?(?:ال)?(?:دوله|بلد)$/;
/** Arabic adjectives of a state's relation to the speaker: friendly, brotherly, allied, neighbouring. */
const ARABIC_RELATION = /^(?:ال)?(?:صديق|شقيق|حليف|جار|مجاور)ه?$/;
/** English: "a friendly country", "brotherly nation", "allied state", "neighbouring country". */
const ENGLISH_STATE = /^(?:country|state|nation)$/;
const ENGLISH_RELATION = /^(?:friendly|brotherly|fraternal|allied|neighbouring|neighboring)$/;
/** Russian, any case: «дружественная страна», «братского государства», «союзной республике», «соседней стране». */
const RUSSIAN_STATE = /^(?:стран|государств|республик)/;
const RUSSIAN_RELATION = /^(?:дружествен|дружеск|братск|союзн|соседн)/;

/**
 * The token indexes of each country epithet in an analysed text: the state noun and its adjective (after it in
 * Arabic, before it in English and Russian). Empty when the text has none.
 */
export function countryEpithetTokens(tokens: readonly AnalyzedToken[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.normalized;
    const next = tokens[i + 1]!.normalized;
    const pair = tokens[i]!.script === 'arabic' ? ARABIC_STATE.test(word) && ARABIC_RELATION.test(next)
      : tokens[i]!.script === 'latin' ? ENGLISH_RELATION.test(word) && ENGLISH_STATE.test(next)
        : tokens[i]!.script === 'cyrillic' && RUSSIAN_RELATION.test(word) && RUSSIAN_STATE.test(next);
    if (pair) found.push(i, i + 1);
  }
  return found;
}

/**
 * The country a question asks what someone called or described it as ("what did Russia call Kazakhstan?", «بأي صفة
 * وصفت الخارجية الروسية كازاخستان؟»): a country the question names after a verb of naming (see isNamedByVerb), by its
 * gazetteer id. An epithet of it answers. Undefined: none.
 */
export function calledCountryOf(query: Query, gazetteer: Gazetteer): string | undefined {
  // Reranking and the lead's pick both ask it of the same query: read once.
  const known = calledOfQuery.get(query);
  if (known?.gazetteer === gazetteer) return known.country;
  const isCountry = countryTest(gazetteer);
  const country = query.concepts.find((c) => c.entity !== undefined && c.tokens.length > 0 && isCountry(c.entity) && isNamedByVerb(query.tokens, c.tokens[0]!))?.entity;
  calledOfQuery.set(query, { gazetteer, country });
  return country;
}
const calledOfQuery = new WeakMap<Query, { gazetteer: Gazetteer; country: string | undefined }>();
