import { TelegramError } from 'telegraf';
import { redactSecrets } from '../../src/index.js';

/** Where a failed Bot API call failed: Telegram answered with an error, or the request never got an answer. */
export type PlatformErrorSource = 'api' | 'network';

/** What is known about a failed Bot API call. */
export interface PlatformErrorDetails {
  method: string;
  source: PlatformErrorSource;
  /** Telegram's error_code (400, 403, 429 …) when Telegram answered. */
  code?: number;
  description?: string;
  /** Seconds Telegram asks to wait (429 Too Many Requests). */
  retryAfterSeconds?: number;
  /** The new id of a group that became a supergroup. */
  migrateToChatId?: number;
}

/**
 * A failed Bot API call, saying where it failed (Telegram refused vs the network failed). Keeps the original as
 * `cause`; its message never carries the bot token.
 */
export class PlatformError extends Error {
  override name = 'PlatformError';

  constructor(readonly details: PlatformErrorDetails, options?: { cause?: unknown }) {
    const what = details.source === 'api'
      ? `Telegram refused ${details.method}: ${details.code ?? '?'} ${details.description ?? ''}`
      : `Network failure calling ${details.method}: ${details.description ?? ''}`;
    super(redactSecrets(what.trim()), options);
  }

  /** Telegram's error_code, when it answered. */
  get code(): number | undefined {
    return this.details.code;
  }
}

/** Wraps anything a telegraf call threw as a PlatformError (kept as is when it already is one). */
export function toPlatformError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof TelegramError) {
    return new PlatformError({
      method,
      source: error.code >= 500 ? 'network' : 'api',
      code: error.code,
      description: error.description,
      retryAfterSeconds: error.parameters?.retry_after,
      migrateToChatId: error.parameters?.migrate_to_chat_id,
    }, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError({ method, source: 'network', description: message }, { cause: error });
}

/**
 * Telegram refused the bot for good: 401 Unauthorized (the token was revoked), 409 Conflict (another process polls
 * with the same token, or a webhook is set), 404 Not Found (no such bot). Retrying cannot help, so the process ends
 * with a non-zero exit code and this one line, for a supervisor to restart it or a person to look.
 */
export class PlatformFatalError extends Error {
  override name = 'PlatformFatalError';
}

/** Telegram codes after which a bot cannot go on. */
const FATAL_CODES = new Set([401, 404, 409]);

/** The fatal error a failure is, if it is one (see PlatformFatalError). */
export function fatalErrorOf(error: PlatformError): PlatformFatalError | undefined {
  if (error.details.source !== 'api' || !FATAL_CODES.has(error.code ?? 0)) return undefined;
  return new PlatformFatalError(`Telegram bot stopped: ${error.message}`, { cause: error });
}
