// Scores retrieval with ../shared/eval (questions on our documents, ARCD) through the whole pipeline: the bot's
// shown passages, abstention included. Usage: npm run eval [-- --set seeds|arcd] [--misses]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSanad } from '../src/sanad.js';

const EVAL_DIR = resolve(process.env.SANAD_EVAL_DIR ?? '../shared/eval');
const SETS = {
  seeds: { corpus: 'corpus', questions: join(EVAL_DIR, 'questions.json') },
  arcd: { corpus: join(EVAL_DIR, 'arcd/corpus'), questions: join(EVAL_DIR, 'arcd/questions.json') },
};

const { values } = parseArgs({ options: { set: { type: 'string' }, misses: { type: 'boolean' } } });
const names = values.set ? [values.set as keyof typeof SETS] : (Object.keys(SETS) as Array<keyof typeof SETS>);
const out = mkdtempSync(join(tmpdir(), 'sanad-eval-'));
for (const name of names) {
  const set = SETS[name];
  const sanad = loadSanad({ corpusDir: set.corpus });
  const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as Array<{ id: string; q: string; kind: string }>;
  const lines: string[] = [];
  let declined = 0;
  const started = performance.now();
  for (const q of questions) {
    const answer = sanad.ask(q.q, { top: 10 });
    if (answer.status === 'not_found' && q.kind !== 'negative') declined++;
    for (const p of answer.passages) lines.push([q.id, p.rank, p.score.toFixed(3), p.docId, p.text.replace(/\s+/g, ' ')].join('\t'));
  }
  const ms = (performance.now() - started) / questions.length;
  const file = join(out, `${name}.tsv`);
  writeFileSync(file, lines.join('\n'));
  const report = execFileSync('node', [join(EVAL_DIR, 'score.mjs'), set.questions], { input: readFileSync(file) }).toString();
  console.log(`## ${name}: ${questions.length} questions, ${sanad.passages.length} passages, ${ms.toFixed(2)} ms/question, answerable declined: ${declined}`);
  console.log(values.misses ? report : report.split('\n').filter((l) => !l.startsWith('misses')).join('\n'));
}
