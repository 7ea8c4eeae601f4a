import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** Paths pino blanks in every log line, wherever a token could end up. */
const REDACTED_PATHS = [
  'token', '*.token', 'config.TELEGRAM_BOT_TOKEN', 'config.DISCORD_TOKEN', 'config.SANAD_DATABASE_URL',
  'databaseUrl', '*.databaseUrl', 'connectionString', '*.connectionString', 'password', '*.password',
  'headers.authorization', '*.headers.authorization',
];

/**
 * Masks secrets inside free text: bot tokens (URLs such as /bot123:ABC/sendMessage, "Bot xyz" headers), the password
 * of a database URL, and every listed secret.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(/bot\d+:[\w-]{20,}/gi, 'bot<redacted>').replace(/\bBot [\w.-]{20,}/g, 'Bot <redacted>')
    .replace(/\b(postgres(?:ql)?:\/\/[^:/\s@]*:)[^@\s]*@/gi, '$1<redacted>@');
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('<redacted>');
  return out;
}

/** Options of createLogger beyond the level and the secrets. */
export interface LoggerOptions {
  /**
   * Readable coloured lines (pino-pretty) instead of JSON lines. Default: when stderr is a terminal, so a person
   * reads lines and a service manager or log collector gets JSON.
   */
  pretty?: boolean;
  /** Where lines go. Default: stderr. */
  destination?: DestinationStream;
}

/** pino-pretty writing to `destination` synchronously: a line is on the terminal before the process can exit. */
function prettyStream(destination: DestinationStream | number): DestinationStream {
  return pretty({ destination, sync: true, colorize: typeof destination === 'number', translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/** The process logger: JSON lines on stderr (readable coloured lines on a terminal), tokens redacted. */
export function createLogger(level = 'info', secrets: readonly (string | undefined)[] = [], options: LoggerOptions = {}): Logger {
  const isPretty = options.pretty ?? process.stderr.isTTY === true;
  // Synchronous writes: every line is out, in order, before the process can exit (a bot logs a few lines a second).
  const destination = options.destination ?? (isPretty ? 2 : pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '<redacted>' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactSecrets(a, secrets) : a)) as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (err: unknown) => {
          const e = err instanceof Error ? err : new Error(String(err));
          return { type: e.name, message: redactSecrets(e.message, secrets), stack: redactSecrets(e.stack ?? '', secrets) };
        },
      },
    },
    isPretty ? prettyStream(destination) : (destination as DestinationStream),
  );
}
