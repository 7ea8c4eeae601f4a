import type { Store } from './store.js';

/** Every method of Store, so the lazy store forwards each one (a new method fails type-checking until listed). */
const STORE_METHODS = [
  'recordAnswer', 'setAnswerMessage', 'answerById', 'answerByMessage', 'recordPin', 'recordUnpin', 'pinnedAnswers',
  'vote', 'votesOf', 'recordUnanswered', 'digest', 'migrateChat', 'putKey', 'getKey', 'prune',
] as const satisfies readonly Exclude<keyof Store, 'close'>[];

type MissingMethods = Exclude<keyof Store, (typeof STORE_METHODS)[number] | 'close'>;
const allListed: MissingMethods extends never ? true : false = true;

/**
 * A Store that opens the real one on first use and forwards every call to it: lets code that is built synchronously
 * (a bot wired in tests or benchmarks) own a store whose opening is asynchronous. An opening error surfaces on the
 * first call. `close` closes it only if it was opened.
 */
export function lazyStore(open: () => Promise<Store>): Store {
  void allListed;
  let opening: Promise<Store> | undefined;
  const store = () => (opening ??= open());
  const forwarded = Object.fromEntries(STORE_METHODS.map((name) => [
    name,
    async (...args: unknown[]) => ((await store())[name] as (...a: unknown[]) => Promise<unknown>)(...args),
  ])) as unknown as Omit<Store, 'close'>;
  return {
    ...forwarded,
    async close() {
      if (opening) await (await opening).close();
    },
  };
}
