import type { Update } from 'telegraf/types';
import type { HandlerDeps } from './handler-deps.js';
import { handleCallbackQuery } from './handle-callback.js';
import { handleInlineQuery } from './handle-inline.js';
import { handleMessage } from './handle-message.js';

export type { HandlerDeps } from './handler-deps.js';
export { handleCallbackQuery } from './handle-callback.js';
export { handleInlineQuery } from './handle-inline.js';
export { handleMessage } from './handle-message.js';

/** The update types the bot asks Telegram for (https://core.telegram.org/bots/api#getupdates allowed_updates). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

/**
 * Input → core → output for one update. New messages, button presses and inline queries are handled; a change of
 * the bot's own membership drops cached rights. Everything else is ignored on purpose: edited messages (answering
 * an edit would post a second answer under the first), channel posts (a channel is not a conversation), and the rest.
 */
export async function handleUpdate(deps: HandlerDeps, update: Update): Promise<void> {
  if ('message' in update) return handleMessage(deps, update.message);
  if ('callback_query' in update) return handleCallbackQuery(deps, update.callback_query);
  if ('inline_query' in update) return handleInlineQuery(deps, update.inline_query);
  if ('my_chat_member' in update) deps.rights.forgetChat(update.my_chat_member.chat.id);
}
