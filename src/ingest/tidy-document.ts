import type { ExtractedDocument } from './extracted-document.js';
import { foldWhiteSpace, tidyExtractedText } from './tidy-extracted-text.js';
import { statedDate } from './stated-date.js';

/** A one-line field (title, outlet, file name) safe to show: no invisible or control characters, one line. */
function tidyLine(value: string | undefined): string | undefined {
  const line = value === undefined ? '' : foldWhiteSpace(tidyExtractedText(value));
  return line || undefined;
}

/** An http(s) link, or undefined: a javascript: or mailto: "link" in front matter or a page is not one to show. */
function httpLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stated fields of an extracted document made safe to show and store: one-line title, outlet and origin without
 * invisible or control characters, a real calendar date, only an http(s) link. The text is tidied by each reader.
 */
export function tidyDocument(document: ExtractedDocument): ExtractedDocument {
  const { title, outlet, date, url, ...rest } = document;
  const tidy: ExtractedDocument = { ...rest, origin: tidyLine(document.origin) ?? '' };
  const fields = { title: tidyLine(title), outlet: tidyLine(outlet), date: statedDate(date), url: httpLink(url) };
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) if (value) tidy[key] = value;
  return tidy;
}
