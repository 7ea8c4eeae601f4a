import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { SQLITE_FILE_NAME } from '../../src/store/sqlite-store.js';
import { newAnswer, roundOf } from './answers.js';
import { postgresBackend, sqliteBackend, type StoreBackend } from './backends.js';

/** Acknowledged rounds to wait for before the kill. */
const ROUNDS_BEFORE_KILL = 100;

interface Round {
  n: number;
  id: number;
  key: string;
}

/**
 * Runs write-until-killed.ts against a database, SIGKILLs it once it has acknowledged enough rounds, and resolves
 * to every round it acknowledged (lines already written when it died included).
 */
async function writeUntilKilled(target: StoreBackend['target']): Promise<Round[]> {
  const args = [target.dataDir, ...(target.databaseUrl ? [target.databaseUrl] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'store', 'write-until-killed.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const rounds: Round[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    rounds.push(JSON.parse(line) as Round);
    if (rounds.length === ROUNDS_BEFORE_KILL) child.kill('SIGKILL');
  }
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself (exit ${code}) after ${rounds.length} rounds:\n${stderr}`);
  return rounds;
}

/** Every acknowledged round is in the store, whole; and the store takes new writes. */
async function expectRoundsKept(target: StoreBackend['target'], rounds: Round[]): Promise<void> {
  const store = await openStore(target);
  try {
    for (const { n, id, key } of rounds) {
      const round = roundOf(n);
      expect(await store.answerById(id)).toEqual({ ...newAnswer(n), id });
      expect(await store.votesOf(id)).toEqual(round.vote === 1 ? { up: 1, down: 0 } : { up: 0, down: 1 });
      expect(await store.getKey(key)).toBe(round.keyValue);
    }
    const next = await store.recordAnswer(newAnswer(100_000));
    expect(await store.vote(next, 'after-the-kill', 1, 0)).toEqual({ up: 1, down: 0 });
    expect(next).toBeGreaterThan(rounds.at(-1)!.id);
  } finally {
    await store.close();
  }
}

describe('a store whose process is killed mid-write', () => {
  it('SQLite: keeps every acknowledged write, the file passes integrity_check, new writes work', async () => {
    const backend = await sqliteBackend();
    try {
      const rounds = await writeUntilKilled(backend.target);
      expect(rounds.length).toBeGreaterThanOrEqual(ROUNDS_BEFORE_KILL);
      expect(rounds.map((r) => r.n)).toEqual(rounds.map((_, i) => i + 1));
      const db = new Database(join(backend.target.dataDir, SQLITE_FILE_NAME));
      try {
        expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
      await expectRoundsKept(backend.target, rounds);
    } finally {
      await backend.dispose();
    }
  });

  it('PostgreSQL: keeps every acknowledged write, new writes work', async () => {
    const backend = await postgresBackend();
    try {
      const rounds = await writeUntilKilled(backend.target);
      expect(rounds.length).toBeGreaterThanOrEqual(ROUNDS_BEFORE_KILL);
      await expectRoundsKept(backend.target, rounds);
    } finally {
      await backend.dispose();
    }
  });
});
