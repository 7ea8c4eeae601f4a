// npm run ask -- [--corpus DIR] [--top K] [--json] [--batch FILE] [--verbose] "question"
// Uses the saved index under SANAD_CACHE_DIR, as npm start does. Answers go to stdout, everything else to stderr.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderAnswerText } from '../adapters/terminal/render.js';
import type { Answer } from '../src/answer/answer.js';
import { MAX_TOP } from '../src/answer/question-limits.js';
import { createLogger } from '../src/log.js';
import { configOrExit, openCoreOrExit } from './load-core.js';

const USAGE = `usage: npm run ask -- [--corpus DIR] [--top K] [--json] [--batch FILE] [--verbose] "question"
  --corpus DIR   folder of .txt/.md documents (default: SANAD_CORPUS_DIR or corpus)
  --top K        passages listed in --json, 1 to ${MAX_TOP} (default 3); the text is the short answer the chats show
  --json         one JSON object per question on stdout (npm prints its own "> sanad ask" banner on stdout too:
                 use npm run -s ask -- --json …, or node bin/run.mjs ask --json …, for JSON alone)
  --batch FILE   ask every non-empty line of FILE, in order
  --verbose      log the start-up stages (documents, passages, index) on stderr`;

function fail(message: string): never {
  console.error(`ask: ${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'string' }, verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const top = args.values.top === undefined ? 3 : Number(args.values.top);
if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) fail(`--top must be a whole number from 1 to ${MAX_TOP}`);
let questions: string[];
if (args.values.batch) {
  try {
    questions = readFileSync(args.values.batch, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  } catch {
    fail(`cannot read ${args.values.batch}`);
  }
} else {
  if (args.positionals.length === 0) fail('give a question or --batch FILE');
  questions = [args.positionals.join(' ')];
}

const config = configOrExit();
const logger = createLogger(args.values.verbose ? config.LOG_LEVEL : 'warn');
const sanad = await openCoreOrExit({
  corpusDir: args.values.corpus ?? config.SANAD_CORPUS_DIR, cacheDir: config.SANAD_CACHE_DIR, logger,
  ...(config.SANAD_INDEX_WORKERS !== undefined ? { workers: config.SANAD_INDEX_WORKERS } : {}),
});

function toJson(answer: Answer, text: string): string {
  return JSON.stringify({
    question: answer.question,
    status: answer.status,
    text,
    quote: answer.quote.map((q) => ({ text: q.text, citations: q.citations })),
    passages: answer.passages.map((p) => ({ rank: p.rank, score: Number(p.score.toFixed(4)), docId: p.docId, title: p.title, source: p.source ?? null, text: p.text })),
    sources: answer.sources,
  });
}

for (const question of questions) {
  const answer = sanad.ask(question, { top });
  const text = renderAnswerText(answer, answer.status === 'not_found' ? sanad.exampleQuestions(answer.language) : []);
  console.log(args.values.json ? toJson(answer, text) : `${text}\n`);
}
