import { z } from 'zod';
import { isAllowEntry } from './ingest/check-address.js';

/** A bad configuration value; the message has one line per problem and never contains a secret's value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Blank values count as unset, and values are read without surrounding white space (`.env` lines often carry it). */
const unsetIfBlank = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);
const withDefault = (fallback: unknown) => (v: unknown) => unsetIfBlank(v) ?? fallback;

const optionalText = z.preprocess(unsetIfBlank, z.string().optional());
const optionalUrl = z.preprocess(unsetIfBlank, z.string().url('must be a URL such as https://example.org').optional());
const text = (fallback: string) => z.preprocess(withDefault(fallback), z.string());
const url = (fallback: string) => z.preprocess(withDefault(fallback), z.string().url(`must be a URL such as ${fallback}`));
/** A PostgreSQL URL; the refusal names the shape, never the value (it holds a password). */
const optionalPostgresUrl = optionalText.refine(
  (v) => v === undefined || (/^postgres(ql)?:\/\//i.test(v) && URL.canParse(v)),
  'must be a postgres:// or postgresql:// URL such as postgresql://sanad:PASSWORD@localhost:5432/sanad',
);
const positiveInt = (fallback: number) =>
  z.preprocess(withDefault(fallback), z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be above 0'));
const port = (fallback: number) =>
  z.preprocess(
    withDefault(fallback),
    z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number')
      .min(1, 'must be a port from 1 to 65535').max(65535, 'must be a port from 1 to 65535'),
  );

/** One maintainer: `telegram:<numeric id>` or `discord:<snowflake>`. */
const MAINTAINER_ENTRY = /^(telegram:-?\d{1,20}|discord:\d{15,25})$/;
/**
 * SANAD_MAINTAINERS: who may add and remove documents from a chat, as `platform:userId` entries separated by commas
 * (e.g. `telegram:123,discord:456`). The refusal names the first bad entry's position, never echoing ids.
 */
const maintainers = z.preprocess(
  (v) => (unsetIfBlank(v) === undefined ? [] : String(v).split(',').map((e) => e.trim()).filter(Boolean)),
  z.array(z.string()).superRefine((entries, ctx) => {
    const bad = entries.findIndex((e) => !MAINTAINER_ENTRY.test(e));
    if (bad >= 0) ctx.addIssue({ code: 'custom', message: `entry ${bad + 1} is not telegram:<numeric user id> or discord:<numeric user id> (e.g. telegram:123,discord:456)` });
  }),
);

const ConfigSchema = z.object({
  SANAD_CORPUS_DIR: text('corpus'),
  SANAD_CACHE_DIR: text('.cache'),
  SANAD_MAX_DOCUMENT_BYTES: positiveInt(5_000_000),
  SANAD_DATA_DIR: text('data'),
  SANAD_DATABASE_URL: optionalPostgresUrl,
  SANAD_RETENTION_DAYS: positiveInt(180),
  // Any case: INFO, Info and info are the same level.
  LOG_LEVEL: z.preprocess(
    (v) => {
      const level = withDefault('info')(v);
      return typeof level === 'string' ? level.toLowerCase() : level;
    },
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }),
  ),
  SANAD_OPS_PORT: z.preprocess(unsetIfBlank, z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number')
    .min(0, 'must be a port from 0 to 65535').max(65535, 'must be a port from 0 to 65535').optional()),
  SANAD_OPS_HOST: text('127.0.0.1'),
  SANAD_INDEX_WORKERS: z.preprocess(unsetIfBlank, z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number')
    .min(0, 'must be 0 (no worker threads) or more').max(64, 'must be at most 64').optional()),
  TELEGRAM_BOT_TOKEN: optionalText.refine((v) => v === undefined || /^\d+:[\w-]{20,}$/.test(v), 'does not look like a bot token (digits:letters from @BotFather)'),
  TELEGRAM_API_ROOT: url('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), 'may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)'),
  TELEGRAM_WEBHOOK_PORT: port(8080),
  TELEGRAM_WEBHOOK_MAX_BODY_BYTES: positiveInt(1_000_000),
  TELEGRAM_USER_QUESTIONS_PER_MINUTE: positiveInt(10),
  TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: positiveInt(20),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{15,25}$/.test(v), 'must be the numeric application id'),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{15,25}$/.test(v), 'must be a numeric guild (server) id'),
  DISCORD_API_ROOT: url('https://discord.com/api'),
  DISCORD_USER_QUESTIONS_PER_MINUTE: positiveInt(6),
  DISCORD_CHANNEL_QUESTIONS_PER_MINUTE: positiveInt(20),
  // https://no-color.org: present and not empty, whatever its value, turns the terminal chat's colours off.
  NO_COLOR: z.preprocess((v) => unsetIfBlank(v) !== undefined, z.boolean()),
  // Documents added from a chat (issue 15): uploads and links.
  SANAD_UPLOAD_MAX_BYTES: positiveInt(10_000_000),
  SANAD_LINK_TIMEOUT_MS: positiveInt(10_000),
  SANAD_LINK_MAX_REDIRECTS: z.preprocess(withDefault(5), z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number')
    .min(0, 'must be 0 (no redirects) or more').max(20, 'must be at most 20')),
  SANAD_LINK_ALLOW_PRIVATE: z.preprocess(
    (v) => (unsetIfBlank(v) === undefined ? [] : String(v).split(',').map((entry) => entry.trim()).filter(Boolean)),
    z.array(z.string()).refine((entries) => entries.every(isAllowEntry), 'must be comma-separated CIDR ranges, addresses or host names, such as 10.1.0.0/16,intranet.example'),
  ),
  SANAD_MAINTAINERS: maintainers,
});

/** The validated configuration. */
export type Config = z.infer<typeof ConfigSchema>;

/**
 * Reads and validates the configuration from an environment (process.env after dotenv). The one place the
 * environment is read; throws ConfigError with one line per problem, naming the variable, never echoing its value.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) {
    const config = result.data;
    if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
      throw new ConfigError(['DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set']);
    }
    return config;
  }
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
