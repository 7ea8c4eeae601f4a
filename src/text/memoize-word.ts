/**
 * Remembering what a pure function of one word gave, for the analysis of large corpora: news text repeats its
 * words (a 100,000-passage corpus has millions of words but tens of thousands of distinct ones), so normalising,
 * stemming and finding the root of each distinct word once saves most of the analysis. Nothing changes but speed:
 * the function must depend only on the word and on the options the memo was made for. Arrays are frozen, so no
 * caller can change what another gets.
 */

/** Distinct words remembered per memo; past that, it starts afresh (memory stays bounded on any input). */
export const WORD_MEMO_CAPACITY = 200_000;

/** `fn` with its results remembered by word. */
export function memoizeWord<T>(fn: (word: string) => T, capacity = WORD_MEMO_CAPACITY): (word: string) => T {
  let results = new Map<string, T>();
  return (word) => {
    let result = results.get(word);
    if (result === undefined && !results.has(word)) {
      result = fn(word);
      if (Array.isArray(result)) Object.freeze(result);
      if (results.size >= capacity) results = new Map();
      results.set(word, result);
    }
    return result as T;
  };
}

/** Stands for "no protected words" among the memo keys. */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * One memo per set of options: by the identity of the protected-word set (the gazetteer's, the same object for
 * every passage) and a number (the least stem length).
 */
export function memoPerOptions<T>(make: (protectedWords: ReadonlySet<string> | undefined, n: number) => (word: string) => T) {
  const memos = new WeakMap<ReadonlySet<string>, Map<number, (word: string) => T>>();
  return (protectedWords: ReadonlySet<string> | undefined, n: number): ((word: string) => T) => {
    const key = protectedWords ?? NO_WORDS;
    let byNumber = memos.get(key);
    if (!byNumber) memos.set(key, (byNumber = new Map()));
    let memo = byNumber.get(n);
    if (!memo) byNumber.set(n, (memo = memoizeWord(make(protectedWords, n))));
    return memo;
  };
}
