import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Options of runWorkers. */
export interface RunWorkersOptions {
  /** Aborting terminates every worker and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Each worker may post progress messages `{ progress: n }` (items done since its last one). */
  onProgress?: (done: number) => void;
  /** Each worker may post messages `{ partial }` before its result: told the worker's input index and the value. */
  onPartial?: (worker: number, partial: unknown) => void;
}

/** The URL of tsx's ESM API module (`tsx/esm/api`, import condition), read from its package.json. */
function tsxApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/**
 * A worker running `script`. The compiled .js runs as it is. The TypeScript source (tests, a development install)
 * needs tsx's loader, which a worker does not inherit from a loader registered in-process (nor, on Node 20, from
 * `--import` in its execArgv): the worker registers it first, then imports the script.
 */
export function startWorker(script: URL, workerData: unknown): Worker {
  if (!fileURLToPath(script).endsWith('.ts')) return new Worker(script, { workerData });
  const boot = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Runs `script` once per input, each in its own worker thread at the same time, and resolves with every worker's
 * result in input order. A worker receives its input as `workerData` and posts `{ result }` once (and optionally
 * `{ progress: n }` before); its result counts once posted, while the worker exits. Any worker failing rejects the
 * whole run and terminates the others.
 */
export function runWorkers<In, Out>(script: URL, inputs: readonly In[], options: RunWorkersOptions = {}): Promise<Out[]> {
  const { signal, onProgress, onPartial } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const workers: Worker[] = [];
  const terminate = () => {
    for (const worker of workers) void worker.terminate();
  };
  const onAbort = () => terminate();
  signal?.addEventListener('abort', onAbort, { once: true });
  const runs = inputs.map((input, index) => new Promise<Out>((resolve, reject) => {
    const worker = startWorker(script, input);
    workers.push(worker);
    let result: { value: Out } | undefined;
    worker.on('message', (message: { result?: Out; progress?: number; partial?: unknown }) => {
      if (message.progress !== undefined) onProgress?.(message.progress);
      if ('partial' in message) onPartial?.(index, message.partial);
      if ('result' in message) {
        result = { value: message.result as Out };
        // Resolved now, not at the exit: tearing a worker's large heap down took 0.1 to 0.2 s at 100k passages.
        if (!signal?.aborted) resolve(result.value);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (signal?.aborted) reject(signal.reason);
      else if (!result) reject(new Error(`worker ${fileURLToPath(script)} exited (code ${code}) without a result`));
    });
  }));
  return Promise.all(runs).finally(() => {
    signal?.removeEventListener('abort', onAbort);
  }).catch((error: unknown) => {
    terminate();
    throw error;
  });
}

/** The sibling module `name` of the module at `moduleUrl`, with the same extension (.ts from source, .js when compiled). */
export function siblingScript(moduleUrl: string, name: string): URL {
  const extension = moduleUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${extension}`, moduleUrl);
}
