import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import getRawBody from 'raw-body';
import type { Telegraf } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Dispatcher, Logger } from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { ALLOWED_UPDATES } from './handlers.js';
import { fatalErrorOf, toPlatformError, type PlatformFatalError } from './platform-error.js';
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
  /** Largest request body read, in bytes; a larger one is refused with 413 unread. Default WEBHOOK_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** How often Telegram is asked whether the webhook still stands (getWebhookInfo), in ms. Default WEBHOOK_CHECK_MS. */
  checkEveryMs?: number;
}

/**
 * How often a webhook bot checks with Telegram (getWebhookInfo): a webhook receives nothing once the token is revoked
 * or the bot deleted, and would wait in silence; polling learns it from its next getUpdates.
 */
export const WEBHOOK_CHECK_MS = 5 * 60_000;

/** The path a health check asks for. */
export const HEALTH_PATH = '/healthz';
/** Largest webhook body read by default: 1 MB (an update is a few kilobytes; Telegram's messages are 4,096 characters). */
export const WEBHOOK_MAX_BODY_BYTES = 1_000_000;

/** A webhook secret derived from the bot token when none is configured (never the token itself). */
export function deriveWebhookSecret(token: string): string {
  return createHash('sha256').update(`sanad-telegram-webhook:${token}`).digest('base64url').slice(0, 48);
}

/** Compares the secret header in constant time. */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Ends a request, closing the connection when its body was not read (so nothing more of it is read). */
function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status, { connection: 'close' }).end();
}

/**
 * Serves the webhook on `port`: a POST to the webhook path with the right secret-token header (else 403) whose body
 * is at most maxBodyBytes (else 413, unread; raw-body) is decoded as a whole (a character split between two chunks
 * stays whole), parsed (else 400) and handed to the dispatcher; 200 once it is claimed and queued, so Telegram never
 * waits for an answer, and an instance that dies with updates queued leaves them to the others (their claims lapse).
 * `GET /healthz` answers 200. Then tells Telegram the URL (setWebhook). https://core.telegram.org/bots/api#setwebhook
 */
export async function startWebhook(
  bot: Telegraf, api: CallApi, dispatcher: Dispatcher<Update>, options: WebhookOptions, logger: Logger,
): Promise<UpdateSource & { port: number }> {
  const me: UserFromGetMe = (bot.botInfo ??= await api('getMe', {}));
  const url = new URL(options.url);
  const path = `${url.pathname}${url.search}`;
  const limit = options.maxBodyBytes ?? WEBHOOK_MAX_BODY_BYTES;

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === HEALTH_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', bot: me.username }));
      return;
    }
    if (req.method !== 'POST' || req.url !== path || !secretMatches(req.headers['x-telegram-bot-api-secret-token'], options.secretToken)) return refuse(res, 403);
    let update: Update;
    try {
      update = JSON.parse(await getRawBody(req, { limit, encoding: 'utf8', length: req.headers['content-length'] })) as Update;
    } catch (error) {
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      logger.warn({ err: error, limit }, tooLarge ? 'webhook body over the limit; refused' : 'webhook body unreadable; refused');
      return refuse(res, tooLarge ? 413 : 400);
    }
    if (typeof update?.update_id !== 'number') return refuse(res, 400);
    await dispatcher.receive(update).accepted;
    res.writeHead(200).end();
  };
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'webhook request failed');
      if (!res.headersSent) refuse(res, 500);
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
  logger.info({ bot: me.username, port }, 'Telegram bot started (webhook)');
  const checks = checkWebhook(api, url.href, options.checkEveryMs ?? WEBHOOK_CHECK_MS, logger);
  return {
    port, failed: checks.failed, running: () => !checks.stopped(),
    async stop() {
      checks.stop();
      await close();
    },
  };
}

/**
 * Asks Telegram every `everyMs` whether the webhook still stands. 401/404 (token revoked, bot deleted) end the bot
 * with a PlatformFatalError (`failed`), as polling does; a webhook set to another URL (another deployment of the
 * same bot), and Telegram failing to deliver, are logged once each until they change.
 */
function checkWebhook(api: CallApi, url: string, everyMs: number, logger: Logger): { failed: Promise<never>; stopped(): boolean; stop(): void } {
  let failNow!: (error: PlatformFatalError) => void;
  const failed = new Promise<never>((_, reject) => (failNow = reject));
  failed.catch(() => undefined); // a caller that never listens must not crash the process
  let ended = false;
  let told = '';
  const since = Math.floor(Date.now() / 1000);
  const timer = setInterval(() => {
    api('getWebhookInfo', {}).then((info) => {
      const failing = info.last_error_message && (info.last_error_date ?? 0) >= since;
      const problem = info.url !== url ? `webhook is set to ${info.url || 'nothing'}, not ${url}: updates go elsewhere`
        : failing ? `Telegram cannot deliver updates: ${info.last_error_message}` : '';
      if (problem && problem !== told) logger.error({ pending: info.pending_update_count }, problem);
      told = problem;
    }, (error: unknown) => {
      const fatal = fatalErrorOf(toPlatformError(error, 'getWebhookInfo'));
      if (!fatal) return void logger.warn({ err: error }, 'getWebhookInfo failed; checking again later');
      ended = true;
      clearInterval(timer);
      failNow(fatal);
    });
  }, everyMs);
  timer.unref();
  return {
    failed,
    stopped: () => ended,
    stop() {
      ended = true;
      clearInterval(timer);
    },
  };
}
