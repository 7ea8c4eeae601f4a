import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import { memoryRateLimiter } from './rate-limits.js';
import { runMigrations } from './run-migrations.js';
import { toSqlParams, type SqlDatabase, type SqlSession, type SqlValue } from './sql-database.js';
import { SqlStore } from './sql-store.js';
import { StoreError } from './store-error.js';

/** The SQLite file, under the data folder. */
export const SQLITE_FILE_NAME = 'sanad.sqlite';
/** How long a statement waits for another process's write lock (Discord shards share the file) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Options of openSqliteStore. */
export interface SqliteStoreOptions {
  /** Folder of the database file; created when missing. */
  dataDir: string;
  /** Clock for the store's own times (short keys, schema_migrations). Default Date.now. */
  now?: () => number;
  /** Schema steps to apply. Default MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * The turn queue of each database file in this process. A transaction spans awaits, so calls take turns: nothing
 * runs inside another call's transaction. Connections to one file share a queue because the driver is synchronous:
 * a second connection waiting for the file's lock would block the thread and never let the first one commit.
 */
const turnsByFile = new Map<string, Promise<unknown>>();

/** The connection whose batch is open, per database file in this process (see SqliteDatabase.openBatch). */
const batchOwners = new Map<string, SqliteDatabase>();

/** Writes committed together: one COMMIT (one WAL append) for every write made in the same turn of the event loop. */
interface Batch {
  committed: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * better-sqlite3 behind SqlDatabase, with group commit. A write opens a batch transaction (if none is open) and
 * resolves only once the batch commits, at the end of the current turn of the event loop: everything acknowledged
 * is committed, and concurrent writes (one per chat answered) share a single commit instead of paying one each.
 * A transaction() is a savepoint inside the batch, so it stays atomic on its own. Reads run at once.
 */
class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement<SqlValue[]>>();
  /** Runs statements at once (inside a batch or a savepoint). */
  private readonly session: SqlSession;
  private batch?: Batch;
  /** Savepoints open right now: the batch is not committed in the middle of one. */
  private savepoints = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
  ) {
    this.session = {
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.prepare(sql).all(...toSqlParams(params)) as Row[],
      run: async (sql, params = []) => this.prepare(sql).run(...toSqlParams(params)).changes,
      exec: async (script) => void db.exec(script),
    };
  }

  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    if (this.prepare(sql).readonly) return this.inTurn(() => this.session.all<Row>(sql, params));
    return this.write(() => this.session.all<Row>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.write(() => this.session.run(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.write(() => this.session.exec(script));
  }

  transaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.write(async () => {
      this.db.exec('SAVEPOINT store_call');
      this.savepoints++;
      try {
        const result = await fn(this.session);
        this.db.exec('RELEASE store_call');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK TO store_call');
        this.db.exec('RELEASE store_call');
        throw error;
      } finally {
        this.savepoints--;
      }
    });
  }

  /** The batch's BEGIN IMMEDIATE already holds the file's write lock: no other process migrates meanwhile. */
  async lockForMigrations(): Promise<void> {}

  /** One host: question limits are counted in memory. */
  rateLimiter = memoryRateLimiter;

  close(): Promise<void> {
    return this.inTurn(async () => {
      this.commit();
      this.db.close();
    });
  }

  private prepare(sql: string): Database.Statement<SqlValue[]> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare<SqlValue[]>(sql)));
    return statement;
  }

  /** Runs a write in its turn, inside the open batch; resolves once the batch is committed. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    const { value, committed } = await this.inTurn(async () => {
      const batch = this.openBatch();
      return { value: await work(), committed: batch.committed };
    });
    await committed;
    return value;
  }

  private openBatch(): Batch {
    if (this.batch) return this.batch;
    // Another connection to this file (a second store in this process) may hold an open batch, and with it the
    // file's write lock; waiting for it would block the thread it needs to commit. Its turn is over: commit it now.
    const other = batchOwners.get(this.file);
    if (other && other !== this) other.commit();
    batchOwners.set(this.file, this);
    // IMMEDIATE takes the write lock at once: a deferred transaction that reads then writes can fail with
    // SQLITE_BUSY without waiting when another process wrote in between.
    this.db.exec('BEGIN IMMEDIATE');
    let settle!: Batch['settle'];
    const committed = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    committed.catch(() => undefined); // each writer awaits it; this only keeps a failed batch from being "unhandled"
    this.batch = { committed, settle };
    setImmediate(() => this.commitWhenIdle());
    return this.batch;
  }

  private commitWhenIdle(): void {
    if (this.savepoints > 0) setImmediate(() => this.commitWhenIdle());
    else this.commit();
  }

  private commit(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = undefined;
    if (batchOwners.get(this.file) === this) batchOwners.delete(this.file);
    try {
      this.db.exec('COMMIT');
      batch.settle();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      batch.settle(error ?? new Error('commit failed'));
    }
  }

  private inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const result = (turnsByFile.get(this.file) ?? Promise.resolve()).then(fn);
    turnsByFile.set(this.file, result.catch(() => undefined));
    return result;
  }
}

/** SQLite's result codes of a damaged file (https://sqlite.org/rescode.html). */
const DAMAGED_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/** A file found damaged at open: a thrown error, so that its message says what to do. */
class DamagedFile extends Error {}

/** How to get going again with a damaged or empty database file: one line, naming the file. */
function recovery(file: string): string {
  return `restore ${file} from a backup, or move it aside (with its -wal and -shm files) to start with an empty store`;
}

/**
 * Checks the file's structure (PRAGMA quick_check: every page and b-tree, in time linear in the file's size, without
 * comparing indexes to their tables) so that a damaged file stops start-up instead of failing write after write.
 */
function checkStructure(db: Database.Database): void {
  const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
  if (problems.length !== 1 || problems[0] !== 'ok') throw new DamagedFile(`the database is damaged (quick_check: ${problems.join('; ')})`);
}

/**
 * Opens the SQLite store in `<dataDir>/sanad.sqlite`, creating the folder and the file on first start, and brings its
 * schema up to date. WAL with synchronous=NORMAL: a commit is in the WAL file before the call resolves, so a killed
 * process loses nothing acknowledged (only a power cut or OS crash may lose the last commits, never corrupt the file).
 * An existing file is checked first (quick_check); a damaged or empty (0-byte) one is refused with a StoreError that
 * names it and says how to recover, rather than replaced or used.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqlStore> {
  const file = resolve(options.dataDir, SQLITE_FILE_NAME);
  let db: Database.Database | undefined;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    const existed = existsSync(file);
    // SQLite would take an empty file as a new database: a file truncated by accident would silently start afresh.
    if (existed && statSync(file).size === 0) throw new DamagedFile('the file is empty (0 bytes), not a database');
    db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    if (existed) checkStructure(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const database = new SqliteDatabase(db, file);
    const migrated = await runMigrations(database, options.migrations, options.now);
    return new SqlStore(database, migrated, options.now);
  } catch (error) {
    db?.close();
    const message = error instanceof Error ? error.message : String(error);
    const damaged = error instanceof DamagedFile || DAMAGED_CODES.has(String((error as { code?: unknown }).code));
    throw new StoreError(`SQLite store ${file}: ${message}${damaged ? `: ${recovery(file)}` : ''}`, { cause: error });
  }
}
