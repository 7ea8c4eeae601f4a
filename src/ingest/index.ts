export * from './extracted-document.js';
export * from './ingest-limits.js';
export { readUpload, type Upload } from './read-upload.js';
export { readLink } from './read-link.js';
export type { LinkOptions } from './fetch-link.js';
export { PARSE_TIMEOUT_MS, type ReadOptions } from './read-off-thread.js';
