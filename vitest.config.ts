import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Most test files spend their time waiting on local servers, child processes and databases rather than on the
    // CPU: four at a time on two cores (two at a time took much longer).
    maxWorkers: 4,
    // A worker runs its test files one after another in one module graph, instead of importing the core afresh for
    // each (the suite took 3.7 minutes, 1.7 without). Files share no state: none mocks a module, spies are restored
    // after each test, and the core's module-level caches hold only what is the same for every caller.
    isolate: false,
    hookTimeout: 30_000,
    // One temporary folder for the run, deleted at its end (first, so that it is deleted last); one PostgreSQL for
    // the store tests (SANAD_TEST_DATABASE_URL, or a throwaway server).
    globalSetup: ['test/temp-dir-global-setup.ts', 'test/store/postgres-global-setup.ts'],
  },
});
