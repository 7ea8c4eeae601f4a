import type { Answer, AnswerPassage } from '../answer/answer.js';
import { MAX_QUESTION_CHARS } from '../answer/question-limits.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { citationSpan, sourceLine } from './citation-spans.js';
import { text, type Block, type Reply, type ReplyAction, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** ①…⑳: marks the passages so that their 📄 buttons can name them. */
export function rankMark(rank: number): string {
  return rank >= 1 && rank <= 20 ? String.fromCodePoint(0x2460 + rank - 1) : `(${rank})`;
}

/**
 * The supporting passages worth printing under the quote: those the quote does not already show whole (a short
 * passage is often quoted in full; printing it again right below reads as a mistake). Buttons still list every one.
 */
function passagesBeyondQuote(answer: Pick<Answer, 'quote' | 'passages'>): AnswerPassage[] {
  const quoted = new Set(answer.quote.map((q) => q.text.trim()));
  return answer.passages.filter((p) => !quoted.has(p.text.trim()));
}

/** Example questions as a list block and as ❓ buttons. */
export function examplesOf(examples: readonly string[]): { blocks: Block[]; actions: ReplyAction[] } {
  if (!examples.length) return { blocks: [], actions: [] };
  return { blocks: [{ kind: 'list', items: examples.map((e) => [text(`• ${e}`)]) }], actions: examples.map((question) => ({ kind: 'ask', question })) };
}

/** The reply to a question nothing answers, or that could not be asked: a clear line, and examples to try. */
function declinedReply(answer: Answer, examples: readonly string[]): Reply {
  const w = WORDING[answer.language];
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

/**
 * The reply to a question, built once for every platform: the question, the quote with its citations, the
 * supporting passages (matched words highlighted), the numbered sources, and a 📄 button for every passage.
 * Not found: a clear reply with example questions. Other buttons (➕, 📌, 👍/👎, 🔎) are the conversation's to add.
 */
export function answerReply(answer: Answer, examples: readonly string[] = []): Reply {
  if (answer.status !== 'answered') return declinedReply(answer, examples);
  const w = WORDING[answer.language];
  const blocks: Block[] = [{ kind: 'question', text: answer.question }];
  for (const quote of answer.quote) {
    blocks.push({ kind: 'quote', spans: [text('«'), { type: 'quote', text: quote.text, highlights: quote.highlights }, text('» '), citationSpan(quote.citations)] });
  }
  const supporting = passagesBeyondQuote(answer);
  if (supporting.length) blocks.push({ kind: 'heading', spans: [text(w.passagesHeading)] });
  for (const p of supporting) {
    const label: Span[] = [text(`${rankMark(p.rank)} `), citationSpan(p.citations)];
    blocks.push({ kind: 'passage', label, spans: [{ type: 'quote', text: p.text, highlights: p.highlights }] });
  }
  blocks.push(sourcesBlock(answer.sources, answer.language));
  const actions: ReplyAction[] = answer.passages.map((p) => ({ kind: 'passage', passageId: p.passageId, label: w.buttonPassage(rankMark(p.rank)) }));
  return { language: answer.language, tone: 'answer', blocks, actions };
}
