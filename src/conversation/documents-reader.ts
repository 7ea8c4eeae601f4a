import type { IngestResult } from '../ingest/extracted-document.js';

/** A file sent in a chat, downloaded. */
export interface UploadedFile {
  /** The file name as sent (its extension tells the type). */
  name: string;
  bytes: Uint8Array;
  /** The type the platform reports, if any. */
  mimeType?: string;
}

/**
 * Reads an upload or a link into a document, or says why not (src/ingest/ implements it: readUpload / readLink with
 * the configured limits). The conversation depends on this port only.
 */
export interface DocumentReader {
  readUpload(file: UploadedFile): Promise<IngestResult>;
  readLink(url: string): Promise<IngestResult>;
}
