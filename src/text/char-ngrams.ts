/** Character n-grams of one word; a word shorter than n is its own single gram. */
export function charNgrams(word: string, n: number): string[] {
  if (word.length <= n) return [word];
  const grams: string[] = [];
  for (let i = 0; i + n <= word.length; i++) grams.push(word.slice(i, i + n));
  return grams;
}
