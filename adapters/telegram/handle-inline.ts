import type { InlineQuery } from 'telegraf/types';
import type { HandlerDeps } from './handler-deps.js';
import { answerResults, exampleResults, INLINE_CACHE_SECONDS } from './inline-results.js';
import { telegramLanguage } from './strings.js';

/**
 * Answers an inline query (`@bot question` in any chat): cited answers as results, or the example questions when
 * the query is empty. Over the per-user inline limit, an empty uncached list.
 */
export async function handleInlineQuery(deps: HandlerDeps, query: InlineQuery): Promise<void> {
  const verdict = await deps.limiter.checkInline(query.from.id);
  if (!verdict.allowed) {
    await deps.api('answerInlineQuery', { inline_query_id: query.id, results: [], cache_time: 0, is_personal: true });
    return;
  }
  const text = query.query.trim();
  const results = text
    ? answerResults(deps.sanad, text)
    : await exampleResults(deps.sanad, deps.store, deps.me.username, telegramLanguage(query.from.language_code));
  await deps.api('answerInlineQuery', {
    inline_query_id: query.id, results, cache_time: INLINE_CACHE_SECONDS,
    // Examples follow the user's language, so they are personal; answers depend only on the query.
    is_personal: !text,
  });
}
