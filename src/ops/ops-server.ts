import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../log.js';
import type { Readiness } from './readiness.js';

/** Options of startOpsServer. */
export interface OpsServerOptions {
  /** Port to listen on (SANAD_OPS_PORT); 0 picks a free one. */
  port: number;
  /** Interface to listen on (SANAD_OPS_HOST). Default 127.0.0.1: only this machine. */
  host?: string;
  readiness: Readiness;
  /** The Prometheus registry GET /metrics exposes. */
  registry: Registry;
  logger: Pick<Logger, 'info' | 'warn'>;
}

/** A running ops server. */
export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

/**
 * The operator's HTTP endpoints, the same in every mode (terminal chat, Telegram polling or webhook, Discord, both):
 * `GET /healthz` 200 while the process runs (a liveness probe); `GET /readyz` 200 when the documents are loaded, the
 * store answers and every platform is connected, else 503, with each check in the JSON body; `GET /metrics` in
 * Prometheus's text format. Anything else: 404 (405 for another method). It serves from the first moment of
 * start-up, so /readyz says 503 while the documents load.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { readiness, registry, logger } = options;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    if (path === '/healthz') return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
    if (path === '/readyz') {
      const report = await readiness.report();
      return send(res, report.ready ? 200 : 503, 'application/json', JSON.stringify({ status: report.ready ? 'ready' : 'not ready', checks: report.checks }));
    }
    return send(res, 200, registry.contentType, await registry.metrics());
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.warn({ err: error, url: req.url }, 'ops request failed');
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ host: options.host ?? '127.0.0.1', port }, 'ops server listening (/healthz, /readyz, /metrics)');
  return {
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
