import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: one temporary folder for the whole run, made the TMPDIR of every test process and of what
 * they start (CLIs, worker threads, the throwaway PostgreSQL), and deleted with everything in it when the run ends,
 * so no test leaves `sanad-*` folders behind, even one that fails half-way.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-test-run-'));
  // Readable by the postgres user the throwaway server runs as when the tests run as root.
  chmodSync(dir, 0o755);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
