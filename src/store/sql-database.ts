import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Dialect } from './migrations.js';
import type { RateLimit } from './store.js';

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/** Statements run on one connection (inside a transaction, or each on its own). Placeholders are `?` in both dialects. */
export interface SqlSession {
  /** Rows of a query (or of a statement with RETURNING). */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** The few things the store needs from a database driver; one adapter per back end. */
export interface SqlDatabase extends SqlSession {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Inside a transaction: waits until no other process is migrating the same database. */
  lockForMigrations(session: SqlSession): Promise<void>;
  /** The limiter of one rate limit: in the database when several instances share it, else in memory. */
  rateLimiter(limit: RateLimit): RateLimiterAbstract;
  close(): Promise<void>;
}

/** A surrogate without its pair: not a character, so not valid UTF-8 either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Parameters as both back ends store them alike: U+0000 and lone surrogates become U+FFFD. PostgreSQL refuses
 * U+0000, and SQLite would write a lone surrogate as invalid UTF-8 that reads back as three U+FFFD.
 */
export function toSqlParams(params: readonly SqlValue[]): SqlValue[] {
  // A quick test first: most values (the answer's JSON, ASCII-escaped) hold neither, and they are long.
  return params.map((p) => (typeof p === 'string' && MAYBE_UNSAFE.test(p) ? p.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD') : p));
}

/** U+0000 or any surrogate: the only values toSqlParams may need to change. */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const MAYBE_UNSAFE = /[\u0000\uD800-\uDFFF]/;
