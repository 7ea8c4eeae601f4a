/** A word of the original text with its position (UTF-16 offsets, end exclusive). */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits make words; format characters (zero-width joiners, direction marks) and tatweel may sit
// inside a word without splitting it. Hyphens, apostrophes and punctuation split. A number written in groups of
// three (2,500; ٢٬٥٠٠; Russian 2 500 with a plain or no-break space) is one word: normalizeWord drops the separators.
// An Arabic conjunction or preposition written onto a number («و2002», «بـ4 يناير», «ل19») is a word of its own,
// as it is before a word («وألماتي» is cut by the stemmer): the number stays the number.
const WORD = /\p{N}{1,3}(?:[,\u066C\u00A0\u202F ]\p{N}{3})+(?![\p{N}\p{L}])|(?<![\p{L}\p{M}\p{N}])[\u0648\u0641\u0628\u0644\u0643]{1,2}\u0640*(?=\p{Nd})|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}\u0640]*/gu;

/**
 * "won't" is "will not": cut at its apostrophe, its head would be the past of "win", which a question means when it
 * asks "who won the election?". The head is read as "will" (its span kept, for highlighting).
 */
const WONT_TAIL = /^['’‘`ʼ]t(?![\p{L}\p{N}])/iu;
/** Whether a text holds a "won't" at all: most hold none, and their words are taken as they are. */
const HAS_WONT = /won['’‘`ʼ]t/i;
function wordAt(text: string, word: string, end: number): string {
  return word.length === 3 && word.toLowerCase() === 'won' && WONT_TAIL.test(text.slice(end, end + 3)) ? 'will' : word;
}

/** Splits text into word tokens, keeping offsets into the original string for highlighting. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: wordAt(text, match[0], end), start, end });
  }
  return tokens;
}

/** The words tokenize finds, without their offsets (for indexing, which needs none: no object per word). */
export function tokenWords(text: string): string[] {
  return HAS_WONT.test(text) ? tokenize(text).map((t) => t.text) : (text.match(WORD) ?? []);
}
