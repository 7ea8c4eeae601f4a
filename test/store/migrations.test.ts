import { describe, expect, it } from 'vitest';
import { MIGRATIONS, pendingMigrations, type Migration } from '../../src/store/migrations.js';
import { StoreError } from '../../src/store/store-error.js';

const step = (version: number): Migration => ({ version, name: `step ${version}`, sqlite: '', postgres: '' });

describe('pendingMigrations', () => {
  it('lists the missing migrations in version order', () => {
    const list = [step(1), step(2), step(3)];
    expect(pendingMigrations([], list).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(pendingMigrations([1], list).map((m) => m.version)).toEqual([2, 3]);
    expect(pendingMigrations([1, 2, 3], list)).toEqual([]);
  });

  it('refuses versions it does not know, naming them and the newest it knows', () => {
    expect(() => pendingMigrations([1, 4, 5], [step(1), step(2)])).toThrow(StoreError);
    expect(() => pendingMigrations([1, 5, 4], [step(1), step(2)])).toThrow(
      'the database has schema version 4, 5, unknown to this sanad (it knows versions up to 2): it was used by a newer sanad. ' +
        'Upgrade sanad or point it at another database; nothing was changed.',
    );
  });

  it('refuses a list out of order, or with a version below 1', () => {
    expect(() => pendingMigrations([], [step(2), step(1)])).toThrow(/increasing order/);
    expect(() => pendingMigrations([], [step(1), step(1)])).toThrow(/increasing order/);
    expect(() => pendingMigrations([], [step(0)])).toThrow(/positive whole numbers/);
  });

  it('has SQL for both back ends in every released migration', () => {
    expect(pendingMigrations([], MIGRATIONS)).toEqual(MIGRATIONS);
    for (const migration of MIGRATIONS) {
      expect(migration.sqlite).toMatch(/CREATE|ALTER|DROP/);
      expect(migration.postgres).toMatch(/CREATE|ALTER|DROP/);
    }
  });
});
