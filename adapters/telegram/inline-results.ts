import { createHash } from 'node:crypto';
import type { InlineKeyboardMarkup, InlineQueryResultArticle } from 'telegraf/types';
import type { Answer } from '../../src/answer/answer.js';
import { UI_STRINGS, type UiLanguage } from '../../src/answer/ui-strings.js';
import type { Sanad } from '../../src/sanad.js';
import type { KeyMaker } from './keyboards.js';
import { openInBotKeyboard } from './keyboards.js';
import { TELEGRAM_INLINE_RESULTS_MAX, TELEGRAM_INLINE_RESULT_ID_MAX_BYTES, truncateText, utf8ByteLength } from './limits.js';
import { selectPassages } from './more-sources.js';
import { excerpt, rankMark, renderAnswer } from './render.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** How long Telegram may cache inline results, in seconds (the corpus changes rarely; answers are the same for all). */
export const INLINE_CACHE_SECONDS = 60;
const TITLE_MAX_CHARS = 80;
const DESCRIPTION_MAX_CHARS = 120;
/** Quote lengths tried until an inline answer fits one message (an inline result cannot be split). */
const QUOTE_BUDGETS = [1500, 600, 200];

/** A result id: short, unique per result, within 64 bytes. */
export function inlineResultId(kind: string, text: string, index = 0): string {
  const id = `${kind}:${createHash('sha256').update(text).digest('base64url').slice(0, 20)}:${index}`;
  if (utf8ByteLength(id) > TELEGRAM_INLINE_RESULT_ID_MAX_BYTES) throw new RangeError('inline result id too long');
  return id;
}

/** The answer as one message: without passages, the quote shortened until everything fits. */
function oneMessage(answer: Answer, examples: readonly string[]): string {
  for (const quoteMaxChars of QUOTE_BUDGETS) {
    const parts = renderAnswer(answer, examples, { passages: false, quoteMaxChars, passagePreviewChars: quoteMaxChars });
    if (parts.length === 1) return parts[0]!;
  }
  return renderAnswer(answer, [], { passages: false, quoteMaxChars: 100 })[0]!;
}

function article(id: string, title: string, description: string, html: string, markup?: InlineKeyboardMarkup): InlineQueryResultArticle {
  return {
    type: 'article', id,
    title: truncateText(title, TITLE_MAX_CHARS),
    description: truncateText(description, DESCRIPTION_MAX_CHARS),
    input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    ...(markup ? { reply_markup: markup } : {}),
  };
}

/** Results for a question typed after @bot: the answer, then each supporting passage with its source. */
export function answerResults(sanad: Sanad, question: string): InlineQueryResultArticle[] {
  const answer = sanad.ask(question);
  const ui = UI_STRINGS[answer.language];
  if (answer.status !== 'answered') {
    const examples = answer.problem === 'too_long' ? [] : sanad.exampleQuestions(answer.language);
    return [article(inlineResultId('n', answer.question), `🔎 ${ui.notFound}`, ui.notFoundHint, oneMessage(answer, examples))];
  }
  const sourceLine = (n: number | undefined) => {
    const s = answer.sources.find((x) => x.n === n);
    return s ? `[${s.n}] ${s.outlet ?? ui.outletUnknown} — ${s.title}` : '';
  };
  const results = [article(inlineResultId('a', answer.question), `💬 ${answer.quote[0]?.text ?? answer.question}`, sourceLine(1), oneMessage(answer, []))];
  answer.passages.forEach((passage, i) => {
    const single = selectPassages(answer, [passage]);
    const quoted = { ...single, quote: [{ ...excerpt(passage, 1500), citations: single.passages[0]!.citations }], passages: [] };
    const title = `${rankMark(passage.rank)} ${passage.source ?? ui.outletUnknown}: ${passage.title}`;
    results.push(article(inlineResultId('p', answer.question, i + 1), title, passage.text, oneMessage(quoted, [])));
  });
  return results.slice(0, TELEGRAM_INLINE_RESULTS_MAX);
}

/** Results for an empty query: the example questions, each sending its cited answer when chosen. */
export async function exampleResults(sanad: Sanad, keys: KeyMaker, username: string, language: UiLanguage): Promise<InlineQueryResultArticle[]> {
  const t = TELEGRAM_STRINGS[language];
  const results: InlineQueryResultArticle[] = [];
  for (const [i, example] of sanad.exampleQuestions(language).slice(0, TELEGRAM_INLINE_RESULTS_MAX).entries()) {
    const answer = sanad.ask(example);
    const markup = openInBotKeyboard(username, await keys.putKey(example), answer.language);
    results.push(article(inlineResultId('e', example, i), `❓ ${example}`, t.inlineExample, oneMessage(answer, []), markup));
  }
  return results;
}
