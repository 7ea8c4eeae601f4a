import type { AnalyzedToken } from '../text/analyze.js';
import { charNgrams } from '../text/char-ngrams.js';
import { consonantSkeleton } from '../text/consonant-skeleton.js';
import type { TermOptions } from './analyzer-config.js';
import type { Gazetteer } from './gazetteer.js';
import { bareForm, termsOfText } from './passage-terms.js';

/** Words that frame a question ("ما اسم…", "ماذا يسمى…") rather than say what it is about. Query side only. */
const QUESTION_WORDS = new Set(['ماهو', 'ماهي', 'اسم', 'يسمي', 'تسمي', 'يطلق', 'تطلق', 'يعرف', 'تعرف', 'يعتبر', 'تعتبر']);

/** Ends a sentence: the word after it is capitalised for the sentence, not for being a name. */
const SENTENCE_END = /[.!?؟…:]$/;

/** A Latin or Cyrillic word that starts with a capital letter inside its sentence. */
function isWrittenAsName(text: string, token: AnalyzedToken): boolean {
  if (token.script !== 'latin' && token.script !== 'cyrillic') return false;
  const before = text.slice(0, token.start).trimEnd();
  return before !== '' && !SENTENCE_END.test(before) && /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/** One thing the question asks about: a word, or a gazetteer entity spanning one or more words. */
export interface QueryConcept {
  /** Indexes into Query.tokens. */
  tokens: number[];
  stems: string[];
  grams: string[];
  entity?: string;
  skeleton?: string;
  /**
   * A Latin or Cyrillic word written as a name: capitalised, not the first word of its sentence ("Peru", "Токаев").
   * Only for words outside gazetteer entities.
   */
  name?: boolean;
}

/** A question analysed into concepts and the weighted terms searched for (weights before field weights). */
export interface Query {
  text: string;
  tokens: AnalyzedToken[];
  concepts: QueryConcept[];
  /** The terms searched for; `concept` is the index of the concept a term comes from (none for stem pairs). */
  terms: Array<{ field: string; term: string; weight: number; concept?: number }>;
}

/**
 * Turns a question into index terms. Words inside an entity mention become that entity (plus their own stems);
 * character n-grams catch spelling variants; a consonant skeleton is added for words the index does not know as
 * stems (Latin or Cyrillic names, unseen transliterations).
 */
export function buildQuery(text: string, gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number): Query {
  const { tokens, entities, pair } = termsOfText(text, gazetteer, options);
  const covered = new Map<number, number>();
  entities.forEach((e, n) => {
    for (let i = e.first; i <= e.last; i++) if (!covered.has(i)) covered.set(i, n);
  });
  const concepts: QueryConcept[] = [];
  const byEntity = new Map<number, QueryConcept>();
  tokens.forEach((token, i) => {
    if (token.stop || QUESTION_WORDS.has(token.normalized)) return;
    const bare = bareForm(token, options.minStemLength);
    const grams = token.script === 'digit' ? [] : charNgrams(bare, options.ngramSize);
    const entityNo = covered.get(i);
    if (entityNo !== undefined) {
      let concept = byEntity.get(entityNo);
      if (!concept) {
        concept = { tokens: [], stems: [], grams: [], entity: entities[entityNo]!.id };
        byEntity.set(entityNo, concept);
        concepts.push(concept);
      }
      concept.tokens.push(i);
      concept.stems.push(token.stem);
      concept.grams.push(...grams);
      return;
    }
    const concept: QueryConcept = { tokens: [i], stems: [token.stem], grams };
    if (isWrittenAsName(text, token)) concept.name = true;
    const unknown = token.script !== 'arabic' || documentFrequency('stem', token.stem) === 0;
    // Only whole words of letters (no digits glued on) of 4 or more: short or mixed tokens match names by accident.
    const skeleton = unknown && /^\p{L}{4,}$/u.test(bare) ? consonantSkeleton(bare) : '';
    if (skeleton) concept.skeleton = skeleton;
    concepts.push(concept);
  });
  const terms: Query['terms'] = [];
  concepts.forEach((concept, c) => {
    for (const stem of concept.stems) {
      terms.push({ field: 'stem', term: stem, weight: 1, concept: c });
      terms.push({ field: 'title', term: stem, weight: 1, concept: c });
    }
    for (const gram of concept.grams) terms.push({ field: 'gram', term: gram, weight: 1, concept: c });
    if (concept.entity) terms.push({ field: 'entity', term: concept.entity, weight: 1, concept: c });
    if (concept.skeleton) terms.push({ field: 'skeleton', term: concept.skeleton, weight: 1, concept: c });
  });
  // Every term has the same properties (concept undefined for pairs): one object shape keeps BM25's loop fast.
  for (const p of pair) terms.push({ field: 'pair', term: p, weight: 1, concept: undefined });
  return { text, tokens, concepts, terms };
}
