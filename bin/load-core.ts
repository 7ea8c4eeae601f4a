import 'dotenv/config';
import { existsSync, statSync } from 'node:fs';
import { ConfigError, readConfig, type Config } from '../src/config.js';
import { loadSanad, type Sanad } from '../src/sanad.js';

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

/** Loads the core from a corpus folder, or exits with a clear line when the folder is unusable. */
export function coreOrExit(corpusDir: string, cacheDir?: string, maxDocumentBytes?: number): Sanad {
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    console.error(`corpus: ${corpusDir} is not a folder (set --corpus DIR or SANAD_CORPUS_DIR)`);
    process.exit(2);
  }
  const sanad = loadSanad({ corpusDir, ...(cacheDir ? { cacheDir } : {}), ...(maxDocumentBytes ? { maxDocumentBytes } : {}) });
  for (const w of sanad.warnings) console.error(`corpus: skipped ${w.file}: ${w.message}`);
  if (sanad.indexWarning) console.error(`index: ${sanad.indexWarning}`);
  if (sanad.documents.length === 0) {
    console.error(`corpus: no .txt or .md documents in ${corpusDir}`);
    process.exit(2);
  }
  return sanad;
}
