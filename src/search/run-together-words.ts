import type { AnalyzedToken } from '../text/analyze.js';
import { normalizeArabic } from '../text/normalize-arabic.js';

/** Fewest letters a word needs to be read as two words typed without the space between them. */
const MIN_RUN_TOGETHER_LETTERS = 7;
/**
 * Fewest letters each of the two words needs without its article or conjunction: shorter ones would split too many
 * unknown words (الاتحاد is no الات + حاد).
 */
const MIN_PART_LETTERS = 3;

/** A question with spaces put back where two words were typed as one, and how to map its offsets back. */
export interface SplitText {
  text: string;
  /** The offset in the text as typed of an offset in `text`. */
  offsetAsTyped(offset: number): number;
}

/**
 * The question with a space put back into each word typed without one ("فى 4 ينايرتوكايف": يناير توكايف, بعدالاحداث:
 * بعد الاحداث), or undefined when there is none. `unknown`: the question's words the documents do not know as typed
 * (in text order). A word is split only when its two parts
 * are each known, the second a name or a word with the article, as the space is most often lost before them (an
 * unknown word's last letters make some known word far too often: الفاتحين is no الفات + حين); of several such
 * cuts, the most even. `known` says whether the documents know a word: as a name of the gazetteer, or by its stem.
 */
export function splitRunTogetherWords(text: string, unknown: readonly AnalyzedToken[], known: (word: string) => 'name' | 'word' | undefined): SplitText | undefined {
  const cuts: number[] = [];
  for (const token of unknown) {
    const word = text.slice(token.start, token.end);
    if (token.stop || token.script !== 'arabic' || word.length < MIN_RUN_TOGETHER_LETTERS) continue;
    let best = -1;
    for (let k = MIN_PART_LETTERS; k <= word.length - MIN_PART_LETTERS; k++) {
      const [left, right] = [word.slice(0, k), word.slice(k)];
      if (!longEnough(left) || !longEnough(right) || !known(left)) continue;
      const second = known(right);
      if (second !== 'name' && !(second === 'word' && ARTICLE.test(normalizeArabic(right)))) continue;
      if (best < 0 || Math.abs(word.length - 2 * k) < Math.abs(word.length - 2 * best)) best = k;
    }
    if (best > 0) cuts.push(token.start + best);
  }
  if (cuts.length === 0) return undefined;
  let split = '';
  let from = 0;
  for (const cut of cuts) {
    split += `${text.slice(from, cut)} `;
    from = cut;
  }
  split += text.slice(from);
  // The i-th space put back stands at cuts[i] + i in the new text.
  const inserted = cuts.map((cut, i) => cut + i);
  return {
    text: split,
    offsetAsTyped: (offset) => offset - inserted.filter((at) => at < offset).length,
  };
}

/** The article at the start of a word (normalised). */
const ARTICLE = /^ال/;

/** Whether a part of a word has MIN_PART_LETTERS letters besides its article or conjunction. */
function longEnough(part: string): boolean {
  return normalizeArabic(part).replace(/^[وف]?(?:ال|لل)/, '').length >= MIN_PART_LETTERS;
}
