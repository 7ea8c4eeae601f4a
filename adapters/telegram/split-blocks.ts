import { TELEGRAM_MESSAGE_MAX_CHARS } from './limits.js';
import { RLM } from './mark-direction.js';
import { BLOCK_SEPARATOR, blockLength, blockText, sliceSpans, type Block } from './rich-text.js';

/** Where a block too long for one message may be cut, best first: a line break, a sentence end, a space. */
const BREAKS: readonly RegExp[] = [/\n$/, /[.!?؟۔…]["'»”’)]{0,2}\s$/, /\s$/];

function findCut(text: string, limit: number): number {
  const floor = Math.floor(limit / 2);
  for (const pattern of BREAKS) {
    for (let i = limit; i > floor; i -= 1) {
      if (pattern.test(text.slice(Math.max(0, i - 4), i))) return i;
    }
  }
  // No boundary in the second half: cut hard, but never between the halves of a surrogate pair.
  return Math.max(1, /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit);
}

function trimSpans(block: Block, side: 'start' | 'end'): Block {
  const text = blockText(block);
  const trimmed = side === 'start' ? text.trimStart() : text.trimEnd();
  const start = side === 'start' ? text.length - trimmed.length : 0;
  return { ...block, spans: sliceSpans(block.spans, start, start + trimmed.length) };
}

/** Cuts a block into a head of at most `limit` characters (at the best boundary) and the rest; the rest keeps U+200F. */
export function cutBlock(block: Block, limit: number): [Block, Block] {
  const text = blockText(block);
  const cut = findCut(text, limit);
  const head = trimSpans({ ...block, spans: sliceSpans(block.spans, 0, cut) }, 'end');
  let rest = trimSpans({ ...block, spans: sliceSpans(block.spans, cut, text.length) }, 'start');
  const restText = blockText(rest);
  if (text.startsWith(RLM) && restText && !restText.startsWith(RLM)) rest = { ...rest, spans: [{ text: RLM }, ...rest.spans] };
  return [head, rest];
}

/**
 * Groups blocks into messages of at most `max` characters (as Telegram counts them). Blocks are kept whole when they
 * fit a message; one longer than a message is cut at the best boundary, filling the room left. Order is kept, so
 * the last block (the sources) ends up on the last message.
 */
export function splitBlocks(blocks: readonly Block[], max: number = TELEGRAM_MESSAGE_MAX_CHARS): Block[][] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let length = 0;
  const flush = () => {
    if (current.length) parts.push(current);
    current = [];
    length = 0;
  };
  const add = (block: Block) => {
    length += (current.length ? BLOCK_SEPARATOR.length : 0) + blockLength(block);
    current.push(block);
  };
  for (const block of blocks) {
    let rest = block;
    while (blockLength(rest) > 0) {
      const size = blockLength(rest);
      const room = current.length ? max - length - BLOCK_SEPARATOR.length : max;
      if (size <= room) {
        add(rest);
        break;
      }
      if (size <= max || room < max / 4) {
        flush();
        continue;
      }
      const [head, tail] = cutBlock(rest, room);
      add(head);
      flush();
      rest = tail;
    }
  }
  flush();
  return parts;
}
