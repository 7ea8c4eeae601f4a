// Consonant classes shared by Arabic, Latin and Cyrillic spellings of a name, so that توكاييف, توقاييف, Tokayev
// and Токаев all become "TKB". Letters that transliterations drop or vary on (vowels, ا و ي ه ع ح ء) map to nothing.
const CLASS_OF: Record<string, string> = {};
function assign(letters: string, cls: string): void {
  for (const letter of letters) CLASS_OF[letter] = cls;
}
assign('بفپڤpbfvбпфв', 'B');
assign('كقغخجگkqgxjкгхжчц', 'K');
assign('سصثشزظذszсзшщ', 'S');
assign('تطدضtdтд', 'T');
assign('لl' + 'л', 'L');
assign('مmм', 'M');
assign('نnн', 'N');
assign('رrр', 'R');

// Latin digraphs first: zh is written ج in Arabic (Zhanaozen → جاناوزين), kh خ, sh ش, ch تش.
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/zh/g, 'j'], [/kh/g, 'x'], [/gh/g, 'g'], [/sh/g, 's'], [/ch/g, 'ts'], [/th/g, 's'], [/ph/g, 'f'], [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'], [/c/g, 'k'],
];

/** Fewest consonant classes a skeleton needs: shorter ones collide with too many words. */
export const MIN_SKELETON_LENGTH = 3;

/**
 * The consonant skeleton of a normalised name (Arabic, Latin or Cyrillic), or '' when it would be too short to tell
 * names apart. Doubled classes collapse (Pashinyan = باشينيان = BSN… with nn kept once).
 */
export function consonantSkeleton(word: string): string {
  let text = word;
  if (/[a-z]/.test(text)) for (const [pattern, replacement] of LATIN_DIGRAPHS) text = text.replace(pattern, replacement);
  let skeleton = '';
  for (const letter of text) {
    const cls = CLASS_OF[letter];
    if (cls && !skeleton.endsWith(cls)) skeleton += cls;
  }
  return skeleton.length >= MIN_SKELETON_LENGTH ? skeleton : '';
}
