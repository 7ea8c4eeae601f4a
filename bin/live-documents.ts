import type { Config } from '../src/config.js';
import { documentReaderOf } from '../src/ingest/document-reader.js';
import type { Logger } from '../src/log.js';
import { openLiveSanad } from '../src/open-sanad.js';
import { readExamples, type Sanad } from '../src/sanad.js';
import { openDocumentStore } from '../src/store/open-document-store.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * The documents the bots answer from, live: documents added from a chat (kept in the store and followed across
 * instances) and files dropped into or removed from the corpus folder, over the core opened at start-up. Returns what
 * the conversation takes for them (the live core, the library, the reader of uploads and links, the maintainers); all
 * of it stops with the process.
 */
export async function openLiveDocuments(
  config: Config, corpusDir: string, sanad: Sanad, lifecycle: Lifecycle, logger: Logger, workers = config.SANAD_INDEX_WORKERS,
) {
  const documentStore = await openDocumentStore({ dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL, logger });
  lifecycle.onStop('document store', () => documentStore.close());
  const core = await openLiveSanad(sanad, {
    documentStore, corpusDir, cacheDir: config.SANAD_CACHE_DIR, maxDocumentBytes: config.SANAD_MAX_DOCUMENT_BYTES,
    // The examples only: the gazetteer is the opened core's (index.gazetteer), built once.
    examples: readExamples(corpusDir),
    ...(workers !== undefined ? { workers } : {}),
    onWarning: (message, error) => logger.warn(error === undefined ? {} : { err: error }, message),
    onCorpusWarning: ({ file, message }) => logger.warn({ file, reason: message }, 'document skipped'),
  });
  lifecycle.onStop('live documents', () => core.close());
  core.library.onChange((change) => logger.info(change, 'documents changed'));
  return {
    sanad: core.sanad, library: core.library, reader: documentReaderOf(config), maintainers: config.SANAD_MAINTAINERS,
    // A file over the configured limit is refused on the size the platform states, before it is downloaded.
    maxUploadBytes: config.SANAD_UPLOAD_MAX_BYTES,
  };
}
