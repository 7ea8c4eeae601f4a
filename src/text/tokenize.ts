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

/** Whether a character code is Arabic و، ف، ب، ل or ك: a conjunction or preposition written onto the next word. */
const isClitic = (code: number) => code === 0x648 || code === 0x641 || code === 0x628 || code === 0x644 || code === 0x643;
/** Whether a character code is a digit, ASCII or Arabic-Indic (both forms). */
const isDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);

/**
 * How many characters of a word are an Arabic conjunction or preposition written onto a number («و2002», «بـ4 يناير»,
 * «ل19»: one or two of them, tatweel after), or 0. That is a word of its own, as it is before a word («وألماتي» is cut
 * by the stemmer): the number stays the number. Most words open on no such letter and are looked at no further.
 */
function cliticBeforeNumber(word: string): number {
  if (!isClitic(word.charCodeAt(0))) return 0;
  let at = isClitic(word.charCodeAt(1)) ? 2 : 1;
  while (word.charCodeAt(at) === 0x640) at++;
  return isDigit(word.charCodeAt(at)) ? at : 0;
}

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
  visitWords(text, (word, start, end) => void tokens.push({ text: word, start, end }));
  return tokens;
}

/**
 * Calls `visit` with each word tokenize finds and its offsets, in order: for a reader that makes its own object per
 * word (the analyzer), so that no token object is made and dropped for each.
 */
export function visitWords(text: string, visit: (word: string, start: number, end: number) => void): void {
  const words = text.match(WORD);
  if (!words) return;
  let end = 0;
  for (const word of words) {
    // The words alone (no match object per word), each found again from the end of the one before: its first
    // occurrence there is where the expression matched it, as a word starts with a letter or digit, which would have
    // started a match at any earlier place.
    const start = text.indexOf(word, end);
    end = start + word.length;
    const clitic = cliticBeforeNumber(word);
    if (clitic > 0) {
      visit(word.slice(0, clitic), start, start + clitic);
      visit(word.slice(clitic), start + clitic, end);
    } else visit(wordAt(text, word, end), start, end);
  }
}

/** The words tokenize finds, without their offsets (for indexing, which needs none: no object per word). */
export function tokenWords(text: string): string[] {
  if (HAS_WONT.test(text)) return tokenize(text).map((t) => t.text);
  const words = text.match(WORD) ?? [];
  return words.some((w) => cliticBeforeNumber(w) > 0) ? words.flatMap((w) => { const at = cliticBeforeNumber(w); return at > 0 ? [w.slice(0, at), w.slice(at)] : [w]; }) : words;
}
