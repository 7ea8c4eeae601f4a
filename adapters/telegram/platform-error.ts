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
