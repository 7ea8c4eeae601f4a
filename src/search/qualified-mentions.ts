import type { EntityMatch } from './gazetteer.js';

/**
 * Whose an organisation is, read from the place named right beside it: «وزارة الخارجية الكازاخية» and "МИД Казахстана"
 * are Kazakhstan's foreign ministry, «الخارجية الروسية» and "Russia's foreign ministry" Russia's. News of one event
 * quote several countries' ministries, and a question asking what Kazakhstan's said is not answered by Russia's.
 */

/** The gazetteer's kinds of entries, by id (Gazetteer.kinds). */
type Kinds = ReadonlyMap<string, string>;

/** The place named right after or right before a mention (the first of the two), or undefined. */
export function qualifierOf(mention: Pick<EntityMatch, 'first' | 'last'>, entities: readonly EntityMatch[], kinds: Kinds): string | undefined {
  let before: string | undefined;
  for (const e of entities) {
    if (kinds.get(e.id) !== 'place') continue;
    if (e.first === mention.last + 1) return e.id;
    if (e.last === mention.first - 1) before = e.id;
  }
  return before;
}

/** The organisations a text names, each with the place that qualifies it where one does ('' where none does). */
export function qualifiedOrganisations(entities: readonly EntityMatch[], kinds: Kinds): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const e of entities) {
    if (kinds.get(e.id) !== 'org') continue;
    const place = qualifierOf(e, entities, kinds) ?? '';
    if (!found.get(e.id)) found.set(e.id, place);
  }
  return found;
}

/**
 * Whether a text's every mention of the organisation is another place's: qualified by a place other than `place`, or
 * unqualified in a document whose headline names it as another place's («وأضافت الخارجية…» in a report headed
 * «الخارجية الروسية: …»). False when the text does not mention it.
 */
export function onlyAnotherPlaces(organisation: string, place: string, entities: readonly EntityMatch[], kinds: Kinds, headline: ReadonlyMap<string, string> | undefined): boolean {
  let mentioned = false;
  const headlinePlace = headline?.get(organisation) ?? '';
  for (const e of entities) {
    if (e.id !== organisation) continue;
    mentioned = true;
    const own = qualifierOf(e, entities, kinds) ?? headlinePlace;
    if (!own || own === place) return false;
  }
  return mentioned;
}
