import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A schema of its own on the test PostgreSQL, so test files run in parallel without seeing each other's rows. */
export interface TestSchema {
  name: string;
  /** A URL whose connections use only this schema. */
  url: string;
  drop(): Promise<void>;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A URL like `url` whose connections use `schema` (search_path set at connect). */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

/** Creates a fresh, empty schema on the run's PostgreSQL (see postgres-global-setup.ts). */
export async function createTestSchema(): Promise<TestSchema> {
  const serverUrl = inject('postgresUrl');
  const name = `sanad_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE SCHEMA ${name}`);
  return { name, url: withSearchPath(serverUrl, name), drop: () => onServer(serverUrl, `DROP SCHEMA ${name} CASCADE`) };
}
