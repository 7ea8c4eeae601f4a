import { MIGRATIONS, pendingMigrations, SCHEMA_MIGRATIONS_TABLE, type Migration } from './migrations.js';
import type { IntColumn } from './rows.js';
import type { SqlDatabase } from './sql-database.js';

/**
 * Brings a database's schema up to date: in one transaction, under the back end's migration lock, applies the
 * migrations it lacks in version order and records each in schema_migrations. Resolves to the migrations applied
 * (none when up to date); a database from a newer sanad is refused (StoreError) and left as it was.
 */
export async function runMigrations(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS, now: () => number = Date.now): Promise<Migration[]> {
  return db.transaction(async (session) => {
    await db.lockForMigrations(session);
    await session.exec(SCHEMA_MIGRATIONS_TABLE[db.dialect]);
    const rows = await session.all<{ version: IntColumn }>('SELECT version FROM schema_migrations');
    const pending = pendingMigrations(rows.map((row) => Number(row.version)), migrations);
    for (const migration of pending) {
      await session.exec(migration[db.dialect]);
      await session.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now()]);
    }
    return pending;
  });
}
