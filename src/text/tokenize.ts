/** A word of the original text with its position (UTF-16 offsets, end exclusive). */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits make words; format characters (zero-width joiners, direction marks) and tatweel may sit
// inside a word without splitting it. Hyphens, apostrophes and punctuation split. A number written in groups of
// three (2,500; ٢٬٥٠٠; Russian 2 500 with a plain or no-break space) is one word: normalizeWord drops the separators.
const WORD = /\p{N}{1,3}(?:[,\u066C\u00A0\u202F ]\p{N}{3})+(?![\p{N}\p{L}])|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}\u0640]*/gu;

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
