// Scores retrieval with ../shared/eval (questions on our documents, natural chat-style questions, ARCD) through the
// whole pipeline: the bot's shown passages and its quote (rank 0), abstention included.
// Usage: npm run eval [-- --set seeds|natural|arcd|chat] [--half odd|even] [--misses]
//        npm run eval -- --questions FILE [--corpus DIR]   (a maintainer's own questions, same format)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSanad } from '../src/sanad.js';

const EVAL_DIR = resolve(process.env.SANAD_EVAL_DIR ?? '../shared/eval');
const SETS = {
  seeds: { corpus: 'corpus', questions: join(EVAL_DIR, 'questions.json') },
  natural: { corpus: 'corpus', questions: join(EVAL_DIR, 'natural.json') },
  arcd: { corpus: join(EVAL_DIR, 'arcd/corpus'), questions: join(EVAL_DIR, 'arcd/questions.json') },
  // Our own development set: chat-style questions written without seeing the eval (scripts/calibration/README.md).
  chat: { corpus: 'corpus', questions: 'scripts/calibration/chat-questions.json' },
};
type SetName = keyof typeof SETS;

const { values } = parseArgs({
  options: { set: { type: 'string' }, half: { type: 'string' }, misses: { type: 'boolean' }, questions: { type: 'string' }, corpus: { type: 'string' } },
});
if (values.questions && values.set) {
  console.error('eval: --questions and --set are alternatives');
  process.exit(2);
}
if (values.set && !(values.set in SETS)) {
  console.error(`eval: --set is one of ${Object.keys(SETS).join(', ')}`);
  process.exit(2);
}
if (values.half && values.half !== 'odd' && values.half !== 'even') {
  console.error('eval: --half is odd or even');
  process.exit(2);
}
if (values.questions && !existsSync(values.questions)) {
  console.error(`eval: no questions file at ${values.questions}`);
  process.exit(2);
}
if (!existsSync(EVAL_DIR) && values.set !== 'chat' && !values.questions) {
  console.error(`eval: no evaluation data at ${EVAL_DIR} (set SANAD_EVAL_DIR to the folder of questions.json)`);
  process.exit(2);
}
const sets: Array<{ name: string; corpus: string; questions: string }> = values.questions
  ? [{ name: values.questions, corpus: values.corpus ?? 'corpus', questions: values.questions }]
  : (values.set ? [values.set as SetName] : (Object.keys(SETS) as SetName[]).filter((n) => n !== 'chat')).map((name) => ({ name, ...SETS[name] }));
const inHalf = (id: string): boolean => {
  if (!values.half) return true;
  const n = Number(id.replace(/\D/g, ''));
  return (n % 2 === 1) === (values.half === 'odd');
};
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
const out = mkdtempSync(join(tmpdir(), 'sanad-eval-'));
try {
  for (const set of sets) {
    const name = set.name;
    const sanad = loadSanad({ corpusDir: set.corpus });
    // Questions that say their language are scored per language (answerable ones; negatives stay together).
    const questions = (JSON.parse(readFileSync(set.questions, 'utf8')) as Array<{ id: string; q: string; kind: string; lang?: string }>)
      .filter((q) => inHalf(q.id))
      .map((q) => (q.lang && q.kind !== 'negative' ? { ...q, kind: q.lang } : q));
    const lines: string[] = [];
    let declined = 0;
    const started = performance.now();
    for (const q of questions) {
      const answer = sanad.ask(q.q, { top: 10 });
      if (answer.status === 'not_found' && q.kind !== 'negative') declined++;
      if (answer.quote.length) lines.push([q.id, 0, 0, answer.passages[0]?.docId ?? '', oneLine(answer.quote.map((s) => s.text).join(' '))].join('\t'));
      for (const p of answer.passages) lines.push([q.id, p.rank, p.score.toFixed(3), p.docId, oneLine(p.text)].join('\t'));
    }
    const ms = (performance.now() - started) / questions.length;
    const file = join(out, 'questions.json');
    writeFileSync(file, JSON.stringify(questions));
    const report = execFileSync('node', [join(EVAL_DIR, 'score.mjs'), file], { input: lines.join('\n') }).toString();
    console.log(`## ${name}${values.half ? ` (${values.half} ids)` : ''}: ${questions.length} questions, ${sanad.passages.length} passages, ${ms.toFixed(2)} ms/question, answerable declined: ${declined}`);
    console.log(values.misses ? report : report.split('\n').filter((l) => !l.startsWith('misses')).map((l) => l.replace(/ \(misses:.*\)$/, '')).join('\n'));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
