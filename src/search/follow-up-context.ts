import { isChatFiller } from '../text/chat-fillers.js';
import { smallTalkOf } from '../text/small-talk.js';
import type { Query, QueryConcept } from './build-query.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * The factor the previous question's words are searched with in a follow-up (BM25 weight and weight in coverage):
 * well below the follow-up's own, so that they steer towards the topic without outweighing what the follow-up asks.
 * It was 0.5 until the news glossary translated more of a previous question's words ("hold a meeting" → عقد): then
 * the meeting itself outranked what "what did he request?" asked.
 */
export const CONTEXT_WEIGHT = 0.4;

/**
 * A follow-up with this many content words of its own (concepts) says enough to be searched alone: "how many people
 * were killed in the clashes with the police" needs no topic, "and how many died there?" (2) does.
 */
export const STANDALONE_MIN_CONCEPTS = 4;

/** Gazetteer kinds that name a subject of their own (a person, place or organisation), unlike key terms (protests, killed). */
const NAMING_KINDS = new Set(['person', 'place', 'org']);

/** The vocative particle, which a greeting may hold (مرحبا يا شباب). */
const VOCATIVE = 'يا';

/**
 * Whether the message only wraps a question it never asks: a greeting or thanks («привет», "thank you so much!",
 * مرحبا يا شباب; smallTalkOf), "exactly". It asks nothing of the last answer, and a reply "thanks" to an answer must
 * not be answered again with its topic.
 */
function asksNothing(query: Query): boolean {
  const tokens = ownTokensOf(query);
  if (tokens.length > 0 && smallTalkOf(tokens)) return true;
  return tokens.length > 0 && tokens.every((t, i) => t.normalized === VOCATIVE || isChatFiller(tokens, i));
}

/**
 * Whether a follow-up stands on its own and is searched without the previous question. It does when it names its own
 * subject, a person, place or organisation of the gazetteer or a word written as a name ("And Pashinyan?" asks about
 * him, not about the earlier topic), or when it has STANDALONE_MIN_CONCEPTS content words. A pronoun or a bare "there"
 * (stop words, so no concepts) is exactly what leaves a follow-up short of its topic. The rule reads only the words,
 * not an answer: asked alone, "how many died there?" may well find a confident answer, about the wrong place.
 */
export function standsOnItsOwn(query: Query, gazetteer: Gazetteer): boolean {
  if (asksNothing(query)) return true;
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
  return { text: query.text, tokens: [...query.tokens, ...context.tokens], concepts, terms, dropped: query.dropped, form: query.form, past: query.past, ownTokens: offset };
}

/** The question's own tokens: what it asks for (questionForm) is read from them, not from an added topic. */
export function ownTokensOf(query: Query): Query['tokens'] {
  return query.ownTokens === undefined ? query.tokens : query.tokens.slice(0, query.ownTokens);
}

/** Words that open a continuation: "and …?", "а …?", "but …". */
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'also', 'then', 'what about', 'а', 'и', 'но', 'тогда', 'также']);
/** Words that point back to something said before: pronouns of the third person and "there", "that". */
const BACK_REFERENCES = new Set([
  'he', 'she', 'it', 'they', 'them', 'him', 'his', 'her', 'its', 'their', 'there', 'that', 'those', 'these', 'then',
  'он', 'она', 'оно', 'они', 'их', 'его', 'ее', 'её', 'ему', 'ей', 'им', 'ими', 'нем', 'ней', 'них', 'там', 'туда', 'оттуда', 'тогда', 'это', 'этого', 'этом', 'тот', 'те',
  'هناك', 'هنالك', 'ذلك', 'تلك', 'هذا', 'هذه', 'هؤلاء', 'هو', 'هي', 'هم', 'هن', 'عندها', 'حينها', 'بعدها',
]);
/** What follows و or ف when it opens a continuation: a question or function word ("وكم…", "وفي أي…", "فمن…"). */
const AFTER_ARABIC_CONJUNCTION = new Set(['كم', 'ما', 'ماذا', 'من', 'متي', 'اين', 'لماذا', 'لما', 'هل', 'كيف', 'اي', 'في', 'لمن', 'الي', 'عن', 'بعد', 'قبل', 'هو', 'هي', 'هم', 'ماذا']);
/** Arabic pronoun suffixes that refer back ("عددها", "أهدافهم"), on a word long enough to carry one. */
const ARABIC_BACK_SUFFIX = /^.{2,}(ها|هم|هن|هما)$/;

/**
 * Whether a question's wording marks it as continuing the conversation: it opens with a conjunction ("and …?",
 * «وكم…؟», «а сколько…?»), refers back (a third-person pronoun, "there", an Arabic pronoun suffix such as عددها), or
 * has no content word of its own ("Why?", «Почему?»). A private chat's next question counts as a follow-up only when
 * marked so (its only sign is time); "How do I reset my password?" right after an answer is a new question, and is
 * declined as it would be alone.
 */
export function continuesConversation(query: Query): boolean {
  const tokens = ownTokensOf(query);
  if (asksNothing(query)) return false;
  if (query.concepts.length === 0) return true;
  const first = tokens[0];
  if (!first) return true;
  if (CONJUNCTIONS.has(first.normalized)) return true;
  if (first.script === 'arabic' && /^[وف]/.test(first.normalized) && AFTER_ARABIC_CONJUNCTION.has(first.normalized.slice(1))) return true;
  return tokens.some((t) => BACK_REFERENCES.has(t.normalized) || (t.script === 'arabic' && !t.stop && ARABIC_BACK_SUFFIX.test(t.normalized)));
}
