import { continueDirection } from '../text/mark-direction.js';

/** A run of text in one style (the style is the platform's: bold, a link, …). */
export interface TextRun {
  text: string;
}

/** A paragraph of styled runs, kept in one message unless it alone is too long. */
export interface RunBlock<S extends TextRun> {
  spans: S[];
}

const textOf = (block: RunBlock<TextRun>) => block.spans.map((s) => s.text).join('');
/** Length as the platform counts it after parsing its markup (UTF-16 units, markup not counted). */
const lengthOf = (block: RunBlock<TextRun>) => block.spans.reduce((n, s) => n + s.text.length, 0);

/** The runs covering [start, end) of the block's text, styles kept. */
function slice<S extends TextRun>(spans: readonly S[], start: number, end: number): S[] {
  const out: S[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + span.text.length);
    if (from < to) out.push({ ...span, text: span.text.slice(from - at, to - at) });
    at += span.text.length;
  }
  return out;
}

/** Where a block too long for one message may be cut, best first: a line break, a sentence end, a space. */
const BREAKS: readonly RegExp[] = [/\n$/, /[.!?؟۔…]["'»”’)]{0,2}\s$/, /\s$/];

function findCut(text: string, limit: number): number {
  for (const pattern of BREAKS) {
    for (let i = limit; i > Math.floor(limit / 2); i -= 1) if (pattern.test(text.slice(Math.max(0, i - 4), i))) return i;
  }
  // No boundary in the second half: cut hard, but never between the halves of a surrogate pair.
  return Math.max(1, /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit);
}

/** Cuts a block into a head of at most `limit` characters (at the best boundary) and the rest, which keeps the direction. */
function cutBlock<S extends TextRun, B extends RunBlock<S>>(block: B, limit: number, plain: (text: string) => S): [B, B] {
  const text = textOf(block);
  const cut = findCut(text, limit);
  const head = text.slice(0, cut).trimEnd().length;
  const restStart = cut + (text.slice(cut).length - text.slice(cut).trimStart().length);
  const rest = continueDirection(text, slice(block.spans, restStart, text.length), plain);
  return [{ ...block, spans: slice(block.spans, 0, head) }, { ...block, spans: rest }];
}

/**
 * Groups blocks into messages of at most `max` characters, blocks `separator` characters apart. Blocks are kept
 * whole when they fit a message; one longer than a message is cut at the best boundary (a line, a sentence, a word),
 * filling the room left, its second half given the line's direction again (`plain` makes the mark's run). Order is
 * kept, so the last block (the sources) ends up on the last message.
 */
export function splitIntoMessages<S extends TextRun, B extends RunBlock<S>>(
  blocks: readonly B[], max: number, separator: number, plain: (text: string) => S,
): B[][] {
  const parts: B[][] = [];
  let current: B[] = [];
  let length = 0;
  const flush = () => {
    if (current.length) parts.push(current);
    current = [];
    length = 0;
  };
  const add = (block: B) => {
    length += (current.length ? separator : 0) + lengthOf(block);
    current.push(block);
  };
  for (let rest of blocks) {
    while (lengthOf(rest) > 0) {
      const room = current.length ? max - length - separator : max;
      if (lengthOf(rest) <= room) {
        add(rest);
        break;
      }
      if (lengthOf(rest) <= max || room < max / 4) {
        flush();
        continue;
      }
      const [head, tail] = cutBlock(rest, room, plain);
      add(head);
      flush();
      rest = tail;
    }
  }
  flush();
  return parts;
}
