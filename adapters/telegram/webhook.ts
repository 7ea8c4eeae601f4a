import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Telegraf } from 'telegraf';
import type { Logger } from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { ALLOWED_UPDATES } from './handlers.js';
import type { UpdateSource } from './polling.js';

/** Options of startWebhook. */
export interface WebhookOptions {
  /** The public https URL Telegram posts updates to; its path is the path served. */
  url: string;
  port: number;
  /** Interface to listen on. Default all (0.0.0.0 / ::). */
  host?: string;
  /** Expected in the X-Telegram-Bot-Api-Secret-Token header (1–256 of A-Z a-z 0-9 _ -). */
  secretToken: string;
}

/** The path a health check asks for. */
export const HEALTH_PATH = '/healthz';

/** A webhook secret derived from the bot token when none is configured (never the token itself). */
export function deriveWebhookSecret(token: string): string {
  return createHash('sha256').update(`sanad-telegram-webhook:${token}`).digest('base64url').slice(0, 48);
}

/**
 * Serves the webhook on `port`: POSTs to the webhook path with the right secret-token header are handled as updates
 * (anything else gets 403, telegraf's check), `GET /healthz` answers 200. Then tells Telegram the URL (setWebhook).
 * https://core.telegram.org/bots/api#setwebhook
 */
export async function startWebhook(bot: Telegraf, api: CallApi, options: WebhookOptions, logger: Logger): Promise<UpdateSource & { port: number }> {
  bot.botInfo ??= await api('getMe', {});
  const url = new URL(options.url);
  const callback = bot.webhookCallback(`${url.pathname}${url.search}`, { secretToken: options.secretToken });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === HEALTH_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', bot: bot.botInfo?.username }));
      return;
    }
    callback(req, res).catch((error: unknown) => {
      logger.error({ error: { message: error instanceof Error ? error.message : String(error) } }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const close = () => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  try {
    await api('setWebhook', { url: url.href, secret_token: options.secretToken, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    await close();
    throw error;
  }
  logger.info({ bot: bot.botInfo.username, port }, 'Telegram bot started (webhook)');
  return {
    port,
    stop: close,
  };
}
