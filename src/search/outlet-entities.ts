import type { SourceDocument } from '../documents/document.js';
import type { TermOptions } from './analyzer-config.js';
import type { Gazetteer } from './gazetteer.js';
import { termsOfText } from './passage-terms.js';

/**
 * The gazetteer entries that name a document's outlet (its `outlet` metadata, «RT عربي» → the entry whose names are
 * RT, Russia Today, روسيا اليوم…), or none. A reader asks "what did RT report?" or «حسب صدى البلد» of a report whose
 * passages never name the outlet: the maintainers' gazetteer gives its names in every language, and the index files
 * them with each of its passages.
 */
export function outletEntities(document: Pick<SourceDocument, 'outlet'>, gazetteer: Gazetteer, options: TermOptions): string[] {
  if (!document.outlet) return [];
  return [...new Set(termsOfText(document.outlet, gazetteer, options).entities.map((e) => e.id))];
}
