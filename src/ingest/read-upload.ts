import type { IngestResult } from './extracted-document.js';
import type { IngestLimits } from './ingest-limits.js';
import { readDocx } from './read-docx.js';
import { readHtml, type HtmlSource } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { readTextFile } from './read-text-file.js';
import { refuse, refuseTooBig } from './refuse.js';
import { tidyDocument } from './tidy-document.js';
import { extensionOf, uploadKind, type UploadKind } from './upload-kind.js';

/** A file sent to the bot: its name as sent, its bytes, and the media type the platform reported, if any. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
}

/** Reads bytes known to be of one kind; `origin` names them in the result. */
export async function readAs(kind: UploadKind, origin: string, bytes: Uint8Array, html: HtmlSource = {}): Promise<IngestResult> {
  switch (kind) {
    case 'txt':
    case 'md':
      return readTextFile(kind, origin, bytes);
    case 'html':
      return readHtml('html', origin, bytes, html);
    case 'pdf':
      return readPdf(origin, bytes);
    case 'docx':
      return readDocx(origin, bytes);
  }
}

/**
 * Reads an uploaded file as a document, or says why not: over `limits.maxBytes` ('too-big'), not a kind sanad reads
 * ('unsupported-type'), or whatever the reader of its kind refused. Never throws on bad input.
 */
export async function readUpload(file: Upload, limits: IngestLimits): Promise<IngestResult> {
  if (file.bytes.byteLength > limits.maxBytes) return refuseTooBig(limits.maxBytes, file.bytes.byteLength);
  const kind = uploadKind(file.name, file.bytes, file.mimeType);
  if (!kind) return refuse('unsupported-type', extensionOf(file.name) || file.mimeType || 'no file extension');
  try {
    const result = await readAs(kind, file.name, file.bytes);
    return result.ok ? { ok: true, document: tidyDocument(result.document) } : result;
  } catch (error) {
    // The readers refuse what they can name; anything else a library throws on odd input is still a refusal.
    return refuse('unreadable-encoding', `could not read the ${kind} file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
