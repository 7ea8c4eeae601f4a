/**
 * `compute` remembered per key object (a question's analysis, a search's result) while it is asked with the same
 * index: the answer's steps ask it once per passage they weigh, and the value depends only on the two. Kept in a
 * WeakMap, so a key's value goes with the key; another index (documents added) computes afresh.
 */
export function memoPerIndex<K extends object, I, V>(compute: (key: K, index: I) => V): (key: K, index: I) => V {
  const known = new WeakMap<K, { index: I; value: V }>();
  return (key, index) => {
    const kept = known.get(key);
    if (kept?.index === index) return kept.value;
    const value = compute(key, index);
    known.set(key, { index, value });
    return value;
  };
}
