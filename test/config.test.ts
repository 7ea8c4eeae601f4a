import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

const BOT_TOKEN = '123456789:AAH-secret-telegram-token-value_x';
const DATABASE_PASSWORD = 'pg-pass-w0rd-secret';

/** The ConfigError readConfig throws for an environment. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('readConfig accepted the environment');
}

describe('readConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(readConfig({})).toEqual({
      SANAD_CORPUS_DIR: 'corpus',
      SANAD_CACHE_DIR: '.cache',
      SANAD_MAX_DOCUMENT_BYTES: 5_000_000,
      SANAD_DATA_DIR: 'data',
      SANAD_RETENTION_DAYS: 180,
      LOG_LEVEL: 'info',
      SANAD_OPS_HOST: '127.0.0.1',
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      TELEGRAM_WEBHOOK_PORT: 8080,
      TELEGRAM_WEBHOOK_MAX_BODY_BYTES: 1_000_000,
      TELEGRAM_USER_QUESTIONS_PER_MINUTE: 10,
      TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: 20,
      DISCORD_USER_QUESTIONS_PER_MINUTE: 6,
      DISCORD_CHANNEL_QUESTIONS_PER_MINUTE: 20,
      DISCORD_API_ROOT: 'https://discord.com/api',
      NO_COLOR: false,
      SANAD_UPLOAD_MAX_BYTES: 10_000_000,
      SANAD_LINK_TIMEOUT_MS: 10_000,
      SANAD_LINK_MAX_REDIRECTS: 5,
      SANAD_LINK_ALLOW_PRIVATE: [],
      SANAD_MAINTAINERS: [],
    });
  });

  it('reads LOG_LEVEL in any case', () => {
    expect(readConfig({ LOG_LEVEL: 'INFO' }).LOG_LEVEL).toBe('info');
    expect(readConfig({ LOG_LEVEL: ' Debug ' }).LOG_LEVEL).toBe('debug');
  });

  it('reads the ops port and the index workers, and refuses what is not a port or a count', () => {
    expect(readConfig({ SANAD_OPS_PORT: '9464', SANAD_INDEX_WORKERS: '0' })).toMatchObject({ SANAD_OPS_PORT: 9464, SANAD_INDEX_WORKERS: 0 });
    expect(configError({ SANAD_OPS_PORT: '70000', SANAD_INDEX_WORKERS: 'all' }).problems).toEqual([
      'SANAD_OPS_PORT: must be a port from 0 to 65535', 'SANAD_INDEX_WORKERS: must be a whole number',
    ]);
  });

  it('reads NO_COLOR as set when it has any value but blank (https://no-color.org)', () => {
    expect(readConfig({ NO_COLOR: '1' }).NO_COLOR).toBe(true);
    expect(readConfig({ NO_COLOR: 'false' }).NO_COLOR).toBe(true);
    expect(readConfig({ NO_COLOR: ' ' }).NO_COLOR).toBe(false);
  });

  it('treats empty and blank values as unset', () => {
    expect(readConfig({ LOG_LEVEL: '', TELEGRAM_WEBHOOK_PORT: ' ', TELEGRAM_BOT_TOKEN: '  ', SANAD_CORPUS_DIR: '' })).toEqual(readConfig({}));
  });

  it('reads given values, numbers as numbers, without surrounding white space', () => {
    const config = readConfig({
      TELEGRAM_BOT_TOKEN: ` ${BOT_TOKEN}\n`, LOG_LEVEL: 'debug ', TELEGRAM_WEBHOOK_PORT: '8443', TELEGRAM_USER_QUESTIONS_PER_MINUTE: '5',
      SANAD_CORPUS_DIR: 'docs', DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '123456789012345678',
    });
    expect(config).toMatchObject({
      TELEGRAM_BOT_TOKEN: BOT_TOKEN, LOG_LEVEL: 'debug', TELEGRAM_WEBHOOK_PORT: 8443, TELEGRAM_USER_QUESTIONS_PER_MINUTE: 5, SANAD_CORPUS_DIR: 'docs',
    });
  });

  it('ignores variables it does not know', () => {
    expect(readConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  it('reports one line per problem, each naming its variable', () => {
    const error = configError({
      LOG_LEVEL: 'loud',
      TELEGRAM_BOT_TOKEN: 'not-a-token',
      TELEGRAM_WEBHOOK_URL: 'not a url',
      TELEGRAM_WEBHOOK_SECRET: 'has spaces!',
      TELEGRAM_WEBHOOK_PORT: '70000',
      TELEGRAM_USER_QUESTIONS_PER_MINUTE: 'ten',
      TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: '0',
      DISCORD_APPLICATION_ID: 'app',
      DISCORD_GUILD_ID: '12',
      TELEGRAM_API_ROOT: 'telegram',
      DISCORD_API_ROOT: 'discord',
    });
    const lines = error.message.split('\n');
    const named = lines.map((line) => line.split(':')[0]);
    expect(named.sort()).toEqual([
      'DISCORD_API_ROOT', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'TELEGRAM_API_ROOT', 'TELEGRAM_BOT_TOKEN',
      'TELEGRAM_CHAT_QUESTIONS_PER_MINUTE', 'TELEGRAM_USER_QUESTIONS_PER_MINUTE', 'TELEGRAM_WEBHOOK_PORT', 'TELEGRAM_WEBHOOK_SECRET',
      'TELEGRAM_WEBHOOK_URL',
    ]);
    expect(error.problems).toEqual(lines);
    expect(error.name).toBe('ConfigError');
  });

  it('says what a good value looks like', () => {
    const error = configError({ LOG_LEVEL: 'loud', TELEGRAM_WEBHOOK_PORT: '0', TELEGRAM_USER_QUESTIONS_PER_MINUTE: 'ten' });
    expect(error.problems).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent');
    expect(error.problems).toContain('TELEGRAM_WEBHOOK_PORT: must be a port from 1 to 65535');
    expect(error.problems).toContain('TELEGRAM_USER_QUESTIONS_PER_MINUTE: must be a whole number');
  });

  it('rejects a fractional port or rate', () => {
    const error = configError({ TELEGRAM_WEBHOOK_PORT: '80.5', TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: '1.5' });
    expect(error.problems).toEqual(['TELEGRAM_WEBHOOK_PORT: must be a whole number', 'TELEGRAM_CHAT_QUESTIONS_PER_MINUTE: must be a whole number']);
  });

  it('requires DISCORD_APPLICATION_ID when DISCORD_TOKEN is set', () => {
    expect(configError({ DISCORD_TOKEN: 'discord-secret' }).problems).toEqual(['DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set']);
  });

  it('never echoes a token or secret value in the error', () => {
    const secrets = {
      TELEGRAM_BOT_TOKEN: 'tg-secret-value-that-is-malformed',
      TELEGRAM_WEBHOOK_SECRET: 'webhook secret value!',
      DISCORD_TOKEN: 'discord-secret-value-xyz',
    };
    const error = configError({ ...secrets, DISCORD_APPLICATION_ID: 'also-bad' });
    for (const value of Object.values(secrets)) {
      expect(error.message).not.toContain(value);
      expect(String(error.stack)).not.toContain(value);
      expect(JSON.stringify(error.problems)).not.toContain(value);
    }
    expect(error.message).toContain('TELEGRAM_BOT_TOKEN');
  });

  it('never echoes a well-formed token when another variable is wrong', () => {
    const error = configError({ TELEGRAM_BOT_TOKEN: BOT_TOKEN, LOG_LEVEL: 'loud' });
    expect(error.message).not.toContain(BOT_TOKEN);
    expect(error.message).not.toContain('secret-telegram-token');
  });

  it('reads a PostgreSQL URL in either scheme, and the retention in days', () => {
    const url = `postgresql://sanad:${DATABASE_PASSWORD}@db.internal:5432/sanad?sslmode=require`;
    expect(readConfig({ SANAD_DATABASE_URL: ` ${url} `, SANAD_RETENTION_DAYS: '30' })).toMatchObject({ SANAD_DATABASE_URL: url, SANAD_RETENTION_DAYS: 30 });
    expect(readConfig({ SANAD_DATABASE_URL: 'postgres://localhost/sanad' }).SANAD_DATABASE_URL).toBe('postgres://localhost/sanad');
    expect(readConfig({ SANAD_DATABASE_URL: ' ' }).SANAD_DATABASE_URL).toBeUndefined();
  });

  it('refuses a database URL that is not PostgreSQL, and a retention that is not a positive whole number', () => {
    for (const bad of ['mysql://sanad@localhost/sanad', 'localhost:5432/sanad', 'postgres:/sanad', 'postgresql://bad host/x']) {
      expect(configError({ SANAD_DATABASE_URL: bad }).problems).toEqual([
        'SANAD_DATABASE_URL: must be a postgres:// or postgresql:// URL such as postgresql://sanad:PASSWORD@localhost:5432/sanad',
      ]);
    }
    for (const bad of ['0', '-5', '1.5', 'forever']) {
      expect(configError({ SANAD_RETENTION_DAYS: bad }).problems).toHaveLength(1);
      expect(configError({ SANAD_RETENTION_DAYS: bad }).problems[0]).toMatch(/^SANAD_RETENTION_DAYS: must be /);
    }
  });

  it('never echoes the database URL or its password', () => {
    for (const env of [
      { SANAD_DATABASE_URL: `mysql://sanad:${DATABASE_PASSWORD}@localhost/sanad` },
      { SANAD_DATABASE_URL: `postgresql://sanad:${DATABASE_PASSWORD}@localhost/sanad`, LOG_LEVEL: 'loud' },
    ]) {
      const error = configError(env);
      for (const text of [error.message, String(error.stack), JSON.stringify(error.problems)]) {
        expect(text).not.toContain(DATABASE_PASSWORD);
        expect(text).not.toContain('@localhost/sanad');
      }
    }
  });

  it('reads the upload and link limits, the allowed private addresses as a list, and refuses an entry that is none', () => {
    expect(readConfig({ SANAD_UPLOAD_MAX_BYTES: '2000000', SANAD_LINK_MAX_REDIRECTS: '0', SANAD_LINK_ALLOW_PRIVATE: ' 10.1.0.0/16, fd00::/8 ,intranet.example,127.0.0.1' }))
      .toMatchObject({ SANAD_UPLOAD_MAX_BYTES: 2_000_000, SANAD_LINK_MAX_REDIRECTS: 0, SANAD_LINK_ALLOW_PRIVATE: ['10.1.0.0/16', 'fd00::/8', 'intranet.example', '127.0.0.1'] });
    expect(configError({ SANAD_LINK_ALLOW_PRIVATE: '10.0.0.0/99', SANAD_LINK_TIMEOUT_MS: '0' }).problems).toEqual([
      'SANAD_LINK_TIMEOUT_MS: must be above 0',
      'SANAD_LINK_ALLOW_PRIVATE: must be comma-separated CIDR ranges, addresses or host names, such as 10.1.0.0/16,intranet.example',
    ]);
  });
});
