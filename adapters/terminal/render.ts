import { answerReply, directedLines, linkShowsItsAddress, WORDING, type Answer, type Block, type LineSpan, type Reply, type Span } from '../../src/index.js';

/** The chat's command that shows the last answer's supporting passages (its 📄 button elsewhere). */
export const PASSAGES_COMMAND = '/passages';

/** Bold on and off (SGR 1 and 22), for highlights and headings on a colour terminal. */
const bold = (text: string) => `\x1b[1m${text}\x1b[22m`;

function spanText(span: LineSpan, color: boolean): string {
  if (span.type === 'link') return linkShowsItsAddress(span) ? span.text : `${span.text} (${span.url})`;
  return color && span.type === 'bold' ? bold(span.text) : span.text;
}

/** Lines of spans as terminal text, each line given its direction (so Arabic lines read right to left). */
function lines(spans: readonly Span[], reply: Reply, color: boolean, allBold = false): string {
  return directedLines(spans, reply.language)
    .map((line) => line.map((s) => spanText(allBold && s.type === 'text' ? { ...s, type: 'bold' } : s, color)).join(''))
    .join('\n');
}

const plain = (text: string): Span => ({ type: 'text', text });

function blockText(block: Block, reply: Reply, color: boolean): string {
  switch (block.kind) {
    // The question was just typed above: echoing it back would only repeat it.
    case 'question': return '';
    case 'heading': return lines(block.spans, reply, color, true);
    case 'passage': return `${lines(block.label, reply, color, true)}\n${lines(block.spans, reply, color)}`;
    case 'list': return block.items.map((item) => lines(item, reply, color)).join('\n');
    case 'sources': return [
      ...(block.heading ? [lines([plain(block.heading)], reply, color, true)] : []),
      ...block.lines.map((l) => lines(l, reply, color)),
      ...(block.heading ? [''] : []),
      lines([plain(block.note)], reply, color),
    ].join('\n');
    default: return lines(block.spans, reply, color);
  }
}

/** Options of renderTerminal. */
export interface TerminalRenderOptions {
  /** Say which command shows what a 📄 button would (the chat has the command; `npm run ask` does not). */
  commands?: boolean;
}

/** A reply as terminal text: blocks apart by a blank line, matched words and headings in bold when `color`. */
export function renderTerminal(reply: Reply, color: boolean, options: TerminalRenderOptions = {}): string {
  const text = reply.blocks.map((block) => blockText(block, reply, color)).filter(Boolean);
  const passages = reply.actions.find((a) => a.kind === 'passages');
  if (options.commands && passages) text.push(lines([plain(`📄 ${WORDING[reply.language].buttonPassages}: ${PASSAGES_COMMAND}`)], reply, color));
  return text.join('\n\n');
}

/** An answer as plain text (`npm run ask`): the same short form, without colour. */
export function renderAnswerText(answer: Answer, examples: readonly string[] = []): string {
  return renderTerminal(answerReply(answer, examples), false);
}
