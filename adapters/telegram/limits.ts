/**
 * Telegram's limits and HTML escaping, in one place. Every number links the Bot API page that states it.
 * Lengths of text are UTF-16 code units (what JavaScript's `length` counts), as Telegram counts them.
 */

/** Longest message text, counted after entity parsing. https://core.telegram.org/bots/api#sendmessage */
export const TELEGRAM_MESSAGE_MAX_CHARS = 4096;
/** Longest callback_data of an inline button, in UTF-8 bytes. https://core.telegram.org/bots/api#inlinekeyboardbutton */
export const TELEGRAM_CALLBACK_DATA_MAX_BYTES = 64;
/** Most results in one answerInlineQuery. https://core.telegram.org/bots/api#answerinlinequery */
export const TELEGRAM_INLINE_RESULTS_MAX = 50;
/** Longest inline result id, in UTF-8 bytes. https://core.telegram.org/bots/api#inlinequeryresultarticle */
export const TELEGRAM_INLINE_RESULT_ID_MAX_BYTES = 64;
/** Longest text of a callback query answer (toast or alert). https://core.telegram.org/bots/api#answercallbackquery */
export const TELEGRAM_CALLBACK_ANSWER_MAX_CHARS = 200;
/** Longest deep-link `start` parameter (A-Z, a-z, 0-9, _ and -). https://core.telegram.org/bots/features#deep-linking */
export const TELEGRAM_START_PAYLOAD_MAX_CHARS = 64;
/** Longest command description. https://core.telegram.org/bots/api#botcommand */
export const TELEGRAM_COMMAND_DESCRIPTION_MAX_CHARS = 256;

/** Messages to one chat, per second. https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this */
export const TELEGRAM_CHAT_MESSAGES_PER_SECOND = 1;
/** Messages to one group, per minute (same FAQ entry). */
export const TELEGRAM_GROUP_MESSAGES_PER_MINUTE = 20;
/** Messages in all, per second (same FAQ entry). */
export const TELEGRAM_GLOBAL_MESSAGES_PER_SECOND = 30;

/** The user anonymous group admins write as; their messages carry sender_chat = the group. https://core.telegram.org/bots/api#message */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;
/** The "Telegram" service account that relays posts of a linked channel into its discussion group. */
export const TELEGRAM_SERVICE_USER_ID = 777000;

/** Escapes text for Telegram HTML: only <, > and & must be. https://core.telegram.org/bots/api#html-style */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

const HTML_SPECIAL = /[&<>]/;

/** Escapes an attribute value (href) for Telegram HTML: also the double quote. */
export function escapeHtmlAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** Bytes a string takes in UTF-8 (how Telegram measures callback_data and result ids). */
export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
/** Largest file a bot may download from the Bot API (https://core.telegram.org/bots/api#getfile). */
export const TELEGRAM_DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;
