// One engine on one synthetic corpus size, in its own process (run by bench/run.ts) so its memory is its own.
// Prints one JSON line: build time, memory, saved size, load time, query latency, and for sanad the exactness check.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/text/analyze.js';
import { bruteForceTop } from './brute-force.js';
import { ENGINES, type sanadEngine } from './engines.js';
import { generateCorpus, passageStems, passageText } from './synthetic-corpus.js';

/** What a worker reports. */
export interface WorkerResult {
  engine: string;
  ranking: string;
  size: number;
  postings: number;
  buildMs: number;
  /** Heap used + array buffers kept by the index, after a full GC, in bytes. */
  retainedBytes: number;
  /** Peak resident set of the whole process (corpus included), in bytes. */
  peakRssBytes: number;
  rssBeforeBuildBytes: number;
  savedBytes?: number;
  loadMs?: number;
  loadedSame?: boolean;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  exact?: { checked: number; identical: number };
  analysisChecked?: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const used = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const { values } = parseArgs({ options: { engine: { type: 'string' }, size: { type: 'string' }, queries: { type: 'string' }, check: { type: 'string' } } });
const name = values.engine ?? 'sanad';
const size = Number(values.size ?? 10000);
const queryCount = Number(values.queries ?? 1000);
const WARMUP = 100;
const K = 10;

const corpus = generateCorpus(size, queryCount + WARMUP);
const passages: string[][] = Array.from({ length: size }, (_, p) => passageStems(corpus, p));
const postings = passages.reduce((sum, p) => sum + new Set(p).size, 0);
let analysisChecked: number | undefined;
if (name === 'sanad') {
  // The memoised per-word analysis must equal sanad's analyzer run on the passage text.
  analysisChecked = Math.min(size, 200);
  for (let p = 0; p < analysisChecked; p++) {
    const stems = analyze(passageText(corpus, p)).filter((t) => !t.stop).map((t) => t.stem);
    if (stems.join(' ') !== passages[p]!.join(' ')) throw new Error(`analysis differs on passage ${p}`);
  }
}
const engine = ENGINES[name]!();
gc();
const before = used();
const rssBeforeBuildBytes = process.memoryUsage().rss;
let started = performance.now();
engine.build(passages);
const buildMs = performance.now() - started;
gc();
const retainedBytes = used() - before;

const timings: number[] = [];
const firstResults: number[][] = [];
for (let q = 0; q < corpus.queries.length; q++) {
  const t0 = performance.now();
  const top = engine.search(corpus.queries[q]!, K);
  const t1 = performance.now();
  if (q >= WARMUP) timings.push(t1 - t0);
  if (q < WARMUP + 100) firstResults.push(top);
}
timings.sort((x, y) => x - y);
const quantile = (f: number): number => timings[Math.min(timings.length - 1, Math.floor(f * timings.length))]!;

let exact: WorkerResult['exact'];
if (name === 'sanad') {
  const index = (engine as ReturnType<typeof sanadEngine>).index!;
  const checked = Math.min(queryCount, Number(values.check ?? 1000));
  const expected = bruteForceTop(passages, corpus.queries.slice(WARMUP, WARMUP + checked), K);
  let identical = 0;
  expected.forEach((top, i) => {
    const got = index.search(corpus.queries[WARMUP + i]!.map((term) => ({ field: 'stem', term, weight: 1 })), K);
    if (JSON.stringify(got) === JSON.stringify(top)) identical++;
  });
  exact = { checked, identical };
}

let savedBytes: number | undefined;
let loadMs: number | undefined;
let loadedSame: boolean | undefined;
if (engine.save && engine.load) {
  const file = join(tmpdir(), `sanad-bench-${process.pid}.idx`);
  writeFileSync(file, engine.save());
  gc();
  started = performance.now();
  engine.load(readFileSync(file));
  loadMs = performance.now() - started;
  savedBytes = readFileSync(file).length;
  rmSync(file);
  loadedSame = firstResults.every((top, q) => JSON.stringify(engine.search(corpus.queries[q]!, K)) === JSON.stringify(top));
}

const result: WorkerResult = {
  engine: engine.name, ranking: engine.ranking, size, postings, buildMs, retainedBytes,
  peakRssBytes: process.resourceUsage().maxRSS * 1024, rssBeforeBuildBytes,
  savedBytes, loadMs, loadedSame, queries: timings.length, p50Ms: quantile(0.5), p99Ms: quantile(0.99),
  meanMs: timings.reduce((s, t) => s + t, 0) / timings.length, exact, analysisChecked,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
