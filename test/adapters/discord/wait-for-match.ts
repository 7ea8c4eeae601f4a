/**
 * Resolves with the first item `find` returns, now or once `waiters` are run after new items arrive; rejects after
 * timeoutMs with `missing()` as the message. The owner runs every function in `waiters` when it records an item.
 */
export function waitForMatch<T>(find: () => T | undefined, waiters: Set<() => unknown>, missing: () => string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = find();
      if (found === undefined) return false;
      waiters.delete(check);
      clearTimeout(timer);
      resolve(found);
      return true;
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(missing()));
    }, timeoutMs);
    if (!check()) waiters.add(check);
  });
}
