import 'dotenv/config';
import { existsSync, statSync } from 'node:fs';
import { ConfigError, readConfig, type Config } from '../src/config.js';
import type { Logger } from '../src/log.js';
import { openSanad, type OpenedSanad, type StartupProgress, type StartupStage } from '../src/open-sanad.js';

/** Reads the configuration or exits with one line per problem (never a stack trace). */
export function configOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.problems) console.error(`config: ${line}`);
      process.exit(2);
    }
    throw error;
  }
}

/** A stage that lasts longer than this gets a progress line on a terminal. */
const PROGRESS_AFTER_MS = 2000;
/** The progress line is redrawn at most this often. */
const PROGRESS_EVERY_MS = 250;

/**
 * A progress line on stderr for long stages, when stderr is a terminal ("index: 41,000 / 100,000 passages (41 %)"),
 * redrawn in place and cleared when the stage ends; nothing at all otherwise (a log file gets the stage lines only).
 */
function terminalProgress(): { update(progress: StartupProgress): void; clear(): void } {
  const stream = process.stderr;
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let stage: string | undefined;
  let stageStarted = 0;
  let drawnAt = 0;
  let shown = false;
  return {
    update({ stage: name, done, total }) {
      const now = performance.now();
      if (name !== stage) {
        stage = name;
        stageStarted = now;
      }
      if (now - stageStarted < PROGRESS_AFTER_MS || now - drawnAt < PROGRESS_EVERY_MS) return;
      drawnAt = now;
      shown = true;
      const unit = name === 'documents' ? 'files' : 'passages';
      stream.write(`\r\x1b[K${name}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${unit} (${Math.floor((100 * done) / Math.max(1, total))} %)`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      stage = undefined;
    },
  };
}

/** One log line for a start-up stage (and one warning per skipped file), with counts and milliseconds. */
function logStage(logger: Pick<Logger, 'info' | 'warn'>, stage: StartupStage): void {
  const ms = Math.round(stage.ms);
  if (stage.stage === 'documents') {
    for (const { file, message } of stage.skipped) logger.warn({ file, reason: message }, 'document skipped');
    logger.info({ documents: stage.documents, skipped: stage.skipped.length, mb: Number((stage.bytes / 2 ** 20).toFixed(1)), from: stage.from, ms }, 'documents loaded');
  } else if (stage.stage === 'passages') {
    logger.info({ passages: stage.passages, ms }, 'passages made');
  } else {
    const what = stage.origin === 'cache' ? 'index loaded from the saved copy' : `index built${stage.workers ? ` in ${stage.workers} worker threads` : ''}`;
    logger.info({ passages: stage.passages, ms }, what);
  }
}

/** Options of openCoreOrExit. */
export interface OpenCoreOptions {
  corpusDir: string;
  cacheDir?: string;
  /** Larger document files are skipped with a warning (SANAD_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  workers?: number;
  logger: Pick<Logger, 'info' | 'warn'>;
  /** A signal during start-up aborts it: openCoreOrExit then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Opens the core for a command (documents, passages, the saved or a new index), logging one line per stage and a
 * progress line on a terminal; exits 2 with one clear line when the folder is unusable or holds no document.
 */
export async function openCoreOrExit(options: OpenCoreOptions): Promise<OpenedSanad> {
  const { corpusDir, logger } = options;
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    console.error(`corpus: ${corpusDir} is not a folder (set --corpus DIR or SANAD_CORPUS_DIR)`);
    process.exit(2);
  }
  const progress = terminalProgress();
  let sanad: OpenedSanad;
  try {
    sanad = await openSanad({
      corpusDir, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.maxDocumentBytes !== undefined ? { maxDocumentBytes: options.maxDocumentBytes } : {}), ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (p) => progress.update(p),
      onStage: (stage) => {
        progress.clear();
        logStage(logger, stage);
      },
    });
  } finally {
    progress.clear();
  }
  if (sanad.indexWarning) logger.warn(`index: ${sanad.indexWarning}`);
  void sanad.saved.then((warning) => warning && logger.warn(`saved copies: ${warning}`));
  if (sanad.documents.length === 0) {
    console.error(`corpus: no .txt or .md documents in ${corpusDir}`);
    process.exit(2);
  }
  return sanad;
}
