import { afterEach, describe, expect, it } from 'vitest';
import { createConversation, createMetrics, createReadiness, loadSanad, noStore, startOpsServer, type OpsServer } from '../../src/index.js';

const quiet = { info: () => {}, warn: () => {}, debug: () => {} };
const sanad = loadSanad({ corpusDir: 'corpus' });
let server: OpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`http://127.0.0.1:${server!.port}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

describe('startOpsServer', () => {
  it('answers /healthz at once, /readyz 503 until every check passes, and 404 elsewhere', async () => {
    const readiness = createReadiness(200);
    const metrics = createMetrics();
    server = await startOpsServer({ port: 0, readiness, registry: metrics.registry, logger: quiet });
    expect(await get('/healthz')).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    expect((await get('/readyz')).status).toBe(503);
    readiness.set('documents', () => true);
    readiness.set('store', () => Promise.reject(new Error('down')));
    readiness.set('telegram', () => new Promise<boolean>(() => {})); // hangs: counts as not ready
    expect(await get('/readyz')).toMatchObject({ status: 503, body: JSON.stringify({ status: 'not ready', checks: { documents: true, store: false, telegram: false } }) });
    readiness.set('store', async () => true);
    readiness.set('telegram', () => true);
    expect(await get('/readyz')).toMatchObject({ status: 200, body: JSON.stringify({ status: 'ready', checks: { documents: true, store: true, telegram: true } }) });
    expect((await get('/nope')).status).toBe(404);
  });

  it('serves the metrics in Prometheus text: questions, answers, declines by reason, latencies, store errors, 429s', async () => {
    const metrics = createMetrics();
    server = await startOpsServer({ port: 0, readiness: createReadiness(), registry: metrics.registry, logger: quiet });
    const failing = { ...noStore(), recordUnanswered: () => Promise.reject(new Error('store down')) };
    const conversation = createConversation({ sanad, store: failing, log: quiet, now: Date.now, metrics });
    await conversation.ask({ platform: 'telegram', chatId: '1', question: 'Which armed forces make up the peacekeeping contingent?' });
    await conversation.ask({ platform: 'telegram', chatId: '1', question: 'How do I reset my password?' });
    await conversation.ask({ platform: 'discord', chatId: '2', question: '   ' });
    metrics.sent('telegram', 0.05);
    metrics.platformRateLimited('discord');
    const { status, type, body } = await get('/metrics');
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(body).toContain('sanad_questions_total{platform="telegram"} 2');
    expect(body).toContain('sanad_answers_total{platform="telegram"} 1');
    expect(body).toContain('sanad_declines_total{platform="telegram",reason="not_found"} 1');
    expect(body).toContain('sanad_declines_total{platform="discord",reason="empty"} 1');
    expect(body).toContain('sanad_retrieval_seconds_count 2');
    expect(body).toContain('sanad_composition_seconds_count 2');
    expect(body).toContain('sanad_send_seconds_count{platform="telegram"} 1');
    expect(body).toContain('sanad_store_errors_total{operation="recordUnanswered"} 1');
    expect(body).toContain('sanad_platform_rate_limited_total{platform="discord"} 1');
    expect(body).toContain('sanad_process_cpu_seconds_total');
  });
});
