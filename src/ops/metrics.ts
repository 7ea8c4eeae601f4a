import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { ConversationMetrics, DeclineReason } from '../conversation/conversation-deps.js';

/** Latency buckets in seconds: from a tenth of a millisecond (retrieval on a small corpus) to ten seconds (a slow send). */
const LATENCY_BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What an adapter reports: its platform's side of the metrics. */
export interface PlatformMetrics {
  /** A reply (or its update) sent to a platform, and how long the platform took. */
  sent(platform: string, seconds: number): void;
  /** A platform answered 429 Too Many Requests. */
  platformRateLimited(platform: string): void;
}

/** The bot's Prometheus metrics (https://prometheus.io/docs/practices/naming/), and what feeds them. */
export interface SanadMetrics extends ConversationMetrics, PlatformMetrics {
  /** Everything the bot counts, plus Node's process metrics, for GET /metrics. */
  readonly registry: Registry;
}

/**
 * Creates the metrics in a registry of their own (several bots in one test process never share counters):
 * questions, answers, declines by reason, curated answers; retrieval, composition and sending latency; store errors
 * and platform 429s; and Node's default process metrics (CPU, memory, event-loop lag), all prefixed `sanad_`.
 */
export function createMetrics(): SanadMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sanad_' });
  const questions = new Counter({ name: 'sanad_questions_total', help: 'Questions asked, by platform.', labelNames: ['platform'], registers: [registry] });
  const answers = new Counter({ name: 'sanad_answers_total', help: 'Questions answered from the documents, by platform.', labelNames: ['platform'], registers: [registry] });
  const declines = new Counter({
    name: 'sanad_declines_total', help: 'Questions declined, by platform and reason (not_found: the documents do not answer it).',
    labelNames: ['platform', 'reason'], registers: [registry],
  });
  const curated = new Counter({ name: 'sanad_curated_answers_total', help: "Questions given the moderators' pinned answer, by platform.", labelNames: ['platform'], registers: [registry] });
  const retrieval = new Histogram({ name: 'sanad_retrieval_seconds', help: 'Searching the index for a question.', buckets: LATENCY_BUCKETS_SECONDS, registers: [registry] });
  const composition = new Histogram({ name: 'sanad_composition_seconds', help: 'Composing an answer from the passages found.', buckets: LATENCY_BUCKETS_SECONDS, registers: [registry] });
  const sending = new Histogram({ name: 'sanad_send_seconds', help: 'Sending a reply to a platform, by platform.', labelNames: ['platform'], buckets: LATENCY_BUCKETS_SECONDS, registers: [registry] });
  const storeErrors = new Counter({ name: 'sanad_store_errors_total', help: 'Store calls that failed, by operation.', labelNames: ['operation'], registers: [registry] });
  const rateLimited = new Counter({ name: 'sanad_platform_rate_limited_total', help: 'Platform replies 429 Too Many Requests, by platform.', labelNames: ['platform'], registers: [registry] });
  return {
    registry,
    questionAsked: (platform) => questions.inc({ platform }),
    answered: (platform) => answers.inc({ platform }),
    declined: (platform, reason: DeclineReason) => declines.inc({ platform, reason }),
    curatedAnswered: (platform) => curated.inc({ platform }),
    searched: (timings) => {
      retrieval.observe(timings.retrievalMs / 1000);
      composition.observe(timings.compositionMs / 1000);
    },
    storeFailed: (operation) => storeErrors.inc({ operation }),
    sent: (platform, seconds) => sending.observe({ platform }, seconds),
    platformRateLimited: (platform) => rateLimited.inc({ platform }),
  };
}
