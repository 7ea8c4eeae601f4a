import type { AnalyzedToken } from '../text/analyze.js';
import { inWordList } from '../text/bare-word-forms.js';

/*
 * "Did he order them to shoot without warning?" sets a condition with "without": the condition is what the question
 * checks, and a passage that tells of the order but not of the warning cannot say yes or no to it. The words are
 * written from general knowledge of the languages (normalised as the analyzer does: أ إ → ا, ة → ه).
 */

/** "Without" in one word: Arabic دون/بدون/بلا (with و/ف before them), English, Russian. */
const WITHOUT: ReadonlySet<string> = new Set(['دون', 'بدون', 'بلا', 'without', 'без', 'безо']);
/** The Arabic two-word "without": من غير (colloquial as much as written). */
const WITHOUT_FIRST = 'من';
const WITHOUT_SECOND = 'غير';
/**
 * Words that only qualify the condition (دون سابق إنذار، without any/prior warning, без всякого предупреждения): the
 * noun after them is the condition.
 */
const QUALIFIERS: ReadonlySet<string> = new Set([
  'سابق', 'مسبق', 'اي', 'any', 'prior', 'previous', 'advance', 'all', 'всякого', 'какого', 'любого', 'предварительного', 'каких',
]);
/** How far after "without" its noun may stand. */
const CONDITION_REACH = 3;

/**
 * The index of the noun a question's "without" governs (warning of "shoot without warning", إنذار of «دون سابق
 * إنذار», предупреждения of «без предупреждения»), or -1. queryAsks reads it for yes/no questions and those with no
 * question word.
 */
export function withoutConditionIndex(tokens: readonly AnalyzedToken[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.normalized;
    let next = -1;
    if (inWordList(word, WITHOUT)) next = i + 1;
    else if (word === WITHOUT_FIRST && tokens[i + 1]?.normalized === WITHOUT_SECOND) next = i + 2;
    if (next < 0) continue;
    for (let j = next; j < Math.min(tokens.length, next + CONDITION_REACH); j++) {
      const t = tokens[j]!;
      if (!QUALIFIERS.has(t.normalized) && !t.stop) return j;
    }
  }
  return -1;
}
