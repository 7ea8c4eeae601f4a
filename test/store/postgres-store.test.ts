import { describe, expect, it } from 'vitest';
import { describePostgresUrl, openPostgresStore } from '../../src/store/postgres-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { postgresBackend } from './backends.js';
import { describeChatSettingsContract } from './chat-settings-contract.js';
import { describeClaimsContract } from './claims-contract.js';
import { describeStoreContract } from './store-contract.js';
import { describeFollowUpFeedbackContract } from './follow-up-feedback-contract.js';
import { describeNotesContract } from './notes-contract.js';
import { freePort } from './throwaway-postgres.js';

const PASSWORD = 'hunter2-pg-secret';

describeStoreContract('PostgreSQL store', postgresBackend);
describeClaimsContract('PostgreSQL store', postgresBackend);
describeChatSettingsContract('PostgreSQL store', postgresBackend);
describeFollowUpFeedbackContract('PostgreSQL store', postgresBackend);
describeNotesContract('PostgreSQL store', postgresBackend);

describe('openPostgresStore', () => {
  it('names the server but not the password when it cannot connect', async () => {
    const port = await freePort();
    const refusal = await openPostgresStore({ databaseUrl: `postgresql://sanad:${PASSWORD}@127.0.0.1:${port}/sanad` }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as Error).message).toContain(`PostgreSQL store sanad@127.0.0.1:${port}/sanad: `);
    expect((refusal as Error).message).toMatch(/ECONNREFUSED/);
    expect(`${(refusal as Error).message} ${(refusal as Error).stack}`).not.toContain(PASSWORD);
  });

  it('refuses a URL that is not PostgreSQL without quoting it', async () => {
    await expect(openPostgresStore({ databaseUrl: `mysql://sanad:${PASSWORD}@localhost/sanad` })).rejects.toThrow(
      /^the database URL must be a postgres:\/\/ or postgresql:\/\/ URL$/,
    );
  });
});

describe('describePostgresUrl', () => {
  it('shows user, host, port and database, never the password', () => {
    expect(describePostgresUrl(`postgres://sanad:${PASSWORD}@db.internal:6543/bots?sslmode=require`)).toBe('sanad@db.internal:6543/bots');
    expect(describePostgresUrl('postgresql://db.internal/bots')).toBe('db.internal:5432/bots');
    expect(describePostgresUrl('not a url')).toBe('(not a valid URL)');
  });
});

describe('PostgreSQL rate limits', () => {
  it('are shared by every instance on the database', async () => {
    const backend = await postgresBackend();
    const stores = await Promise.all([backend.open(), backend.open(), backend.open()]);
    try {
      const limit = { name: 'shared-user', points: 10, durationSeconds: 60 };
      const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 3]!.consumeRate(limit, 'flooder')));
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    } finally {
      for (const s of stores) await s.close();
      await backend.dispose();
    }
  });
});
