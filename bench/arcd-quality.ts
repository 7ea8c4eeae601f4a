// Retrieval quality on ARCD with the shared scorer: sanad's whole pipeline, sanad's BM25 core and the peers on the
// same pre-analysed passages, and MiniSearch / FlexSearch with their default tokenizers on the raw passages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadSanad } from '../src/sanad.js';
import { analyze } from '../src/text/analyze.js';
import { ENGINES } from './engines.js';

import { EVAL_DIR } from './eval-dir.js';
const K = 10;

/** One engine's scores. */
export interface QualityRow {
  engine: string;
  config: string;
  passages: number;
  hit1: string;
  hit3: string;
  hit10: string;
  mrr10: string;
  meanMs: number;
}

interface Question {
  id: string;
  q: string;
}

const stemsOf = (text: string): string[] => analyze(text).filter((t) => !t.stop).map((t) => t.stem);

/** Runs every configuration over the ARCD questions and scores it with score.mjs. */
export function arcdQuality(): QualityRow[] {
  const questionsFile = `${EVAL_DIR}/arcd/questions.json`;
  const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as Question[];
  const sanad = loadSanad({ corpusDir: `${EVAL_DIR}/arcd/corpus` });
  const passages = sanad.passages;
  const rows: QualityRow[] = [];
  const score = (engine: string, config: string, rank: (q: string) => Array<{ doc: number; score: number }>): void => {
    const lines: string[] = [];
    const started = performance.now();
    for (const question of questions) {
      rank(question.q).forEach(({ doc, score: s }, i) => {
        const p = passages[doc]!;
        lines.push([question.id, i + 1, s.toFixed(4), p.docId, p.text.replace(/\s+/g, ' ')].join('\t'));
      });
    }
    const meanMs = (performance.now() - started) / questions.length;
    const report = spawnSync(process.execPath, [`${EVAL_DIR}/score.mjs`, questionsFile], { input: lines.join('\n'), encoding: 'utf8' }).stdout;
    const fact = report.split('\n').find((l) => l.startsWith('fact')) ?? '';
    const get = (name: string): string => new RegExp(`${name}=([0-9.]+)`).exec(fact)?.[1] ?? '?';
    rows.push({ engine, config, passages: passages.length, hit1: get('hit@1'), hit3: get('hit@3'), hit10: get('hit@10'), mrr10: get('mrr@10'), meanMs });
  };

  score('sanad', 'full pipeline: loadSanad().index.search (stem, gram, entity, skeleton, title fields)', (q) =>
    sanad.index.search(q, K).hits.map((h) => ({ doc: passages.indexOf(h.passage), score: h.score })));
  const analysed = passages.map((p) => stemsOf(p.text));
  for (const name of Object.keys(ENGINES)) {
    const engine = ENGINES[name]!();
    engine.build(analysed);
    score(name, 'same pre-analysed stems, whitespace split', (q) => engine.search([...new Set(stemsOf(q))], K).map((doc, i) => ({ doc, score: K - i })));
  }
  const mini = new MiniSearch({ fields: ['text'] });
  mini.addAll(passages.map((p, id) => ({ id, text: p.text })));
  score('MiniSearch', 'default tokenizer and options, raw passages', (q) => mini.search(q).slice(0, K).map((r) => ({ doc: r.id as number, score: r.score })));
  const flex = new FlexSearch.Index();
  passages.forEach((p, id) => flex.add(id, p.text));
  score('FlexSearch', 'default options, raw passages (a passage must hold every query word)', (q) =>
    (flex.search(q, K) as number[]).map((doc, i) => ({ doc, score: K - i })));
  return rows;
}
