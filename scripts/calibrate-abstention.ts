// Calibrates abstention. For questions the documents answer and questions they cannot, it reports what the bot
// does (sanad.ask: kept or declined), per set and per language, and the share kept / declined at each threshold of
// the two measures composeAnswer decides by (the support of the best passage, the BM25 score share), the other at
// its default.
//   answerable:   the eval's own questions, ARCD's, and the on-topic paraphrases of test/fixtures/off-topic-questions.json
//   unanswerable: the eval's negatives, ARCD's questions asked of our corpus and ours of ARCD's, the off-topic questions
// Usage: npx tsx scripts/calibrate-abstention.ts [--split dev|test|all] [--misses]
// Tune on --split dev (the default); report test once, at the end.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CANDIDATE_POOL, DEFAULT_COMPOSE_ANSWER_OPTIONS } from '../src/answer/compose-answer.js';
import { detectUiLanguage, type UiLanguage } from '../src/answer/ui-strings.js';
import { answerSupport, scoreShare } from '../src/search/answer-support.js';
import { rerankByCoverage } from '../src/search/rerank-by-coverage.js';
import { loadSanad, type Sanad } from '../src/sanad.js';

const EVAL_DIR = resolve(process.env.SANAD_EVAL_DIR ?? '../shared/eval');
const HELD_OUT = 'test/fixtures/off-topic-questions.json';
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, misses: { type: 'boolean' } } });

interface Question { q: string; lang: UiLanguage; expect: string[] }
interface QuestionSet { name: string; sanad: Sanad; questions: Question[]; answerable: boolean }

type EvalQuestion = { q: string; kind: string; expect: string[] };
type HeldOutQuestion = { q: string; kind: 'off-topic' | 'on-topic'; lang: UiLanguage; split: 'dev' | 'test'; expect: string[] };
const readEval = (file: string): EvalQuestion[] => JSON.parse(readFileSync(file, 'utf8'));
const asQuestion = (q: EvalQuestion): Question => ({ q: q.q, lang: detectUiLanguage(q.q), expect: q.expect });

// As ../shared/eval/score.mjs compares an expected phrase with a passage.
const norm = (s: string) => s.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي')
  .replace(/ة/g, 'ه').replace(/[“”"«»*_<>]/g, '').replace(/\s+/g, ' ').toLowerCase();

const seeds = loadSanad({ corpusDir: 'corpus' });
const arcd = loadSanad({ corpusDir: join(EVAL_DIR, 'arcd/corpus') });
const seedQuestions = readEval(join(EVAL_DIR, 'questions.json'));
const arcdQuestions = readEval(join(EVAL_DIR, 'arcd/questions.json'));
const heldOut = (JSON.parse(readFileSync(HELD_OUT, 'utf8')) as { questions: HeldOutQuestion[] }).questions
  .filter((q) => values.split === 'all' || q.split === values.split);
const seedPositives = seedQuestions.filter((q) => q.kind !== 'negative').map(asQuestion);

const sets: QuestionSet[] = [
  { name: 'seeds', sanad: seeds, questions: seedPositives, answerable: true },
  { name: 'arcd', sanad: arcd, questions: arcdQuestions.map(asQuestion), answerable: true },
  { name: `on-topic ${values.split}`, sanad: seeds, questions: heldOut.filter((q) => q.kind === 'on-topic'), answerable: true },
  { name: 'seed negatives', sanad: seeds, questions: seedQuestions.filter((q) => q.kind === 'negative').map(asQuestion), answerable: false },
  { name: 'arcd → seeds', sanad: seeds, questions: arcdQuestions.map(asQuestion), answerable: false },
  { name: 'seeds → arcd', sanad: arcd, questions: seedPositives, answerable: false },
  { name: `off-topic ${values.split}`, sanad: seeds, questions: heldOut.filter((q) => q.kind === 'off-topic'), answerable: false },
];

/** The two measures composeAnswer compares with minCoverage and minScoreShare. */
function measuresOf(sanad: Sanad, question: string): { support: number; share: number } {
  const result = sanad.index.search(question, CANDIDATE_POOL);
  const best = rerankByCoverage(result, sanad.index)[0];
  return { support: best ? answerSupport(best.match, result.query, sanad.index) : 0, share: scoreShare(result, sanad.index) };
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–');
const scores: Record<'answerable' | 'unanswerable', Array<{ support: number; share: number }>> = { answerable: [], unanswerable: [] };
console.log('set               lang     n   right      (answerable: kept, with a right passage in the top 3; unanswerable: declined)');
for (const set of sets) {
  const byLanguage = new Map<string, { n: number; right: number; found: number; wrong: string[] }>();
  for (const question of set.questions) {
    const answer = set.sanad.ask(question.q, { top: 3 });
    const kept = answer.status === 'answered';
    const found = kept && question.expect.length > 0 && answer.passages.some((p) => question.expect.some((e) => norm(p.text.slice(0, 1200)).includes(norm(e))));
    for (const lang of [question.lang, 'all']) {
      const row = byLanguage.get(lang) ?? { n: 0, right: 0, found: 0, wrong: [] };
      row.n++;
      if (kept === set.answerable) row.right++;
      else if (lang !== 'all') row.wrong.push(question.q);
      if (found) row.found++;
      byLanguage.set(lang, row);
    }
    scores[set.answerable ? 'answerable' : 'unanswerable'].push(measuresOf(set.sanad, question.q));
  }
  for (const [lang, row] of [...byLanguage].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    if (lang === 'all' && byLanguage.size === 2) continue;
    const found = set.answerable ? `   top 3 right ${pct(row.found, row.n)}` : '';
    console.log(`${set.name.padEnd(17)} ${lang.padEnd(4)} ${String(row.n).padStart(5)}   ${row.right}/${row.n} = ${pct(row.right, row.n)}${found}`);
    if (values.misses && row.wrong.length) console.log(`    ${set.answerable ? 'declined' : 'answered'}: ${row.wrong.slice(0, 30).join(' | ')}`);
  }
}

const { answerable, unanswerable } = scores;
const { minCoverage, minScoreShare } = DEFAULT_COMPOSE_ANSWER_OPTIONS;
console.log(`\nanswerable ${answerable.length}, unanswerable ${unanswerable.length}`);
const table = (name: string, thresholds: number[], passes: (m: { support: number; share: number }, t: number) => boolean) => {
  console.log(`${name.padEnd(34)} answerable kept  unanswerable declined`);
  for (const t of thresholds) {
    const kept = answerable.filter((m) => passes(m, t)).length / answerable.length;
    const declined = unanswerable.filter((m) => !passes(m, t)).length / unanswerable.length;
    console.log(`${t.toFixed(2).padEnd(34)} ${kept.toFixed(3)}            ${declined.toFixed(3)}`);
  }
};
table(`support (share ≥ ${minScoreShare})`, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5], (m, t) => m.support >= t && m.share >= minScoreShare);
table(`score share (support ≥ ${minCoverage})`, [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15], (m, t) => m.support >= minCoverage && m.share >= t);
