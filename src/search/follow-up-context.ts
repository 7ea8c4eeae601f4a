import type { Query, QueryConcept } from './build-query.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * The factor the previous question's words are searched with in a follow-up (BM25 weight and weight in coverage): half
 * of the follow-up's own, so that they steer towards the topic without outweighing what the follow-up asks.
 */
export const CONTEXT_WEIGHT = 0.5;

/**
 * A follow-up with this many content words of its own (concepts) says enough to be searched alone: "how many people
 * were killed in the clashes with the police" needs no topic, "and how many died there?" (2) does.
 */
export const STANDALONE_MIN_CONCEPTS = 4;

/** Gazetteer kinds that name a subject of their own (a person, place or organisation), unlike key terms (protests, killed). */
const NAMING_KINDS = new Set(['person', 'place', 'org']);

/**
 * Whether a follow-up stands on its own and is searched without the previous question. It does when it names its own
 * subject, a person, place or organisation of the gazetteer or a word written as a name ("And Pashinyan?" asks about
 * him, not about the earlier topic), or when it has STANDALONE_MIN_CONCEPTS content words. A pronoun or a bare "there"
 * (stop words, so no concepts) is exactly what leaves a follow-up short of its topic. The rule reads only the words,
 * not an answer: asked alone, "how many died there?" may well find a confident answer, about the wrong place.
 */
export function standsOnItsOwn(query: Query, gazetteer: Gazetteer): boolean {
  if (query.concepts.some((c) => c.name || (c.entity !== undefined && NAMING_KINDS.has(gazetteer.kinds.get(c.entity) ?? 'term')))) return true;
  return query.concepts.length >= STANDALONE_MIN_CONCEPTS;
}

/** Whether the question already has a concept: the same entity, or a stem in common. */
function hasConcept(own: readonly QueryConcept[], concept: QueryConcept): boolean {
  return own.some((c) => (concept.entity !== undefined && c.entity === concept.entity) || c.stems.some((s) => concept.stems.includes(s)));
}

/**
 * A follow-up's query with the previous question's topic: the previous question's concepts the follow-up lacks are
 * added, their terms (and their weight in coverage, through contextWeight) scaled by `weight`; so are its word pairs.
 * The previous question's tokens follow the follow-up's (ownTokens counts the follow-up's), `text` stays the follow-up.
 */
export function addContext(query: Query, context: Query, weight = CONTEXT_WEIGHT): Query {
  const offset = query.tokens.length;
  const concepts = [...query.concepts];
  const terms = [...query.terms];
  const added = new Map<number, number>();
  context.concepts.forEach((concept, c) => {
    if (hasConcept(query.concepts, concept)) return;
    added.set(c, concepts.length);
    concepts.push({ ...concept, tokens: concept.tokens.map((t) => t + offset), contextWeight: weight });
  });
  const ownPairs = new Set(query.terms.filter((t) => t.field === 'pair').map((t) => t.term));
  for (const t of context.terms) {
    if (t.concept === undefined) {
      if (!ownPairs.has(t.term)) terms.push({ ...t, weight: t.weight * weight });
      continue;
    }
    const to = added.get(t.concept);
    if (to !== undefined) terms.push({ field: t.field, term: t.term, weight: t.weight * weight, concept: to });
  }
  return { text: query.text, tokens: [...query.tokens, ...context.tokens], concepts, terms, dropped: query.dropped, ownTokens: offset };
}

/** The question's own tokens: what it asks for (questionForm) is read from them, not from an added topic. */
export function ownTokensOf(query: Query): Query['tokens'] {
  return query.ownTokens === undefined ? query.tokens : query.tokens.slice(0, query.ownTokens);
}
