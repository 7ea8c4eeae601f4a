import { forwardTo } from './store-methods.js';
import type { Store } from './store.js';

/**
 * A Store that opens the real one on first use and forwards every call to it: lets code that is built synchronously
 * (a bot wired in tests or benchmarks) own a store whose opening is asynchronous. An opening error surfaces on the
 * first call. `close` closes it only if it was opened.
 */
export function lazyStore(open: () => Promise<Store>): Store {
  let opening: Promise<Store> | undefined;
  const store = () => (opening ??= open());
  return {
    ...forwardTo(store),
    async close() {
      if (opening) await (await opening).close();
    },
  };
}
