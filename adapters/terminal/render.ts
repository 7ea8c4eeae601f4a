import { answerReply, directedLines, type Answer, type Block, type LineSpan, type Reply, type Span } from '../../src/index.js';

/** Bold on and off (SGR 1 and 22), for highlights and headings on a colour terminal. */
const bold = (text: string) => `\x1b[1m${text}\x1b[22m`;

function spanText(span: LineSpan, color: boolean): string {
  if (span.type === 'link') return `${span.text} (${span.url})`;
  return color && span.type === 'bold' ? bold(span.text) : span.text;
}

/** Lines of spans as terminal text, each line given its direction (so Arabic lines read right to left). */
function lines(spans: readonly Span[], reply: Reply, color: boolean, allBold = false): string {
  return directedLines(spans, reply.language)
    .map((line) => line.map((s) => spanText(allBold && s.type === 'text' ? { ...s, type: 'bold' } : s, color)).join(''))
    .join('\n');
}

function blockText(block: Block, reply: Reply, color: boolean): string {
  switch (block.kind) {
    // The question was just typed above: echoing it back would only repeat it.
    case 'question': return '';
    case 'heading': return lines(block.spans, reply, color, true);
    case 'passage': return lines([...block.label, { type: 'text', text: ' ' }, ...block.spans], reply, color);
    case 'list': return block.items.map((item) => lines(item, reply, color)).join('\n');
    case 'sources': return [lines([{ type: 'text', text: block.heading }], reply, color, true), ...block.lines.map((l) => lines(l, reply, color)), '', lines([{ type: 'text', text: block.note }], reply, color)].join('\n');
    default: return lines(block.spans, reply, color);
  }
}

/** A reply as terminal text: blocks apart by a blank line, matched words and headings in bold when `color`. Buttons have no terminal form. */
export function renderTerminal(reply: Reply, color: boolean): string {
  return reply.blocks.map((block) => blockText(block, reply, color)).filter(Boolean).join('\n\n');
}

/** An answer as plain text (`npm run ask`): the same rendering, without colour. */
export function renderAnswerText(answer: Answer, examples: readonly string[] = []): string {
  return renderTerminal(answerReply(answer, examples), false);
}
