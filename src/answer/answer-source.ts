import type { SourceDocument } from '../documents/document.js';
import type { AnswerSource } from './answer.js';

/** A document as a numbered source of an answer: headline, and its outlet, date, link and credited agency when known. */
export function sourceOf(doc: SourceDocument | undefined, docId: string, n: number): AnswerSource {
  const source: AnswerSource = { n, docId, title: doc?.title ?? docId };
  if (doc?.outlet) source.outlet = doc.outlet;
  if (doc?.date) source.date = doc.date;
  if (doc?.url) source.url = doc.url;
  if (doc?.via) source.via = doc.via;
  return source;
}
