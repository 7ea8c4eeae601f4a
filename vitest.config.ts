import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Most test files spend their time waiting on local servers, child processes and databases rather than on the
    // CPU: four at a time on two cores finish the suite in under 3 minutes (two at a time took nearly 4).
    maxWorkers: 4,
    hookTimeout: 30_000,
    // One temporary folder for the run, deleted at its end (first, so that it is deleted last); one PostgreSQL for
    // the store tests (SANAD_TEST_DATABASE_URL, or a throwaway server).
    globalSetup: ['test/temp-dir-global-setup.ts', 'test/store/postgres-global-setup.ts'],
  },
});
