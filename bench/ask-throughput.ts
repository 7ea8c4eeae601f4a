// Whole answers per second through the core, sanad.ask(), on the seed corpus.
// TODO (Telegram adapter, being written by another engineer): time the same questions through the Telegram handler
// (update → handlers.ts → render.ts, callApi stubbed) for the ≥ 2,000 answers/s goal, next to this figure.
import { readFileSync } from 'node:fs';
import { loadSanad } from '../src/sanad.js';
import { EVAL_DIR } from './arcd-quality.js';

/** sanad.ask() throughput. */
export interface AskThroughput {
  questions: number;
  asked: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Asks the seed questions round-robin `asked` times (after one warm-up round). */
export function askThroughput(asked: number): AskThroughput {
  const sanad = loadSanad();
  const examples = JSON.parse(readFileSync('corpus/examples.json', 'utf8')) as Record<string, unknown>;
  const questions = [
    ...Object.entries(examples).filter(([key]) => !key.startsWith('$')).flatMap(([, list]) => list as string[]),
    ...(JSON.parse(readFileSync(`${EVAL_DIR}/questions.json`, 'utf8')) as Array<{ q: string }>).map((q) => q.q),
  ];
  for (const q of questions) sanad.ask(q);
  const timings: number[] = [];
  const started = performance.now();
  for (let i = 0; i < asked; i++) {
    const t0 = performance.now();
    sanad.ask(questions[i % questions.length]!);
    timings.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  timings.sort((x, y) => x - y);
  const at = (f: number): number => timings[Math.min(timings.length - 1, Math.floor(f * timings.length))]!;
  return { questions: questions.length, asked, perSecond: (asked * 1000) / elapsed, p50Ms: at(0.5), p99Ms: at(0.99) };
}
