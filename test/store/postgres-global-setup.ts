import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create schemas: SANAD_TEST_DATABASE_URL, or a throwaway server's. */
    postgresUrl: string;
  }
}

/** Vitest global setup: one PostgreSQL for the whole run; each test makes its own schema in it. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.SANAD_TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return server.stop;
}
