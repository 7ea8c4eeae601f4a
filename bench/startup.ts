// One start-up on document files, in its own process (run by bench/startup-rows.ts), from the compiled dist/ as
// `npm start` runs in production. Prints one JSON line: milliseconds from the first file read to ready, peak RSS.
//   --engine sanad   sanad's openSanad (documents, passages, index; saved under --cache, reused when there)
//   --engine MiniSearch   the same files read, split into paragraphs, indexed by MiniSearch with its defaults
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { openSanad as OpenSanad } from '../src/open-sanad.js';

/** What one start-up reports. */
export interface StartupResult {
  ms: number;
  /** CPU time of the whole process, every thread (steadier than wall time on a shared machine). */
  cpuMs: number;
  peakRssBytes: number;
  passages: number;
  origin?: string;
  workers?: number;
}

const { values } = parseArgs({ options: { engine: { type: 'string' }, dir: { type: 'string' }, cache: { type: 'string' } } });
const dir = values.dir!;
let result: StartupResult;
const cpu = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
if (values.engine === 'MiniSearch') {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const docs: Array<{ id: number; text: string }> = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/)) if (paragraph.trim()) docs.push({ id: docs.length, text: paragraph });
  }
  const index = new MiniSearch({ fields: ['text'] });
  index.addAll(docs);
  result = { ms: performance.now() - started, cpuMs: cpu(cpuStarted), peakRssBytes: process.resourceUsage().maxRSS * 1024, passages: index.documentCount };
} else {
  const { openSanad } = (await import(pathToFileURL(resolve('dist', 'src', 'open-sanad.js')).href)) as { openSanad: typeof OpenSanad };
  let origin: string | undefined;
  let workers: number | undefined;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const sanad = await openSanad({
    corpusDir: dir, cacheDir: values.cache!,
    onStage: (stage) => {
      if (stage.stage === 'index') ({ origin, workers } = stage);
    },
  });
  result = { ms: performance.now() - started, cpuMs: cpu(cpuStarted), peakRssBytes: process.resourceUsage().maxRSS * 1024, passages: sanad.passages.length, origin, workers };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
