// Calibrates abstention: the best coverage among the top passages, for questions the documents answer and for
// questions they cannot (another corpus's questions, and the eval's negatives). Prints the distribution and the
// share kept / declined at each threshold. Usage: npx tsx scripts/calibrate-abstention.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CANDIDATE_POOL } from '../src/answer/compose-answer.js';
import { rerankByCoverage } from '../src/search/rerank-by-coverage.js';
import { loadSanad, type Sanad } from '../src/sanad.js';

const EVAL_DIR = resolve(process.env.SANAD_EVAL_DIR ?? '../shared/eval');
type Question = { q: string; kind: string };
const read = (file: string): Question[] => JSON.parse(readFileSync(file, 'utf8'));

function bestCoverage(sanad: Sanad, question: string): number {
  // As composeAnswer decides: the coverage of the best passage after reranking.
  return rerankByCoverage(sanad.index.search(question, CANDIDATE_POOL), sanad.index)[0]?.match.coverage ?? 0;
}

const seeds = loadSanad({ corpusDir: 'corpus' });
const arcd = loadSanad({ corpusDir: join(EVAL_DIR, 'arcd/corpus') });
const seedQuestions = read(join(EVAL_DIR, 'questions.json'));
const arcdQuestions = read(join(EVAL_DIR, 'arcd/questions.json'));
const answerable = [
  ...seedQuestions.filter((q) => q.kind !== 'negative').map((q) => bestCoverage(seeds, q.q)),
  ...arcdQuestions.map((q) => bestCoverage(arcd, q.q)),
];
const unanswerable = [
  ...seedQuestions.filter((q) => q.kind === 'negative').map((q) => bestCoverage(seeds, q.q)),
  ...arcdQuestions.map((q) => bestCoverage(seeds, q.q)),
  ...seedQuestions.filter((q) => q.kind !== 'negative').map((q) => bestCoverage(arcd, q.q)),
];
console.log(`answerable ${answerable.length}, unanswerable ${unanswerable.length}`);
console.log('threshold  answerable kept  unanswerable declined');
for (let t = 0.1; t <= 0.51; t += 0.05) {
  const kept = answerable.filter((c) => c >= t).length / answerable.length;
  const declined = unanswerable.filter((c) => c < t).length / unanswerable.length;
  console.log(`${t.toFixed(2)}       ${kept.toFixed(3)}            ${declined.toFixed(3)}`);
}
