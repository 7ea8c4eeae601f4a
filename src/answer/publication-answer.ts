import type { Query } from '../search/build-query.js';
import { conceptWeights, matchConcepts } from '../search/match-concepts.js';
import type { PassageIndex } from '../search/passage-index.js';
import { publicationWordIndexes } from '../search/publication-question.js';
import type { RerankedHit } from '../search/rerank-by-coverage.js';
import type { Answer } from './answer.js';
import { sourceOf } from './answer-source.js';

/**
 * The answer to "when was this report published?": the date of the report the question's words describe, as its
 * document states it. The report is told by its outlet and its story's words ("the Akhbar El Yom piece about Tokayev's
 * pledge"), found in its passages and in its headline, which sums its story up: of the documents among the hits, the
 * one whose best passage and headline hold most of those words, a word in both counting twice (the first found of
 * equals). Not found when none holds one, or the document gives no date: the documents do not say.
 */
export function publicationAnswer(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, notFound: Answer): Answer {
  const publishing = publicationWordIndexes(query.tokens);
  // The words that tell which report: not the verb of publishing nor "article"; a follow-up's topic too ("when was
  // this published?" after a question on the story).
  const describing = query.concepts.map((c) => !c.frame && !c.tokens.some((t) => publishing.has(t)));
  const weights = conceptWeights(query, index.bm25);
  let chosen: string | undefined;
  let most = 0;
  const seen = new Set<string>();
  for (const hit of reranked) {
    const { docId } = hit.passage;
    if (seen.has(docId)) continue;
    seen.add(docId);
    const title = index.documents.get(docId)?.title ?? '';
    const inHeadline = matchConcepts(title, query, weights, index.gazetteer, index.termOptions, index.titleAnalysisOf(docId));
    // Each word as surely as it is held (a root's kin counts less than the word), in the passage and again in the
    // headline: the headline tells the story, a passage may only mention its words.
    let weight = 0;
    for (const { matched, credit } of [hit.match, inHeadline]) {
      matched.forEach((c, j) => {
        if (describing[c]) weight += weights[c]! * credit[j]!;
      });
    }
    if (weight > most) [chosen, most] = [docId, weight];
  }
  const document = chosen === undefined ? undefined : index.documents.get(chosen);
  if (!document?.date) return notFound;
  return { ...notFound, status: 'answered', sources: [sourceOf(document, chosen!, 1)], published: true };
}
