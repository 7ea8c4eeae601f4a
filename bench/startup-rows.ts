// The start-up section of the bench: for each size, a synthetic corpus written as document files, then in separate
// processes sanad's first start (nothing saved), sanad's restart (the saved documents and index, the files still
// read and hashed to know they are unchanged), and MiniSearch indexing the same files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartupResult } from './startup.js';
import { writeCorpusFiles } from './synthetic-corpus.js';

const fmtSize = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

function startup(engine: string, dir: string, cache: string, timeoutMs: number): StartupResult | string {
  const run = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', join('bench', 'startup.ts'), '--engine', engine, '--dir', dir, '--cache', cache], {
    encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24,
  });
  const line = run.stdout?.trim().split('\n').pop();
  if (run.status === 0 && line?.startsWith('{')) return JSON.parse(line) as StartupResult;
  return run.error?.message.includes('ETIMEDOUT') ? `not run: > ${timeoutMs / 60_000} min` : `failed: ${(run.stderr ?? '').trim().split('\n').pop()}`;
}

/** The report's lines for the start-up comparison (builds dist/ first: start-up is measured as production runs it). */
export function startupRows(sizes: readonly number[], peersMax: number, timeoutMs: number): string[] {
  process.stderr.write('bench: npm run build (start-up is measured from dist/)…\n');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const lines = ['', '## Start-up on document files: sanad (first start, restart) and MiniSearch over the same files', ''];
  lines.push('Synthetic passages as above, written as 200 `.txt` files (a title line, one passage per paragraph). Each start-up runs in its own process, timed from the first file read to ready to answer; peak RSS is the whole process (worker threads included). '
    + "sanad's first start cleans the documents, splits them into passages and builds the index of every field (stems, 3-grams, entities, skeletons, pairs, roots, forms, title) in worker threads, then saves the cleaned documents and the index; its restart reads and hashes every file to know they are unchanged, then loads both saved copies. "
    + 'MiniSearch reads the same files, splits paragraphs on blank lines and indexes them with its default tokenizer (no Arabic analysis).', '');
  lines.push('Times are wall-clock seconds, with the CPU seconds of every thread in brackets (on a shared machine the CPU time is the steadier figure; sanad uses both cores, MiniSearch one).', '');
  lines.push('| passages | MiB of files | sanad first start s | sanad restart s | first / restart | MiniSearch s | sanad first / MiniSearch | sanad peak RSS MiB | MiniSearch peak RSS MiB |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'sanad-bench-startup-'));
    try {
      const dir = join(root, 'corpus');
      const cache = join(root, 'cache');
      const { bytes } = writeCorpusFiles(dir, size);
      process.stderr.write(`bench: start-up on ${fmtSize(size)} passages (${(bytes / 2 ** 20).toFixed(0)} MiB of files)… `);
      const mini = size <= peersMax ? startup('MiniSearch', dir, cache, timeoutMs) : `not run: > ${fmtSize(peersMax)}`;
      const first = startup('sanad', dir, cache, timeoutMs);
      const again = typeof first === 'string' ? first : startup('sanad', dir, cache, timeoutMs);
      const s = (r: StartupResult | string) => (typeof r === 'string' ? r : `${(r.ms / 1000).toFixed(2)} (${(r.cpuMs / 1000).toFixed(1)})`);
      const mib = (r: StartupResult | string) => (typeof r === 'string' ? '—' : (r.peakRssBytes / 2 ** 20).toFixed(0));
      const ratio = (a: StartupResult | string, b: StartupResult | string) => (typeof a === 'string' || typeof b === 'string' ? '—' : `${(a.ms / b.ms).toFixed(2)}×`);
      lines.push(`| ${fmtSize(size)} | ${(bytes / 2 ** 20).toFixed(1)} | ${s(first)} | ${s(again)} | ${ratio(first, again)} | ${s(mini)} | ${ratio(first, mini)} | ${mib(first)} | ${mib(mini)} |`);
      process.stderr.write(`sanad ${s(first)} s then ${s(again)} s, MiniSearch ${s(mini)} s\n`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return lines;
}
