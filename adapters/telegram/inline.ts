import { createHash } from 'node:crypto';
import type { InlineQueryResultArticle } from 'telegraf/types';
import { truncateText, type ChatRequest, type Conversation, type Reply } from '../../src/index.js';
import { TELEGRAM_INLINE_RESULTS_MAX, TELEGRAM_INLINE_RESULT_ID_MAX_BYTES, utf8ByteLength } from './limits.js';
import { openInBotKeyboard, renderReply } from './render.js';

/** Quote lengths tried until an inline answer fits one message (an inline result cannot be split). */
const QUOTE_BUDGETS = [1500, 600, 200, 100];
const TITLE_MAX_CHARS = 80;
const DESCRIPTION_MAX_CHARS = 120;

/** A result id: short, unique per result, within 64 bytes. */
export function inlineResultId(text: string, index: number): string {
  const id = `r:${createHash('sha256').update(text).digest('base64url').slice(0, 20)}:${index}`;
  if (utf8ByteLength(id) > TELEGRAM_INLINE_RESULT_ID_MAX_BYTES) throw new RangeError('inline result id too long');
  return id;
}

/** A reply as one message: the quote shortened until everything fits. */
function oneMessage(reply: Reply): string {
  for (const quoteMaxChars of QUOTE_BUDGETS) {
    const parts = renderReply(reply, { quoteMaxChars });
    if (parts.length === 1) return parts[0]!;
  }
  return renderReply(reply, { quoteMaxChars: 50 })[0]!;
}

/**
 * The results of an inline query: the conversation's previews of the answer (nothing recorded), each one message;
 * for an empty query, the example questions, each with a link that asks it in a chat with the bot.
 */
export async function inlineResults(conversation: Conversation, username: string, request: ChatRequest & { question: string }): Promise<InlineQueryResultArticle[]> {
  const examples = !request.question.trim();
  const results: InlineQueryResultArticle[] = [];
  for (const [i, preview] of conversation.preview(request).slice(0, TELEGRAM_INLINE_RESULTS_MAX).entries()) {
    const markup = examples ? openInBotKeyboard(username, await conversation.keyFor(preview.question), preview.reply.language) : undefined;
    results.push({
      type: 'article', id: inlineResultId(preview.question, i),
      title: truncateText(preview.title, TITLE_MAX_CHARS), description: truncateText(preview.description, DESCRIPTION_MAX_CHARS),
      input_message_content: { message_text: oneMessage(preview.reply), parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      ...(markup ? { reply_markup: markup } : {}),
    });
  }
  return results;
}
