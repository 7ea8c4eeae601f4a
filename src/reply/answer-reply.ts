import type { Answer } from '../answer/answer.js';
import { MAX_QUESTION_CHARS } from '../answer/question-limits.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { citationSpan, dateSpan, sourceLine } from './citation-spans.js';
import { keyFactsBlock } from './key-facts-line.js';
import { passagesReply, supportingPassages } from './passages-reply.js';
import { link, text, type Block, type Reply, type ReplyAction, type ReplyTone, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** ①…⑳: marks a passage where a title names it (the passages offered in inline mode). */
export function rankMark(rank: number): string {
  return rank >= 1 && rank <= 20 ? String.fromCodePoint(0x2460 + rank - 1) : `(${rank})`;
}

/** Example questions as a list block and as ❓ buttons. */
export function examplesOf(examples: readonly string[]): { blocks: Block[]; actions: ReplyAction[] } {
  if (!examples.length) return { blocks: [], actions: [] };
  return { blocks: [{ kind: 'list', items: examples.map((e) => [text(`• ${e}`)]) }], actions: examples.map((question) => ({ kind: 'ask', question })) };
}

/** السلام عليكم, answered وعليكم السلام. */
const PEACE_GREETING = /سلام\s+عليكم/;

/**
 * The reply in kind to a message that asks nothing: a greeting is greeted back (السلام عليكم with وعليكم السلام), with
 * what the bot does and example questions to try; thanks, a farewell or an "ok" get one line.
 */
function smallTalkReply(answer: Answer, examples: readonly string[]): Reply {
  const w = WORDING[answer.language];
  const kind = answer.smallTalk ?? 'acknowledgement';
  const greeting = kind === 'greeting' && PEACE_GREETING.test(answer.question) ? w.smallTalk.peace : w.smallTalk[kind];
  const blocks: Block[] = [{ kind: 'paragraph', spans: [text(greeting)] }];
  if (kind !== 'greeting') return { language: answer.language, tone: 'notice', blocks, actions: [] };
  const shown = examplesOf(examples);
  if (shown.blocks.length) blocks.push({ kind: 'paragraph', spans: [text(w.smallTalkIntro)] }, ...shown.blocks);
  return { language: answer.language, tone: 'notice', blocks, actions: shown.actions };
}

/** Headlines listed for a question about the whole collection; the rest are counted. */
const BROAD_SOURCES_SHOWN = 5;

/**
 * The reply to a question about what the whole collection is about: the headlines of the documents that speak of it
 * most (quoted, each with its outlet, date and link), then example questions that ask about one thing.
 */
function broadReply(answer: Answer, examples: readonly string[]): Reply {
  const w = WORDING[answer.language];
  const shown = examplesOf(examples);
  const lines = answer.sources.slice(0, BROAD_SOURCES_SHOWN).map((s) => sourceLine(s, answer.language));
  const more = answer.sources.length - lines.length;
  const blocks: Block[] = [
    { kind: 'question', text: answer.question },
    { kind: 'paragraph', spans: [text(w.broadLead)] },
    { kind: 'list', items: more > 0 ? [...lines, [text(w.andMore(more))]] : lines },
  ];
  if (shown.blocks.length) blocks.push({ kind: 'paragraph', spans: [text(w.broadHint)] }, ...shown.blocks);
  return { language: answer.language, tone: 'not_found', blocks, actions: shown.actions };
}

/** The reply to a question nothing answers, or that could not be asked: a clear line, and examples to try. */
function declinedReply(answer: Answer, examples: readonly string[]): Reply {
  const w = WORDING[answer.language];
  if (answer.unstated) return unstatedReply(answer);
  if (answer.problem === 'small_talk') return smallTalkReply(answer, examples);
  if (answer.problem === 'too_broad') return broadReply(answer, examples);
  const shown = examplesOf(answer.problem === 'too_long' ? [] : examples);
  const reply = (blocks: Block[]): Reply => ({ language: answer.language, tone: 'not_found', blocks: [...blocks, ...shown.blocks], actions: shown.actions });
  if (answer.problem === 'too_long') return reply([{ kind: 'paragraph', spans: [text(w.tooLong(MAX_QUESTION_CHARS))] }]);
  if (answer.problem) return reply([{ kind: 'paragraph', spans: [text(answer.problem === 'empty' ? w.empty : w.noWords)] }]);
  const hint = examples.length ? `\n${w.notFoundHint}` : '';
  return reply([{ kind: 'question', text: answer.question }, { kind: 'paragraph', spans: [text(`🔎 ${w.notFound}${hint}`)] }]);
}

/** The numbered sources of an answer, with the note that the text above is quoted from them. */
export function sourcesBlock(sources: Answer['sources'], language: UiLanguage): Block {
  const w = WORDING[language];
  return { kind: 'sources', heading: `📚 ${w.sources}`, lines: sources.map((s) => sourceLine(s, language)), note: w.quotedFooter };
}

/** A quoted sentence as the reader sees it: «…» with the citations of its sources. */
function quoteBlock(quote: Answer['quote'][number]): Block {
  return { kind: 'quote', spans: [text('«'), { type: 'quote', text: quote.text, highlights: quote.highlights }, text('» '), citationSpan(quote.citations)] };
}

/**
 * An answer about the report itself (its date, its address), or that the report does not state it: the question, the
 * fact, then the report's source line (outlet, headline, date, link) with a note on whose fact it is.
 */
function reportFactReply(answer: Answer, fact: Span[], note: string, tone: ReplyTone = 'answer', quoted: Block[] = []): Reply {
  const blocks: Block[] = [
    { kind: 'question', text: answer.question },
    { kind: 'paragraph', spans: fact },
    ...quoted,
    { kind: 'sources', lines: [sourceLine(answer.sources[0]!, answer.language)], note },
  ];
  return { language: answer.language, tone, blocks, actions: [] };
}

/**
 * "When was it published?" or "got the link?" of a report that does not say: which report, and that it gives none,
 * rather than the general "not found" with examples on other topics.
 */
function unstatedReply(answer: Answer): Reply {
  const w = WORDING[answer.language];
  return reportFactReply(answer, [text(answer.unstated === 'link' ? w.linkUnstated : w.dateUnstated)], w.unstatedNote, 'not_found');
}

/** "When was it published?": the report's date (an answer has one: see publicationAnswer). */
function publicationReply(answer: Answer): Reply {
  const w = WORDING[answer.language];
  // Then the page's own dateline, when the date was read from one: the words the reader can check it against.
  return reportFactReply(answer, [text(`${w.publishedOn} `), dateSpan(answer.sources[0]!.date!, answer.language)], w.publishedNote, 'answer', answer.quote.map(quoteBlock));
}

/** "Got the link?": the report's address, as a link (an answer has one: see linkAnswer). */
function linkReply(answer: Answer): Reply {
  const w = WORDING[answer.language];
  const url = answer.sources[0]!.url!;
  return reportFactReply(answer, [text(`${w.linkIs} `), link(url, url)], w.linkNote);
}

/**
 * The short answer, built once for every platform: the question, the quote with its citations, for a reader of
 * English or Russian the line that says the quote is Arabic with its key facts in their language, then one line per
 * source the quote cites, and the note that «» marks quoted text. The supporting passages come on demand: a 📄
 * button when there are any beyond the quote (passagesReply). Not found: a clear reply with example questions.
 * Other buttons (➕, 📌, 👍/👎, 🔎) are the conversation's to add. An answer without a quote (➕'s) shows its passages.
 */
export function answerReply(answer: Answer, examples: readonly string[] = []): Reply {
  if (answer.status !== 'answered') return declinedReply(answer, examples);
  if (answer.published) return publicationReply(answer);
  if (answer.linked) return linkReply(answer);
  if (!answer.quote.length) {
    const passages = passagesReply(answer);
    return { ...passages, blocks: [{ kind: 'question', text: answer.question }, ...passages.blocks] };
  }
  const w = WORDING[answer.language];
  const blocks: Block[] = [{ kind: 'question', text: answer.question }];
  for (const quote of answer.quote) blocks.push(quoteBlock(quote));
  const facts = keyFactsBlock(answer.keyFacts, answer.language);
  if (facts) blocks.push(facts);
  const cited = new Set(answer.quote.flatMap((q) => q.citations));
  blocks.push({ kind: 'sources', lines: answer.sources.filter((s) => cited.has(s.n)).map((s) => sourceLine(s, answer.language)), note: w.quotedShort });
  const actions: ReplyAction[] = supportingPassages(answer).shown.length ? [{ kind: 'passages', label: w.buttonPassages }] : [];
  return { language: answer.language, tone: 'answer', blocks, actions };
}
