import type { AnalyzedToken } from './analyze.js';
import { inWordList } from './bare-word-forms.js';
import { normalizeArabic } from './normalize-arabic.js';

// Cardinal numbers, hundreds, thousands and fractions written as words (في خمس دول، ثلث السكان), the duals in their
// construct forms too (مليوني كيلومتر), normalised.
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة
   عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين
   مئة مائة مئات مئتان مئتين مئتا مئتي ألف آلاف ألفان ألفين ألفا ألفي مليون ملايين مليونان مليونين مليونا مليوني مليار
   مليارات ملياران مليارين مليارا ملياري عشرات نصف ربع ثلث ضعف ضعفين أضعاف`
    .split(/\s+/).map(normalizeArabic),
);

const DIGIT = /^\d/;

/** Whether a normalised word is a number: digits (2018, 1.5 as two tokens, 25%) or a number word (خمسة، بثلاث). */
export function isNumberWord(normalized: string): boolean {
  return DIGIT.test(normalized) || inWordList(normalized, NUMBER_WORDS);
}

/** Marks the tokens that are numbers with 1, others with 0. Expects analysed (normalised) tokens. */
export function markNumbers(tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  tokens.forEach((token, i) => {
    if (isNumberWord(token.normalized)) marks[i] = 1;
  });
  return marks;
}
