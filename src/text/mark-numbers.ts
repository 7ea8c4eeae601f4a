import { analyze, type AnalyzedToken } from './analyze.js';
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

/**
 * Nouns whose number is a label, not a count: «المادة 4» is the fourth article, "section 2", «статья 4». A "how many
 * troops?" quoted «وفقًا للمادة 4 من معاهدة الأمن الجماعي» as its count. Not فصل ("chapter", also "dismissal": فصل 200
 * موظف) nor глава ("chapter", also "head": главы 6 государств). Compared by stem, as the analyzer cuts them.
 */
const LABEL_STEMS: ReadonlySet<string> = new Set(
  analyze('مادة بند فقرة رقم قرار article section clause paragraph chapter resolution page статья пункт номер резолюция часть').map((t) => t.stem),
);
/** Words that join the numbers of one label: «المادتان 2 و 4», "articles 2 and 4", «статьи 2 и 4». */
const LABEL_JOINS: ReadonlySet<string> = new Set(['و', 'او', 'and', 'or', 'и', 'или']);

/**
 * Marks the tokens that are numbers with 1, others with 0; a number a label noun opens (المادة 4, and the 4 of «المادتان
 * 2 و 4») is no count, and is left 0. Expects analysed (normalised) tokens.
 */
export function markNumbers(tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  let label = false;
  tokens.forEach((token, i) => {
    if (!isNumberWord(token.normalized)) {
      label = LABEL_STEMS.has(token.stem) || (label && LABEL_JOINS.has(token.normalized));
      return;
    }
    // A label's number, which a join may follow (and keeps the label open).
    if (label && DIGIT.test(token.normalized)) return;
    marks[i] = 1;
  });
  return marks;
}
