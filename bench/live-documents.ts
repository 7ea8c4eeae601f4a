// Live documents on a large corpus, in its own process (run by bench/run.ts, or alone:
// `tsx bench/live-documents.ts --size 100k`). A synthetic corpus written as files and opened as `npm start` opens it,
// made live over a SQLite store, then:
//   - add → answerable: the time from calling add() to the first answer citing the new article (goal ≤ 5 s);
//   - questions while the index changes: questions asked one after another on the main thread (as the bots do), first
//     with nothing changing, then while articles are added (and the segments merged in the background): p99 of both
//     (goal: while changing ≤ 2× normal);
//   - another instance on the same SQLite file: the time until it answers from an article added on the first;
//   - the cost of SQLite's change check (PRAGMA data_version) when nothing changed.
// Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { ExtractedDocument } from '../src/ingest/extracted-document.js';
import { openLiveSanad, openSanad } from '../src/open-sanad.js';
import { openDocumentStore } from '../src/store/open-document-store.js';
import { SQLITE_FILE_NAME } from '../src/store/sqlite-store.js';
import { generateCorpus, passageText, seededRandom, writeCorpusFiles } from './synthetic-corpus.js';

/** What the live-documents bench reports. */
export interface LiveDocumentsResult {
  passages: number;
  articles: number;
  passagesPerArticle: number;
  /** add() called → first answer citing the article, per article. */
  addToAnswerMs: { p50: number; max: number };
  /** add() called → another instance on the same store answers from it (3 articles). */
  otherInstanceMs: { p50: number; max: number };
  normal: { questions: number; p50Ms: number; p99Ms: number };
  changing: { questions: number; p50Ms: number; p99Ms: number };
  /** One SQLite change check when nothing changed, in microseconds. */
  dataVersionCheckUs: number;
}

const { values } = parseArgs({ options: { size: { type: 'string' }, articles: { type: 'string' }, questions: { type: 'string' } } });
const parseSize = (s: string): number => Math.round(Number.parseFloat(s) * ({ k: 1e3, m: 1e6 }[s.slice(-1).toLowerCase()] ?? 1));
const size = parseSize(values.size ?? '100k');
const articleCount = Number(values.articles ?? 10);
const questionCount = Number(values.questions ?? 1000);

/** Questions arrive this often (10 a second: a busy bot, well under what one core answers, so queues stay short). */
const QUESTION_INTERVAL_MS = 100;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

const root = mkdtempSync(join(tmpdir(), 'sanad-bench-live-'));
// The change feed's timers do not keep a process alive (a bot's connections do): this one does, until the end.
const keepAlive = setInterval(() => undefined, 1000);
try {
  const corpusDir = join(root, 'corpus');
  const cacheDir = join(root, 'cache');
  const dataDir = join(root, 'data');
  writeCorpusFiles(corpusDir, size);
  const base = await openSanad({ corpusDir, cacheDir });
  // The saved copies of a first start are encoded after it resolves: wait, so that "nothing changing" is a steady bot.
  await base.saved;
  const documents = await openDocumentStore({ dataDir });
  const core = await openLiveSanad(base, { documentStore: documents, corpusDir, cacheDir });

  // Questions: a few words of random passages, as the bots get them (raw text, analysed by ask).
  const text = generateCorpus(Math.min(size, 20_000), 0, 7);
  const random = seededRandom(11);
  const questions = Array.from({ length: 500 }, () => {
    const words = passageText(text, Math.floor(random() * Math.min(size, 20_000))).split(' ');
    const start = Math.floor(random() * Math.max(1, words.length - 6));
    return `${words.slice(start, start + 3 + Math.floor(random() * 4)).join(' ')}؟`;
  });
  let asked = 0;
  const ask = () => {
    const started = performance.now();
    core.sanad.ask(questions[asked++ % questions.length]!);
    return performance.now() - started;
  };
  for (let i = 0; i < 300; i++) ask(); // warm-up

  /**
   * Questions arriving at a steady rate (one every QUESTION_INTERVAL_MS, as from many chats), answered on this thread
   * as the bots answer them, for `durationMs`: each one's latency runs from its arrival to its answer, so time the
   * thread spends on something else (indexing an article, swapping a snapshot) counts against the questions waiting.
   */
  const askArriving = async (durationMs: number): Promise<number[]> => {
    const started = performance.now();
    const latencies: number[] = [];
    for (let i = 0; ; i++) {
      const arrival = started + i * QUESTION_INTERVAL_MS;
      if (arrival - started > durationMs) break;
      const wait = arrival - performance.now();
      await (wait > 1 ? new Promise((resolve) => setTimeout(resolve, wait)) : yieldToEvents());
      ask();
      latencies.push(performance.now() - arrival);
    }
    return latencies;
  };
  const normalTimes = await askArriving(questionCount * QUESTION_INTERVAL_MS);

  // Articles: 12 paragraphs of the corpus's vocabulary, and a made-up name only that article has.
  const articles: { document: ExtractedDocument; question: string }[] = Array.from({ length: articleCount }, (_, n) => {
    const name = `زيبراكاليمبا${'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'[n % 28]}${n}`;
    const paragraphs = Array.from({ length: 12 }, (_, p) => `${passageText(text, (n * 12 + p) * 7 % Math.min(size, 20_000))}.`);
    paragraphs[3] = `افتتح مرصد ${name} الجديد في الجبل يوم الثلاثاء بحضور العلماء. ${paragraphs[3]}`;
    return { document: { kind: 'txt', origin: `article-${n}.txt`, title: `مرصد ${name}`, text: paragraphs.join('\n\n') }, question: `متى افتتح مرصد ${name}؟` };
  });
  const addToAnswer: number[] = [];
  const otherInstance: number[] = [];
  let passagesPerArticle = 0;
  const changingMs = questionCount * QUESTION_INTERVAL_MS;
  const adding = (async () => {
    const started = performance.now();
    for (const [n, { document, question }] of articles.entries()) {
      // Spread over the first half of the window; the merge that follows falls in it too.
      const due = started + (n * changingMs) / 2 / articles.length - performance.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      const addStarted = performance.now();
      const result = await core.library.add(document, 'bench:1');
      if (!result.ok) throw new Error(`add refused: ${result.reason}`);
      passagesPerArticle = result.entry.passages;
      while (!core.sanad.ask(question).sources.some((s) => s.docId === result.entry.id)) await yieldToEvents();
      addToAnswer.push(performance.now() - addStarted);
    }
    await core.live.merge(); // the background merge, measured with the rest
  })();
  const changingTimes = await askArriving(changingMs);
  await adding;

  // Another instance on the same SQLite file (here in the same process, so only after the timed questions): how
  // long until it answers from an article added on the first.
  const otherDocuments = await openDocumentStore({ dataDir });
  const other = await openLiveSanad(base, { documentStore: otherDocuments, cacheDir });
  for (let n = 0; n < 3; n++) {
    const name = `نيزكاليمبا${n}`;
    const paragraphs = Array.from({ length: 12 }, (_, p) => `${passageText(text, (900 + n * 12 + p) % Math.min(size, 20_000))}.`);
    paragraphs[2] = `سقط نيزك ${name} قرب القرية فجر الأربعاء دون إصابات. ${paragraphs[2]}`;
    const question = `متى سقط نيزك ${name}؟`;
    const arrived = new Promise<void>((resolve) => {
      const stop = other.library.onChange((change) => {
        if (change.added.length) {
          stop();
          resolve();
        }
      });
    });
    const addStarted = performance.now();
    const result = await core.library.add({ kind: 'txt', origin: `meteor-${n}.txt`, title: `نيزك ${name}`, text: paragraphs.join('\n\n') }, 'bench:1');
    if (!result.ok) throw new Error(`add refused: ${result.reason}`);
    await arrived;
    if (!other.sanad.ask(question).sources.some((s) => s.docId === result.entry.id)) throw new Error('the other instance does not cite it');
    otherInstance.push(performance.now() - addStarted);
  }

  // The SQLite change check when nothing changed: what each instance pays every second.
  const raw = new Database(join(dataDir, SQLITE_FILE_NAME));
  const checks = 10_000;
  const check = raw.prepare('PRAGMA data_version');
  const checkStarted = performance.now();
  for (let i = 0; i < checks; i++) check.get();
  const dataVersionCheckUs = ((performance.now() - checkStarted) * 1000) / checks;
  raw.close();

  await other.close();
  await otherDocuments.close();
  await core.close();
  await documents.close();
  const result: LiveDocumentsResult = {
    passages: base.passages.length, articles: articleCount, passagesPerArticle,
    addToAnswerMs: { p50: quantile(addToAnswer, 0.5), max: Math.max(...addToAnswer) },
    otherInstanceMs: { p50: quantile(otherInstance, 0.5), max: Math.max(...otherInstance) },
    normal: { questions: normalTimes.length, p50Ms: quantile(normalTimes, 0.5), p99Ms: quantile(normalTimes, 0.99) },
    changing: { questions: changingTimes.length, p50Ms: quantile(changingTimes, 0.5), p99Ms: quantile(changingTimes, 0.99) },
    dataVersionCheckUs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  clearInterval(keepAlive);
  rmSync(root, { recursive: true, force: true });
}
