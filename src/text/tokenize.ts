/** A word of the original text with its position (UTF-16 offsets, end exclusive). */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits make words; format characters (zero-width joiners, direction marks) and tatweel may sit
// inside a word without splitting it. Hyphens, apostrophes and punctuation split.
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}\u0640]*/gu;

/** Splits text into word tokens, keeping offsets into the original string for highlighting. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The words tokenize finds, without their offsets (for indexing, which needs no highlighting). */
export function tokenWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
