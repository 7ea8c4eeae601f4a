import { RESTEvents, type REST } from 'discord.js';
import type { PlatformMetrics } from '../../src/index.js';

/** Discord's "Too Many Requests" (https://discord.com/developers/docs/topics/rate-limits). */
const TOO_MANY_REQUESTS = 429;

/**
 * Feeds the operator's metrics from discord.js's REST client: the time of every call that sends or changes
 * something (interaction replies, edits, follow-ups: every method but GET), and every 429 Discord answers.
 */
export function observeRest(rest: REST, metrics: PlatformMetrics): void {
  rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === TOO_MANY_REQUESTS) metrics.platformRateLimited('discord');
  });
  const request = rest.request.bind(rest);
  rest.request = async (options) => {
    const started = performance.now();
    try {
      return await request(options);
    } finally {
      if (options.method !== 'GET') metrics.sent('discord', (performance.now() - started) / 1000);
    }
  };
}
