import { detectUiLanguage, type UiLanguage } from '../../src/answer/ui-strings.js';
import type { Block, Span } from './rich-text.js';

/** RIGHT-TO-LEFT MARK: a strong RTL character that makes a line whose first letter is Latin or a digit read RTL. */
export const RLM = '\u200F';
/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: keeps a Latin run from reordering the Arabic around it. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const LTR_LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const WORD = `[/@#]?[${LTR_LETTER}][${LTR_LETTER}0-9]*(?:[.,:/?=&%#@+_'’-]+[${LTR_LETTER}0-9]+)*`;
const CONTINUATION = `[${LTR_LETTER}0-9]+(?:[.,:/?=&%#@+_'’-]+[${LTR_LETTER}0-9]+)*`;
/** A run of Latin or Cyrillic words (with digits and inner punctuation, as in "RT", "CSTO", "ar.rt.com/s48q"). */
const LTR_RUN = new RegExp(`${WORD}(?:[ \\t]+${CONTINUATION})*`, 'g');

const ANY_LTR_LETTER = new RegExp(`[${LTR_LETTER}]`);

/** Wraps every Latin or Cyrillic run in FSI…PDI so it displays as a unit inside right-to-left text. */
export function isolateLatin(text: string): string {
  // Most spans of an Arabic reply hold no Latin letter at all: skip the long pattern for them.
  return ANY_LTR_LETTER.test(text) ? text.replace(LTR_RUN, (run) => `${FSI}${run}${PDI}`) : text;
}


const ARABIC_LETTER = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Whether a line reads right to left: its letters (links aside) are mostly Arabic, or the reply is in Arabic and the
 * line has Arabic in it or no letters at all (a source line "[1] RT عربي — … — https://…" stays right to left).
 */
function isRightToLeft(line: string, language: UiLanguage): boolean {
  const words = line.includes('http') ? line.replace(/https?:\/\/\S+/g, ' ') : line;
  if (detectUiLanguage(words, language) === 'ar') return language === 'ar' || ARABIC_LETTER.test(words);
  return language === 'ar' && ARABIC_LETTER.test(words);
}

function splitLines(spans: readonly Span[]): Span[][] {
  const lines: Span[][] = [[]];
  for (const span of spans) {
    span.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ ...span, text: piece });
    });
  }
  return lines;
}

/**
 * Gives each line of a block its direction (see isRightToLeft). A right-to-left line starts with U+200F and has its Latin runs isolated, so a line that
 * begins with "CSTO", "2022" or "[1]" still reads right to left. Telegram takes a paragraph's direction from its
 * first strong character (https://unicode.org/reports/tr9/).
 */
export function markDirection(block: Block, language: UiLanguage): Block {
  const spans: Span[] = [];
  splitLines(block.spans).forEach((line, i) => {
    if (i > 0) spans.push({ text: '\n' });
    const text = line.map((s) => s.text).join('');
    if (!text || !isRightToLeft(text, language)) {
      spans.push(...line);
      return;
    }
    if (!text.startsWith(RLM)) spans.push({ text: RLM });
    // A link's text (a URL) is isolated whole; elsewhere each Latin run is.
    for (const span of line) spans.push({ ...span, text: span.href ? `${FSI}${span.text}${PDI}` : isolateLatin(span.text) });
  });
  return { ...block, spans };
}
