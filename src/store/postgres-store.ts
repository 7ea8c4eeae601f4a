import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Migration } from './migrations.js';
import { runMigrations } from './run-migrations.js';
import { toSqlParams, type SqlDatabase, type SqlSession, type SqlValue } from './sql-database.js';
import { SqlStore } from './sql-store.js';
import { StoreError } from './store-error.js';
import type { RateLimit } from './store.js';

/** Connections each instance keeps to PostgreSQL at most. */
export const POSTGRES_POOL_SIZE = 10;
/** How long opening a connection may take before the call fails. */
export const POSTGRES_CONNECT_TIMEOUT_MS = 10_000;
/**
 * Longest a query may take before the driver gives up on it: a database that stops answering (a frozen server, a
 * broken network) must fail calls, not hold them and the pool's connections for ever. Long enough for instances
 * starting together to wait for each other's migrations.
 */
export const POSTGRES_QUERY_TIMEOUT_MS = 30_000;
/** Key of the advisory lock that serialises migrations between instances: "sanad" in ASCII. */
export const MIGRATION_LOCK_KEY = 0x73616e6164;

/** Options of openPostgresStore. */
export interface PostgresStoreOptions {
  /** postgres:// or postgresql:// URL; holds a password, so it is never logged or put in an error. */
  databaseUrl: string;
  /** Told when an idle pooled connection fails (the pool replaces it). Default: ignore. */
  onConnectionError?: (error: Error) => void;
  /** Clock for the store's own times (short keys, schema_migrations). Default Date.now. */
  now?: () => number;
  /** Schema steps to apply. Default MIGRATIONS. */
  migrations?: readonly Migration[];
}

/** Where a database URL points, without its password: `user@host:port/database`. */
export function describePostgresUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${user}${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '(not a valid URL)';
  }
}

const numberedSql = new Map<string, string>();

/** The store's `?` placeholders as PostgreSQL's `$1, $2, …` (the store's SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let result = numberedSql.get(sql);
  if (result === undefined) {
    let n = 0;
    numberedSql.set(sql, (result = sql.replace(/\?/g, () => `$${++n}`)));
  }
  return result;
}

function sessionOf(queryable: pg.Pool | pg.PoolClient): SqlSession {
  return {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await queryable.query(numbered(sql), toSqlParams(params))).rows as Row[],
    run: async (sql, params = []) => (await queryable.query(numbered(sql), toSqlParams(params))).rowCount ?? 0,
    exec: async (script) => void (await queryable.query(script)),
  };
}

/** node-postgres's Pool behind SqlDatabase: single statements on any pooled connection, transactions on one. */
class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres';
  private readonly session: SqlSession;

  constructor(private readonly pool: pg.Pool) {
    this.session = sessionOf(pool);
  }

  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.session.all<Row>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.session.run(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.session.exec(script);
  }

  async transaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(sessionOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than returned to the pool.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Two instances starting together: the second waits here until the first has committed its migrations. */
  async lockForMigrations(session: SqlSession): Promise<void> {
    await session.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
  }

  /**
   * A limit shared by every instance: rate-limiter-flexible's RateLimiterPostgres over the pool, in the table the
   * migrations made; while PostgreSQL fails, an in-memory limiter of the same limit counts instead (its insurance).
   */
  rateLimiter(limit: RateLimit): RateLimiterAbstract {
    const options = { keyPrefix: limit.name, points: limit.points, duration: limit.durationSeconds };
    return new RateLimiterPostgres({
      ...options, storeClient: this.pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * Opens the PostgreSQL store (several instances may share one database) and brings its schema up to date.
 * Errors name the server as `user@host:port/database`, never the password.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<SqlStore> {
  const where = describePostgresUrl(options.databaseUrl);
  if (!/^postgres(ql)?:\/\//i.test(options.databaseUrl) || !URL.canParse(options.databaseUrl)) {
    throw new StoreError('the database URL must be a postgres:// or postgresql:// URL');
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl, max: POSTGRES_POOL_SIZE, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    query_timeout: POSTGRES_QUERY_TIMEOUT_MS,
  });
  // Without a listener an idle connection's error (a server restart) would crash the process.
  pool.on('error', (error) => options.onConnectionError?.(error));
  const database = new PostgresDatabase(pool);
  try {
    const migrated = await runMigrations(database, options.migrations, options.now);
    return new SqlStore(database, migrated, options.now);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const message = redactPassword(error instanceof Error ? error.message : String(error), options.databaseUrl);
    throw new StoreError(`PostgreSQL store ${where}: ${message}`, { cause: error });
  }
}

/** Text with the URL's password masked, should a driver ever quote it. */
function redactPassword(text: string, databaseUrl: string): string {
  const password = URL.canParse(databaseUrl) ? new URL(databaseUrl).password : '';
  if (!password) return text;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // A malformed escape: mask the password as written.
  }
  return text.split(password).join('<redacted>').split(decoded).join('<redacted>');
}
