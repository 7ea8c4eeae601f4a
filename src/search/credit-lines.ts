import type { PassageHit, PassageIndex } from './passage-index.js';

/**
 * The hits with the credit lines («المصدر: نوفوستي») of their documents, each scored as its document's best hit: a
 * credit line holds the name of the agency and nothing of the story it credits, so a question asking where a story
 * comes from (see asksForSource) finds the story's passages by their words and the line by chance, if at all. The line
 * credits the whole report, so it stands as high as the report's best passage; reranking then tells them apart.
 */
export function withCreditLines(hits: readonly PassageHit[], index: PassageIndex): PassageHit[] {
  const best = new Map<string, number>();
  for (const hit of hits) best.set(hit.passage.docId, Math.max(best.get(hit.passage.docId) ?? -Infinity, hit.score));
  const lines = new Set([...best.keys()].flatMap((docId) => index.creditLinesOf(docId)));
  const others = hits.filter((h) => !lines.has(h.passage));
  const credited = [...lines].map((line) => ({ passage: line, score: best.get(line.docId)! }));
  // Stable: a line after its document's best passage, whose score it shares.
  return [...others, ...credited].sort((a, b) => b.score - a.score);
}
