import type { Config } from '../config.js';
import type { DocumentReader } from '../conversation/documents-reader.js';
import { ingestLimitsOf } from './ingest-limits.js';
import { readLink } from './read-link.js';
import { readUpload } from './read-upload.js';

/**
 * The reader the chat flows use: uploads and links read with the configured limits, off the main thread (a page or a
 * PDF costs up to seconds of parsing, which would hold up every answer).
 */
export function documentReaderOf(config: Pick<Config, 'SANAD_UPLOAD_MAX_BYTES' | 'SANAD_LINK_TIMEOUT_MS' | 'SANAD_LINK_MAX_REDIRECTS' | 'SANAD_LINK_ALLOW_PRIVATE'>): DocumentReader {
  const limits = ingestLimitsOf(config);
  return {
    readUpload: (file) => readUpload(file, limits.upload),
    readLink: (url) => readLink(url, limits.link),
  };
}
