import type { Store } from './store.js';

/** Every method of Store but close, so wrappers forward each one (a new method fails type-checking until listed). */
export const STORE_METHODS = [
  'recordAnswer', 'setAnswerMessage', 'answerById', 'answerByMessage', 'recordPin', 'recordUnpin', 'pinnedAnswers',
  'vote', 'votesOf', 'recordUnanswered', 'digest', 'migrateChat', 'rememberQuestion', 'recentQuestions', 'putKey', 'getKey', 'prune',
  'claimEvent', 'finishEvent', 'renewClaims', 'adoptClaims', 'consumeRate',
  'chatSetting', 'setChatSetting',
  'setVoteReason', 'dismissDigestItem', 'latestAnswerIn',
  'queueNotes', 'claimNotes', 'finishNote',
] as const satisfies readonly Exclude<keyof Store, 'close'>[];

type Unlisted = Exclude<keyof Store, (typeof STORE_METHODS)[number] | 'close'>;
/** Fails to compile when Store gains a method STORE_METHODS does not list. */
export const EVERY_METHOD_LISTED: Unlisted extends never ? true : false = true;

/** A Store whose methods call the store `target` resolves to (a store, or a promise of one). */
export function forwardTo(target: () => Store | Promise<Store>): Store {
  const forwarded = Object.fromEntries(STORE_METHODS.map((name) => [
    name,
    async (...args: unknown[]) => ((await target())[name] as (...a: unknown[]) => Promise<unknown>)(...args),
  ])) as unknown as Omit<Store, 'close'>;
  return { ...forwarded, close: async () => (await target()).close() };
}
