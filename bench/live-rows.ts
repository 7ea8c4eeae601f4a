// The live-documents section of the bench: bench/live-documents.ts in its own process, its figures as report lines.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { LiveDocumentsResult } from './live-documents.js';

const fmtSize = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const s = (ms: number) => (ms / 1000).toFixed(2);
const ms = (value: number) => value.toFixed(1);

/** The title line of the section (bench/run.ts --live-only replaces the section under it in latest.md). */
export const LIVE_SECTION_TITLE = '## Live documents: adding articles to a running bot';

/** The report's lines for live documents on a corpus of `size` passages. */
export function liveRows(size: number, timeoutMs: number, quick: boolean): string[] {
  process.stderr.write(`bench: live documents on ${fmtSize(size)} passages… `);
  const args = ['--max-old-space-size=8192', '--import', 'tsx', join('bench', 'live-documents.ts'), '--size', String(size),
    '--articles', quick ? '5' : '10', '--questions', quick ? '200' : '500'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 });
  const line = run.stdout?.trim().split('\n').pop();
  const lines = ['', LIVE_SECTION_TITLE, ''];
  if (run.status !== 0 || !line?.startsWith('{')) {
    const why = run.error?.message.includes('ETIMEDOUT') ? `not run: > ${timeoutMs / 60_000} min` : `failed: ${(run.stderr ?? '').trim().split('\n').pop()}`;
    process.stderr.write(`${why}\n`);
    return [...lines, why];
  }
  const r = JSON.parse(line) as LiveDocumentsResult;
  process.stderr.write(`add → answer max ${s(r.addToAnswerMs.max)} s, p99 ${ms(r.normal.p99Ms)} → ${ms(r.changing.p99Ms)} ms\n`);
  const ratio = r.changing.p99Ms / r.normal.p99Ms;
  lines.push(`Synthetic passages as above, ${fmtSize(r.passages)} of them written as files and opened as \`npm start\` opens them, made live over a SQLite store; `
    + `${r.articles} articles of ${r.passagesPerArticle} passages added one after another through the document library (what ✅ Add calls), each with a made-up name only it contains. `
    + `Questions arrive at 10 a second and are answered on the main thread as the bots answer them; a question's time runs from its arrival to its answer, so work the thread does meanwhile (indexing an article, swapping the snapshot, merging segments) counts. `
    + 'Then a second instance (in the same process, after the timed questions) follows the same SQLite file, whose change check runs every second, while three more articles are added on the first.', '');
  lines.push('| measure | goal | measured |', '| --- | --- | ---: |');
  lines.push(`| add() called → first answer citing the article | ≤ 5 s | p50 ${s(r.addToAnswerMs.p50)} s, max **${s(r.addToAnswerMs.max)} s** |`);
  lines.push(`| add() called → the other instance answers from it | ≤ 5 s | p50 ${s(r.otherInstanceMs.p50)} s, max ${s(r.otherInstanceMs.max)} s |`);
  lines.push(`| question p99, nothing changing (${r.normal.questions} questions) | | ${ms(r.normal.p99Ms)} ms (p50 ${ms(r.normal.p50Ms)} ms) |`);
  lines.push(`| question p99 while articles are added and merged (${r.changing.questions} questions) | ≤ 2× normal | ${ms(r.changing.p99Ms)} ms (p50 ${ms(r.changing.p50Ms)} ms): **${ratio.toFixed(2)}×** |`);
  lines.push(`| SQLite change check when nothing changed (PRAGMA data_version) | no cost | ${r.dataVersionCheckUs.toFixed(1)} µs, once a second |`);
  return lines;
}
