import type { AnalyzedToken } from './analyze.js';

/** A comma between two words, Arabic or Latin. */
const COMMA = /^[\s"'”»’)\]]*[،,][\s"'“«‘([]*$/;

/** Whether the text between two words is a comma, Arabic or Latin, with any quotes and brackets around it. */
export function isCommaGap(gap: string): boolean {
  return COMMA.test(gap);
}
/** A sentence end between two words (see markSentenceStarts). */
const SENTENCE_BREAK = /[.!?؟…:]["'”»’)\]]*\s|\n/;
/** Most words an item of a list may have: longer stretches between commas are clauses, not items. */
const MAX_ITEM_WORDS = 6;
/** Fewest items a run of commas must join to be a list: three are as often clauses («…، ونادى…، واصفا…»). */
const MIN_ITEMS = 4;

/**
 * Marks, with 1, where an enumeration begins: the first of four or more short stretches of one sentence joined by
 * commas, each after the first opening on "and" in Arabic («استولى الإرهابيون على مكتب الحاكم، والمقر المحلي…،
 * وإدارات الشرطة…، ومكتب المدعي العام»); English and Russian put "and" before the last only. "Which buildings were
 * seized?" is answered by such a list, not by a sentence about "buildings". Long stretches between commas are
 * clauses, not items. Only the first item is marked: the words the list answers stand before it («استولى الإرهابيون
 * على…»), while a matched word inside the list («لجنة الأمن») is one of its items, no sign that it answers.
 */
export function markListItems(text: string, tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  let items: number[] = [];
  let itemStart = 0;
  const close = (end: number): void => {
    if (items.length >= MIN_ITEMS) marks[items[0]!] = 1;
    items = [];
    itemStart = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (i > 0 && SENTENCE_BREAK.test(gap)) close(i);
    else if (i > 0 && COMMA.test(gap)) {
      // The stretch that the comma closes is an item when it is short. A long one may end in the first item, after the
      // verb it depends on («فرضت حظرا على ارتفاعات أسعار المنتجات الغذائية، والوقود، …»): its last word stands for it.
      if (i - itemStart > MAX_ITEM_WORDS) {
        close(i);
        items.push(i - 1);
      } else if (!items.length) items.push(itemStart);
      const token = tokens[i]!;
      // Arabic joins every item with و; English and Russian only the last, with commas before the others.
      const opensItem = token.script !== 'arabic' || token.normalized.startsWith('و');
      if (opensItem) items.push(i);
      else close(i);
      itemStart = i;
    }
  }
  close(tokens.length);
  return marks;
}
