import type { TermOptions } from './analyzer-config.js';
import type { Bm25Index } from './bm25-index.js';
import type { Query } from './build-query.js';
import type { Gazetteer } from './gazetteer.js';
import { termsOfText, type TextTerms } from './passage-terms.js';

/** How well a text covers the question's concepts, and where the matching words are. */
export interface ConceptMatch {
  /** IDF-weighted share of the question's concepts the text contains, 0 to 1. */
  coverage: number;
  /** Matched concepts, by index into Query.concepts. */
  matched: number[];
  /** Character ranges of the matching words in the text. */
  ranges: Array<{ start: number; end: number; weight: number; concept: number }>;
}

/** Share of a concept's n-grams a word must share to count as a spelling variant of it. */
const VARIANT_GRAM_SHARE = 0.5;

/** The weight of each concept in coverage: the IDF of its rarest evidence (unknown words weigh most). */
export function conceptWeights(query: Query, bm25: Bm25Index): number[] {
  return query.concepts.map((c) => {
    const idfs = c.stems.map((s) => bm25.idf('stem', s));
    if (c.entity) idfs.push(bm25.idf('entity', c.entity));
    return Math.max(...idfs, 0);
  });
}

/** Finds the question's concepts in a text: by entity, stem, shared n-grams (spelling variants) or skeleton. */
export function matchConcepts(
  text: string, query: Query, weights: readonly number[], gazetteer: Gazetteer, options: TermOptions, analysed?: TextTerms,
): ConceptMatch {
  const terms = analysed ?? termsOfText(text, gazetteer, options);
  const matched: number[] = [];
  const ranges: ConceptMatch['ranges'] = [];
  const tokenHit = new Map<number, { weight: number; concept: number }>();
  const hit = (i: number, concept: number) => {
    if ((tokenHit.get(i)?.weight ?? -1) < weights[concept]!) tokenHit.set(i, { weight: weights[concept]!, concept });
  };
  query.concepts.forEach((concept, c) => {
    let found = false;
    if (concept.entity) {
      for (const e of terms.entities) {
        if (e.id !== concept.entity) continue;
        found = true;
        for (let i = e.first; i <= e.last; i++) if (!terms.tokens[i]!.stop) hit(i, c);
      }
    }
    const stems = new Set(concept.stems);
    const grams = new Set(concept.grams);
    // A word can share at most the concept's n-grams the whole text has: skip the per-word check when too few.
    let present = 0;
    for (const g of grams) if (terms.gramSet.has(g)) present++;
    const variantsPossible = grams.size >= 2 && present >= VARIANT_GRAM_SHARE * grams.size;
    terms.tokens.forEach((token, i) => {
      if (token.stop) return;
      if (stems.has(token.stem)) {
        found = true;
        hit(i, c);
        return;
      }
      if (variantsPossible && token.script !== 'digit' && terms.tokenGrams[i]!.length > 0) {
        const own = terms.tokenGrams[i]!;
        const shared = own.filter((g) => grams.has(g)).length;
        if (shared / Math.max(grams.size, own.length) >= VARIANT_GRAM_SHARE) {
          found = true;
          hit(i, c);
        }
      }
    });
    if (!found && concept.skeleton && terms.skeleton.includes(concept.skeleton)) found = true;
    if (found) matched.push(c);
  });
  for (const [i, { weight, concept }] of [...tokenHit].sort((a, b) => a[0] - b[0])) {
    ranges.push({ start: terms.tokens[i]!.start, end: terms.tokens[i]!.end, weight, concept });
  }
  const total = weights.reduce((s, w) => s + w, 0);
  const got = matched.reduce((s, c) => s + weights[c]!, 0);
  return { coverage: total > 0 ? got / total : 0, matched, ranges };
}
