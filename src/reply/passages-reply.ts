import type { Answer, AnswerPassage, Highlight } from '../answer/answer.js';
import { citationSpan, sourceLine } from './citation-spans.js';
import { text, type Block, type Reply, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** What marks the place of a quoted sentence left out of a passage. */
export const OMITTED_QUOTE = ' … ';

/** A stretch of a passage kept when the quote is taken out: where it starts in the passage, and its text. */
interface Kept { from: number; text: string }

const hasLetters = (value: string) => /\p{L}|\p{N}/u.test(value);

/**
 * A passage without the sentence(s) the answer already quotes: the stretches around them, or nothing when the
 * passage is only the quote. A passage that does not hold the quote comes back whole.
 */
export function passageWithoutQuote(passage: Pick<AnswerPassage, 'text'>, quotes: readonly string[]): Kept[] {
  const cuts: Array<[number, number]> = [];
  for (const quote of quotes.map((q) => q.trim()).filter(Boolean)) {
    const at = passage.text.indexOf(quote);
    if (at >= 0) cuts.push([at, at + quote.length]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: Kept[] = [];
  let from = 0;
  for (const [start, end] of [...cuts, [passage.text.length, passage.text.length] as [number, number]]) {
    if (start > from) {
      const piece = passage.text.slice(from, start);
      const lead = piece.length - piece.trimStart().length;
      if (hasLetters(piece)) kept.push({ from: from + lead, text: piece.trim() });
    }
    from = Math.max(from, end);
  }
  return kept;
}

/** The highlights of a passage that fall in a kept stretch, as offsets into it. */
function highlightsIn(highlights: readonly Highlight[], kept: Kept): Highlight[] {
  const end = kept.from + kept.text.length;
  return highlights.filter((h) => h.start >= kept.from && h.end <= end).map((h) => ({ start: h.start - kept.from, end: h.end - kept.from }));
}

/**
 * A supporting passage as a block, labelled by its place in the answer and its source ("Passage 2 · [1] outlet —
 * «headline»"), so that two passages of one source never look alike; the quote's sentences left out (marked …).
 * Undefined when the passage is only the quote.
 */
export function passageBlock(passage: AnswerPassage, quotes: readonly string[], language: Answer['language']): Block | undefined {
  const w = WORDING[language];
  const kept = passageWithoutQuote(passage, quotes);
  if (!kept.length) return undefined;
  const whole = kept.length === 1 && kept[0]!.text === passage.text.trim();
  const spans: Span[] = [];
  kept.forEach((part, i) => {
    if (i > 0 || (!whole && part.from > 0)) spans.push(text(i > 0 ? OMITTED_QUOTE : '… '));
    spans.push({ type: 'quote', text: part.text, highlights: highlightsIn(passage.highlights, part) });
  });
  if (!whole && kept.at(-1)!.from + kept.at(-1)!.text.length < passage.text.trim().length) spans.push(text(' …'));
  const label: Span[] = [text(`${w.passageLabel(passage.rank)} · `), citationSpan(passage.citations), text(` ${passage.source ?? w.outletUnknown} — «${passage.title}»`)];
  return { kind: 'passage', label, spans };
}

/** The blocks of an answer's supporting passages without its quote, and the passages they show. */
export function supportingPassages(answer: Pick<Answer, 'quote' | 'passages' | 'language'>): { blocks: Block[]; shown: AnswerPassage[] } {
  const quotes = answer.quote.map((q) => q.text);
  const blocks: Block[] = [];
  const shown: AnswerPassage[] = [];
  for (const passage of answer.passages) {
    const block = passageBlock(passage, quotes, answer.language);
    if (!block) continue;
    blocks.push(block);
    shown.push(passage);
  }
  return { blocks, shown };
}

/**
 * An answer's supporting passages on demand (📄, ➕): a heading (if given), each passage labelled by its place and source,
 * without the sentences the answer quotes, then the sources they cite and the note that the text is quoted.
 */
export function passagesReply(answer: Answer, heading?: string): Reply {
  const w = WORDING[answer.language];
  const { blocks, shown } = supportingPassages(answer);
  const cited = new Set(shown.flatMap((p) => p.citations));
  const sources: Block = { kind: 'sources', heading: `📚 ${w.sources}`, lines: answer.sources.filter((s) => cited.has(s.n)).map((s) => sourceLine(s, answer.language)), note: w.quotedShort };
  return { language: answer.language, tone: 'answer', blocks: [...(heading ? [{ kind: 'heading' as const, spans: [text(heading)] }] : []), ...blocks, sources], actions: [] };
}
