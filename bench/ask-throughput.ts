// Whole answers per second through the core, sanad.ask(), on the seed corpus.
// The same questions through the Telegram handler: telegram-throughput.ts.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSanad } from '../src/sanad.js';
import { EVAL_DIR } from './eval-dir.js';

/** sanad.ask() throughput. */
export interface AskThroughput {
  questions: number;
  asked: number;
  perSecond: number;
  /** Answers per second of CPU time the process used (all its threads): steadier than wall time on a shared machine. */
  perCpuSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * The questions throughput is measured with: the corpus's examples, the project's eval questions and our chat-style
 * calibration questions (dialects, English, Russian, misspellings, off-topic), so that memos of words and passages do
 * not see the same few questions over and over.
 */
export function benchQuestions(): string[] {
  const examples = JSON.parse(readFileSync('corpus/examples.json', 'utf8')) as Record<string, unknown>;
  const questionsOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as Array<{ q: string }>).map((q) => q.q);
  return [
    ...Object.entries(examples).filter(([key]) => !key.startsWith('$')).flatMap(([, list]) => list as string[]),
    ...questionsOf(`${EVAL_DIR}/questions.json`),
    ...questionsOf('scripts/calibration/chat-questions.json'),
  ];
}

/**
 * Asks the seed questions round-robin `asked` times, after `warmUp` answers (at least one round) so that the JIT has
 * compiled the hot code, as in a bot that has been up for a while.
 */
export function askThroughput(asked: number, warmUp = 0): AskThroughput {
  const sanad = loadSanad();
  const questions = benchQuestions();
  for (let i = 0; i < Math.max(warmUp, questions.length); i++) sanad.ask(questions[i % questions.length]!);
  const timings: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < asked; i++) {
    const t0 = performance.now();
    sanad.ask(questions[i % questions.length]!);
    timings.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  return throughputOf(questions.length, timings, elapsed, process.cpuUsage(cpu));
}

/** Summarises per-answer timings, the wall time and the CPU time of a run. */
export function throughputOf(questions: number, timings: number[], elapsedMs: number, cpu: NodeJS.CpuUsage): AskThroughput {
  const sorted = [...timings].sort((x, y) => x - y);
  const at = (f: number): number => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    questions, asked: timings.length, perSecond: (timings.length * 1000) / elapsedMs, perCpuSecond: timings.length / cpuSeconds,
    p50Ms: at(0.5), p99Ms: at(0.99),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { asked: { type: 'string' }, 'warm-up': { type: 'string' } } });
  process.stdout.write(`${JSON.stringify(askThroughput(Number(values.asked ?? 10_000), Number(values['warm-up'] ?? 10_000)))}\n`);
}
