import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from './answer/answer.js';
import { findCuratedAnswer } from './curated/find-curated-answer.js';
import { questionProfile } from './curated/question-profile.js';
import { defaultNewsGlossary } from './text/news-glossary.js';
import { englishVerbBases } from './text/english-verb-base.js';
import { candidatePoolOf, composeAnswer, DEFAULT_COMPOSE_ANSWER_OPTIONS } from './answer/compose-answer.js';
import { MAX_QUESTION_CHARS, MAX_TOP } from './answer/question-limits.js';
import { detectUiLanguage, type UiLanguage } from './text/detect-ui-language.js';
import type { Passage, SourceDocument } from './documents/document.js';
import { loadCorpus, type CorpusWarning } from './documents/load-corpus.js';
import { splitPassages } from './documents/split-passages.js';
import { keyFactsOf } from './answer/key-facts.js';
import { Gazetteer, type GazetteerData } from './search/gazetteer.js';
import { worldCountries } from './search/world-countries.js';
import { loadOrBuildIndex, type IndexOrigin } from './search/load-or-build-index.js';
import type { PassageIndex, PassageIndexOptions } from './search/passage-index.js';
import { continuesConversation, standsOnItsOwn } from './search/follow-up-context.js';
import { stripInvisible } from './text/strip-invisible.js';
import { tokenize } from './text/tokenize.js';
import { smallTalkOf, smallTalkOfSymbols, type SmallTalk } from './text/small-talk.js';

export { MAX_QUESTION_CHARS, MAX_TOP } from './answer/question-limits.js';

/** Options of loadSanad. */
export interface SanadOptions {
  /** Folder of the documents. Default `corpus`. */
  corpusDir?: string;
  index?: PassageIndexOptions;
  /** Least coverage for an answer (see composeAnswer). */
  minCoverage?: number;
  /** Folder for the saved index: reused while the corpus is unchanged. Default: none (always build). */
  cacheDir?: string;
  /** Largest document file read, in bytes; larger ones are skipped with a warning. Default DEFAULT_MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
}

/** How long one search took: the index search, and composing the answer from what it found. */
export interface SearchTimings {
  retrievalMs: number;
  compositionMs: number;
}

/** Options of one question. */
export interface AskOptions {
  /** Passages shown, 1 to 10. Default 3. */
  top?: number;
  /** Reply language; default: the question's. */
  language?: UiLanguage;
  /**
   * The previous question, when this one may follow it up (a reply to an answer, the same thread): a question that
   * does not stand on its own is searched with that question's words it lacks, at a lower weight (addContext). The
   * answer's question stays this one.
   */
  context?: string;
  /** Told how long the search and the answer's composition took (for metrics), when the documents were searched. */
  onTimings?: (timings: SearchTimings) => void;
}

/** The bot's core, ready to answer: the documents, their passages and the index. Platform-free. */
export interface Sanad {
  readonly documents: readonly SourceDocument[];
  readonly passages: readonly Passage[];
  readonly warnings: readonly CorpusWarning[];
  readonly index: PassageIndex;
  /** Whether the index was loaded from the cache or built. */
  readonly indexOrigin: IndexOrigin;
  /** What went wrong with the saved index (damaged, unreadable, the cache path unusable): it was built afresh. */
  readonly indexWarning?: string;
  /** Answers a question from the documents, or says plainly that they do not answer it. Never throws on input. */
  ask(question: string, options?: AskOptions): Answer;
  /** A passage by id (`docId#n`). */
  passage(id: string): Passage | undefined;
  /** A document by id. */
  document(id: string): SourceDocument | undefined;
  /** Example questions for help texts and "not found" replies. */
  exampleQuestions(language: UiLanguage): string[];
  /** A normalised key of a question: asked again with other spelling, word order or punctuation, it is the same. */
  questionKey(question: string): string;
  /**
   * Whether a question stands on its own, so that a previous question adds nothing to it (see standsOnItsOwn in
   * src/search/follow-up-context.ts): it names its own subject or says enough in its own words.
   */
  standsOnItsOwn(question: string): boolean;
  /**
   * Whether a question's wording marks it as continuing the conversation (a conjunction, a pronoun or "there", no
   * content word of its own; see continuesConversation in src/search/follow-up-context.ts).
   */
  continuesConversation(question: string): boolean;
  /** Of answers pinned in a chat (newest first), the one whose question closely matches this one, if any. */
  findCurated<T extends { question: string }>(question: string, pinned: readonly T[]): T | undefined;
}

/**
 * A question as the core reads it: invisible marks removed, white space folded. Text far over the limit is cut first
 * (to just past it, so that it is still refused as too long): every later step (cleaning, the question's key, the
 * curated-answer match) then costs at most a bounded amount, whatever a client sent.
 */
function tidyQuestion(raw: unknown): string {
  const text = String(raw ?? '');
  const bounded = text.length > MAX_QUESTION_CHARS * 4 ? text.slice(0, MAX_QUESTION_CHARS * 4) : text;
  return stripInvisible(bounded).replace(/\s+/g, ' ').trim();
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** What a corpus folder holds besides its documents: the gazetteer and the example questions (both optional). */
export interface CorpusExtras {
  gazetteer: Gazetteer;
  examples: Partial<Record<UiLanguage, string[]>>;
}

/** Reads a corpus folder's examples.json (absent: none). */
export function readExamples(corpusDir: string): CorpusExtras['examples'] {
  return readJson<Partial<Record<UiLanguage, string[]>>>(join(corpusDir, 'examples.json')) ?? {};
}

/** Reads a corpus folder's gazetteer.json and examples.json (absent: none). */
export function readCorpusExtras(corpusDir: string): CorpusExtras {
  return { gazetteer: new Gazetteer(readJson<GazetteerData>(join(corpusDir, 'gazetteer.json'))?.entries ?? []), examples: readExamples(corpusDir) };
}

/**
 * Builds the core from a corpus folder: documents cleaned, split into passages, indexed, in this thread. For the
 * bots' start-up (worker threads, a saved copy of the cleaned documents, a line per stage) see openSanad.
 */
export function loadSanad(options: SanadOptions = {}): Sanad {
  const corpusDir = options.corpusDir ?? 'corpus';
  const { documents, warnings } = loadCorpus(corpusDir, options.maxDocumentBytes === undefined ? {} : { maxBytes: options.maxDocumentBytes });
  const { gazetteer, examples } = readCorpusExtras(corpusDir);
  const passages = documents.flatMap((doc) => splitPassages(doc));
  const { index, origin, warning } = loadOrBuildIndex(documents, passages, gazetteer, options.index, options.cacheDir);
  warmQuestionAnalysis();
  const sanad = createSanad(documents, passages, warnings, index, examples, options, origin);
  return warning === undefined ? sanad : { ...sanad, indexWarning: warning };
}

/**
 * Reads what the first question would otherwise wait for, a few hundred milliseconds (which on a busy machine can
 * outlast a claim's lease): the news glossary, the world's country names and the irregular English verbs. Each is
 * read once per process.
 */
export function warmQuestionAnalysis(): void {
  defaultNewsGlossary();
  worldCountries();
  englishVerbBases();
}

/** An answer to a reader of English or Russian with its quote's key facts in their language (the quote stays Arabic). */
function withKeyFacts(answer: Answer, gazetteer: Gazetteer): Answer {
  if (answer.status !== 'answered' || answer.language === 'ar') return answer;
  return { ...answer, keyFacts: keyFactsOf(answer.quote.map((q) => q.text), answer.language, [gazetteer, worldCountries()]) };
}

/** Wraps a built index as the Sanad core. */
export function createSanad(
  documents: readonly SourceDocument[], passages: readonly Passage[], warnings: readonly CorpusWarning[], index: PassageIndex,
  examples: Partial<Record<UiLanguage, string[]>>, options: SanadOptions = {}, indexOrigin: IndexOrigin = 'built',
): Sanad {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const minCoverage = options.minCoverage ?? DEFAULT_COMPOSE_ANSWER_OPTIONS.minCoverage;
  return {
    documents, passages, warnings, index, indexOrigin,
    ask(rawQuestion, askOptions = {}) {
      const question = tidyQuestion(rawQuestion);
      const language = askOptions.language ?? detectUiLanguage(question);
      const declined = (problem: Answer['problem']): Answer => ({ question, language, status: 'not_found', quote: [], passages: [], sources: [], problem });
      const talked = (smallTalk: SmallTalk): Answer => ({ ...declined('small_talk'), smallTalk });
      if (!question) return declined('empty');
      if (question.length > MAX_QUESTION_CHARS) return declined('too_long');
      if (tokenize(question).length === 0) {
        const symbols = smallTalkOfSymbols(question);
        return symbols ? talked(symbols) : declined('no_words');
      }
      // "thanks a lot" and «добрый день» are answered in kind, not searched: "lot" and «день» are in some passage. The
      // question's analysis is kept (queryOf), so the search below does not analyse it again.
      const smallTalk = smallTalkOf(index.queryOf(question).tokens);
      if (smallTalk) return talked(smallTalk);
      const top = Math.min(Math.max(Math.trunc(askOptions.top ?? DEFAULT_COMPOSE_ANSWER_OPTIONS.top) || 1, 1), MAX_TOP);
      const started = performance.now();
      // A long chain keeps its end: the latest question.
      const context = askOptions.context === undefined ? undefined : tidyQuestion(askOptions.context).slice(-MAX_QUESTION_CHARS);
      const found = index.search(question, candidatePoolOf(index.queryOf(question)), context || undefined);
      const searched = performance.now();
      const answer = composeAnswer(found, index, { top, minCoverage, language });
      askOptions.onTimings?.({ retrievalMs: searched - started, compositionMs: performance.now() - searched });
      return withKeyFacts(answer, index.gazetteer);
    },
    passage: (id) => passageById.get(id),
    document: (id) => docById.get(id),
    // Both check the length before any analysis: an over-long question is never analysed.
    questionKey: (question) => questionProfile(index, tidyQuestion(question).slice(0, MAX_QUESTION_CHARS)).key,
    standsOnItsOwn(rawQuestion) {
      const question = tidyQuestion(rawQuestion);
      return question.length > MAX_QUESTION_CHARS || standsOnItsOwn(index.queryOf(question), index.gazetteer);
    },
    continuesConversation(rawQuestion) {
      const question = tidyQuestion(rawQuestion);
      return question.length <= MAX_QUESTION_CHARS && continuesConversation(index.queryOf(question));
    },
    findCurated(rawQuestion, pinned) {
      const question = tidyQuestion(rawQuestion);
      return question.length > MAX_QUESTION_CHARS ? undefined : findCuratedAnswer(index, question, pinned)?.pinned;
    },
    exampleQuestions(language) {
      const listed = examples[language] ?? examples.ar;
      return listed?.length ? listed : documents.slice(0, 4).map((d) => d.title);
    },
  };
}
