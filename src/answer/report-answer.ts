import type { Query } from '../search/build-query.js';
import { conceptWeights, matchConcepts } from '../search/match-concepts.js';
import type { PassageIndex } from '../search/passage-index.js';
import { headlineQuestionWordIndexes } from '../search/headline-question.js';
import { linkQuestionWordIndexes } from '../search/link-question.js';
import { publicationWordIndexes } from '../search/publication-question.js';
import { askedMastheadPost, postHoldingIndexes, siteNounIndexes } from '../search/credit-question.js';
import { reportWordIndexes } from '../search/report-words.js';
import { ownTokensOf } from '../search/follow-up-context.js';
import { outletEntities } from '../search/outlet-entities.js';
import type { RerankedHit } from '../search/rerank-by-coverage.js';
import type { SourceDocument } from '../documents/document.js';
import type { Answer, AnswerSource } from './answer.js';
import { sourceOf } from './answer-source.js';

/**
 * The report a question about a report describes, by its outlet and its story's words ("the Akhbar El Yom piece about
 * Tokayev's pledge"), found in its passages and in its headline, which sums its story up: of the documents among the
 * hits, the one whose best passage and headline hold most of those words, a word in both counting twice (the first
 * found of equals). `asking`: the question's words that say what is asked of the report (its verb of publishing, the
 * noun "headline"), which tell nothing of which. Undefined when no document holds one.
 */
export function reportAskedAbout(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, asking: ReadonlySet<number>): string | undefined {
  // The words that tell which report: not those that say what is asked; a follow-up's topic too ("when was this
  // published?" after a question on the story). A name stays, though a word of it names a report too («أخبار اليوم»).
  const { kinds } = index.gazetteer;
  const named = (c: Query['concepts'][number]) => c.entity !== undefined && kinds.get(c.entity) !== 'term';
  const telling = query.concepts.map((c) => named(c) || !c.tokens.some((t) => asking.has(t)));
  // A frame's verb ("want", «سعى») tells which story only in a headline, which sums the story up in its verb
  // («الإرهابيون سعوا للإطاحة…»); in a passage it is too common a word to tell one report from another.
  const describingInPassage = query.concepts.map((c, i) => !c.frame && telling[i]!);
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
    for (const [{ matched, credit, via }, describing] of [[hit.match, describingInPassage], [inHeadline, telling]] as const) {
      matched.forEach((c, j) => {
        // A name counts where the text names it, not where it holds a word of it: «صدى البلد» (an outlet) is not in
        // «في هذا البلد» ("in this country").
        if (describing[c] && (!named(query.concepts[c]!) || via[j] === 'entity')) weight += weights[c]! * credit[j]!;
      });
    }
    if (weight > most) [chosen, most] = [docId, weight];
  }
  return chosen;
}

/** The report reportAskedAbout finds, with its source line (numbered 1, the answer's one source), or undefined. */
function askedReport(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, asking: ReadonlySet<number>): { document: SourceDocument; source: AnswerSource } | undefined {
  const id = reportAskedAbout(reranked, query, index, asking);
  const document = id === undefined ? undefined : index.documents.get(id);
  return document && { document, source: sourceOf(document, id!, 1) };
}

/**
 * The answer to "when was this report published?": the date of the report the question's words describe (see
 * reportAskedAbout), as its document states it, with the page's dateline as the quote when the date was read from one.
 * Not found when no document holds one of those words, or the document gives no date: the documents do not say, and
 * the reply names the report that gives none (`unstated`).
 */
export function publicationAnswer(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, notFound: Answer): Answer {
  const report = askedReport(reranked, query, index, publicationWordIndexes(query.tokens));
  if (!report) return notFound;
  if (!report.document.date) return { ...notFound, sources: [report.source], unstated: 'date' };
  // The page's own dateline is what the reader can check the date against, word for word.
  const { dateline } = report.document;
  const quote = dateline ? [{ text: dateline, highlights: [], citations: [1] }] : [];
  return { ...notFound, status: 'answered', quote, sources: [report.source], published: true };
}

/**
 * The answer to "what is the headline of this report?": the headline of the report the question's words describe (see
 * reportAskedAbout), quoted and cited. Not found when no document holds one of those words or has a headline.
 */
export function headlineAnswer(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, notFound: Answer): Answer {
  const report = askedReport(reranked, query, index, headlineQuestionWordIndexes(query.tokens));
  const headline = report?.document.title.trim();
  if (!headline) return notFound;
  return { ...notFound, status: 'answered', quote: [{ text: headline, highlights: [], citations: [1] }], sources: [report!.source] };
}

/**
 * The answer to "got the link to this report?": the address of the report the question's words describe (see
 * reportAskedAbout), as its document gives it, with the report as its one source. Not found when no document holds
 * one of those words or gives no address: the documents do not say (the reply names the report, `unstated`). The
 * address is what the reader is shown first, as the quote (`npm run ask -- --json` tells it there), word for word from
 * the document.
 */
export function linkAnswer(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, notFound: Answer): Answer {
  const report = askedReport(reranked, query, index, linkQuestionWordIndexes(query.tokens));
  if (!report) return notFound;
  const { url } = report.document;
  if (!url) return { ...notFound, sources: [report.source], unstated: 'link' };
  return { ...notFound, status: 'answered', quote: [{ text: url, highlights: [], citations: [1] }], sources: [report.source], linked: true };
}

/** The gazetteer entries naming the collection's outlets, read once per index from its documents' few outlet names. */
function outletEntitiesOfCollection(index: PassageIndex): ReadonlySet<string> {
  let found = outletsOfIndex.get(index);
  if (!found) {
    const names = new Set([...index.documents.values()].flatMap((d) => (d.outlet ? [d.outlet] : [])));
    found = new Set([...names].flatMap((outlet) => outletEntities({ outlet }, index.gazetteer, index.termOptions)));
    outletsOfIndex.set(index, found);
  }
  return found;
}
const outletsOfIndex = new WeakMap<PassageIndex, ReadonlySet<string>>();

/**
 * The answer to "who is the editor-in-chief of Sada El Balad?": the post and name the masthead of that outlet's page
 * gives (DocumentMeta.credits), quoted as «رئيس التحرير: أحمد صبري» (the label's line and the name's line, joined by a
 * colon) and cited. The report is the one the question's other words describe (see reportAskedAbout); another report
 * of the same outlet may carry the masthead instead. Undefined when the question names no post or no site (by its
 * name, "the site", or "the article"), for the passages to answer; not found when the outlet's pages name no one to it.
 */
export function creditAnswer(reranked: readonly RerankedHit[], query: Query, index: PassageIndex, notFound: Answer): Answer | undefined {
  // The question's own words (a follow-up's topic from the previous one comes after them, its indexes unchanged).
  const own = ownTokensOf(query);
  const post = askedMastheadPost(own);
  if (!post) return undefined;
  const sites = siteNounIndexes(own);
  const namesOutlet = query.concepts.some((c) => c.entity !== undefined && outletEntitiesOfCollection(index).has(c.entity));
  const reports = reportWordIndexes(own);
  if (!namesOutlet && sites.length === 0 && reports.length === 0) return undefined;
  const report = askedReport(reranked, query, index, new Set([...post.words, ...sites, ...reports, ...postHoldingIndexes(own)]));
  if (!report) return notFound;
  const holds = (d: SourceDocument | undefined) => d?.credits?.find((c) => c.role === post.role);
  let credit = holds(report.document);
  let source = report.source;
  if (!credit && report.document.outlet) {
    for (const [id, document] of index.documents) {
      if (document.outlet !== report.document.outlet || !(credit = holds(document))) continue;
      source = sourceOf(document, id, 1);
      break;
    }
  }
  if (!credit) return notFound;
  const text = `${credit.label}: ${credit.name}`;
  return { ...notFound, status: 'answered', quote: [{ text, highlights: [{ start: text.length - credit.name.length, end: text.length }], citations: [1] }], sources: [source] };
}
