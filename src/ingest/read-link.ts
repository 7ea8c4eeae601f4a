import type { IngestResult } from './extracted-document.js';
import { fetchLink, type LinkOptions } from './fetch-link.js';
import type { LinkLimits } from './ingest-limits.js';
import { readWithOptions, type ReadOptions } from './read-off-thread.js';
import { refuse } from './refuse.js';
import { tidyDocument } from './tidy-document.js';
import { KIND_OF_MEDIA_TYPE, sniffKind, type UploadKind } from './upload-kind.js';

// Servers that do not say what they send: the content decides.
const UNNAMED_MEDIA_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** How to read a fetched body: by its media type, or by its first bytes when the server did not name one. */
function linkKind(mediaType: string, bytes: Uint8Array): UploadKind | undefined {
  if (!UNNAMED_MEDIA_TYPES.has(mediaType)) return KIND_OF_MEDIA_TYPE[mediaType];
  const sniffed = sniffKind(bytes);
  return sniffed === 'zip' ? 'docx' : sniffed;
}

/**
 * Reads a link as a document (fetchLink's limits and address checks apply): an HTML page through the page reader, a
 * PDF, Word or plain-text answer through theirs; anything else is refused as 'not-html'. The document's `url` is the
 * page's canonical link, else the address it was finally read from.
 */
export async function readLink(link: string, limits: LinkLimits, options: LinkOptions & ReadOptions = {}): Promise<IngestResult> {
  const fetched = await fetchLink(link, limits, options);
  if (!fetched.ok) return fetched;
  const kind = linkKind(fetched.mediaType, fetched.bytes);
  if (!kind) return refuse('not-html', fetched.mediaType || 'no content type');
  const origin = link.trim();
  try {
    const html = { pageUrl: fetched.finalUrl, ...(fetched.charset && { charset: fetched.charset }) };
    const result = await readWithOptions({ kind, origin, bytes: fetched.bytes, html }, options);
    if (!result.ok) return result;
    return { ok: true, document: tidyDocument({ ...result.document, kind: 'link', url: result.document.url ?? fetched.finalUrl }) };
  } catch (error) {
    return refuse('unreadable-encoding', `could not read the ${kind} answer: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
