import type { IngestResult } from './extracted-document.js';
import type { IngestLimits } from './ingest-limits.js';
import { readWithOptions, type ReadOptions } from './read-off-thread.js';
import { refuse, refuseTooBig } from './refuse.js';
import { tidyDocument } from './tidy-document.js';
import { extensionOf, uploadKind } from './upload-kind.js';

/** A file sent to the bot: its name as sent, its bytes, and the media type the platform reported, if any. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
}

/**
 * Reads an uploaded file as a document, or says why not: over `limits.maxBytes` ('too-big'), not a kind sanad reads
 * ('unsupported-type'), or whatever the reader of its kind refused. Never throws on bad input. Parsed in a worker
 * thread unless options.offThread is false.
 */
export async function readUpload(file: Upload, limits: IngestLimits, options: ReadOptions = {}): Promise<IngestResult> {
  if (file.bytes.byteLength > limits.maxBytes) return refuseTooBig(limits.maxBytes, file.bytes.byteLength);
  const kind = uploadKind(file.name, file.bytes, file.mimeType);
  if (!kind) return refuse('unsupported-type', extensionOf(file.name) || file.mimeType || 'no file extension');
  try {
    const result = await readWithOptions({ kind, origin: file.name, bytes: file.bytes, html: {} }, options);
    return result.ok ? { ok: true, document: tidyDocument(result.document) } : result;
  } catch (error) {
    // The readers refuse what they can name; anything else a library throws on odd input is still a refusal.
    return refuse('unreadable-encoding', `could not read the ${kind} file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
