import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian and Ubuntu keep each major version's programs here; they are not on PATH. */
const DEBIAN_POSTGRES_DIR = '/usr/lib/postgresql';

/** A PostgreSQL server of our own, for one test run. */
export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` database on 127.0.0.1. */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: the newest Debian version, else PATH. Throws one clear line when absent. */
export function findPostgresBin(): string {
  const versions = existsSync(DEBIAN_POSTGRES_DIR)
    ? readdirSync(DEBIAN_POSTGRES_DIR).filter((v) => existsSync(join(DEBIAN_POSTGRES_DIR, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(DEBIAN_POSTGRES_DIR, versions[0], 'bin');
  const onPath = (process.env.PATH ?? '').split(delimiter).find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (onPath) return onPath;
  throw new Error(
    "PostgreSQL programs (initdb, pg_ctl) not found: install Debian's postgresql package (apt-get install -y postgresql), or set SANAD_TEST_DATABASE_URL",
  );
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port for PostgreSQL');
  return address.port;
}

/**
 * Starts PostgreSQL in a temporary folder on a free 127.0.0.1 port, trusting local connections, with fsync off (the
 * tests kill clients, never this server). initdb refuses to run as root, so as root the programs run as `postgres`.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'sanad-pg-'));
  const data = join(dir, 'data');
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim())));
    chownSync(dir, uid!, gid!);
  }
  const pgRun = (program: string, args: string[]) =>
    asPostgres ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const stop = async () => {
    await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await pgRun('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    await stop();
    throw new Error(`could not start a test PostgreSQL with ${bin}: ${(error as Error).message}\n${log}`, { cause: error });
  }
}
