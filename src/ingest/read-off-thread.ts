import { runWorkers, siblingScript } from '../parallel/run-workers.js';
import type { IngestResult } from './extracted-document.js';
import { readAs } from './read-as.js';
import type { HtmlSource } from './read-html.js';
import { refuse } from './refuse.js';
import type { UploadKind } from './upload-kind.js';

/** How uploads and links are parsed. */
export interface ReadOptions {
  /**
   * Parse in a worker thread (default true). Parsing is CPU work that would hold up every answer meanwhile: a 100 kB
   * news page takes Readability about 0.3 s, a 100-page PDF 2.5 s. false parses on the calling thread (tests).
   */
  offThread?: boolean;
  /** Parsing in a worker thread stops after this long ('timeout'). Default PARSE_TIMEOUT_MS. */
  parseTimeoutMs?: number;
}

/** A file that takes a minute to parse is a file built to do that. */
export const PARSE_TIMEOUT_MS = 60_000;

/** One parse, as the worker receives it. */
export interface ReadJob {
  kind: UploadKind;
  origin: string;
  bytes: Uint8Array;
  html: HtmlSource;
}

/** Reads bytes of a known kind, in a worker thread unless `options.offThread` is false. */
export async function readWithOptions(job: ReadJob, options: ReadOptions = {}): Promise<IngestResult> {
  if (options.offThread === false) return readAs(job.kind, job.origin, job.bytes, job.html);
  const timeoutMs = options.parseTimeoutMs ?? PARSE_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const [result] = await runWorkers<ReadJob, IngestResult>(siblingScript(import.meta.url, 'read-worker'), [job], { signal });
    return result!;
  } catch (error) {
    if (signal.aborted) return refuse('timeout', `reading the ${job.kind} file took over ${timeoutMs / 1000} s`);
    throw error;
  }
}
