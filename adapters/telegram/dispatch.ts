import type { Update } from 'telegraf/types';
import { dispatchEvents, type Dispatcher, type DispatchOptions } from '../../src/index.js';
import { createApologies, type ApologyDeps, type ApologyOptions } from './apologize.js';
import { FloodStoppedError } from './flood.js';
import { handleUpdate, type HandlerDeps } from './handlers.js';
import { routeDocumentMessage } from './documents.js';
import { routeMessage } from './route.js';

/** Options of createDispatcher. */
export type DispatcherOptions = DispatchOptions & ApologyOptions;

/** The queue an update waits in: its chat's (button presses apart, so a toast never waits behind answers), or the inline user's. */
export function queueKeyOf(update: Update): string {
  if ('message' in update) return `chat:${update.message.chat.id}`;
  if ('callback_query' in update) return `buttons:${update.callback_query.message?.chat.id ?? update.callback_query.from.id}`;
  if ('inline_query' in update) return `inline:${update.inline_query.from.id}`;
  if ('my_chat_member' in update) return `chat:${update.my_chat_member.chat.id}`;
  return 'other';
}

/** Names are not kept in the store, not even in a claim's copy of the update: the handlers never read them. */
const NAME_FIELDS = new Set(['first_name', 'last_name', 'username']);

/** The update as claimed in the store: without names. */
export function payloadOf(update: Update): string {
  return JSON.stringify(update, (key, value: unknown) => (NAME_FIELDS.has(key) ? undefined : value));
}

/**
 * Updates worth a claim: those that get an answer (messages the bot answers, button presses). Group chatter the bot
 * ignores, inline queries (answering one twice is harmless) and membership changes cost no write.
 */
function wantsClaim(update: Update, me: HandlerDeps['me']): boolean {
  if ('callback_query' in update) return true;
  return 'message' in update && (routeDocumentMessage(update.message, me) !== undefined || routeMessage(update.message, me).kind !== 'ignore');
}

/**
 * Telegram's updates through the conversation's dispatcher (dispatchEvents: claimed once, queued per chat, adopted
 * from an instance that died). Every failure is logged and told to the user (createApologies).
 */
export function createDispatcher(deps: HandlerDeps & ApologyDeps, options: DispatcherOptions = {}): Dispatcher<Update> {
  const apologies = createApologies(deps, options);
  return dispatchEvents<Update>({
    platform: 'telegram',
    idOf: (update) => String(update.update_id),
    queueOf: queueKeyOf,
    wantsClaim: (update) => wantsClaim(update, deps.me),
    payloadOf,
    fromPayload: (payload) => JSON.parse(payload) as Update,
    async handle(update) {
      try {
        await handleUpdate(deps, update);
      } catch (error) {
        // Stopping: left claimed, so another instance (or the next start) answers it once the lease lapses.
        if (error instanceof FloodStoppedError) return 'left';
        deps.logger.error({ err: error, updateId: update.update_id, queue: queueKeyOf(update) }, 'Telegram update failed');
        await apologies.tell(update, 'failed', error).catch((e: unknown) => deps.logger.warn({ err: e, updateId: update.update_id }, 'apology failed'));
      }
      return 'done';
    },
    refuse: (update) => apologies.tell(update, 'overflow'),
  }, deps.conversation.claims, deps.logger, options);
}
