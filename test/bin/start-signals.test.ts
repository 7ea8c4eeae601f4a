import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN } from '../adapters/telegram/harness.js';
import { freePort } from '../store/throwaway-postgres.js';

/** The whole stop, from the signal to the last process gone, must fit in what service managers wait. */
const STOP_LIMIT_MS = 10_000;

interface Started {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every process the tests started: any still running when they end (a failed test) is killed. */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a command as `npm start` would, in the terminal-chat mode unless `extraEnv` gives tokens, its stdin kept open. */
async function start(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const corpusDir = mkdtempSync(join(tmpdir(), 'sanad-corpus-'));
  cpSync('corpus', corpusDir, { recursive: true });
  const env = {
    ...process.env, TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', SANAD_OPS_PORT: String(port), SANAD_CORPUS_DIR: corpusDir,
    SANAD_CACHE_DIR: join(corpusDir, '.cache'), SANAD_DATA_DIR: join(corpusDir, 'data'), LOG_LEVEL: 'INFO', ...extraEnv,
  };
  const child = spawn(command, args, { env, stdio: ['pipe', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, port, stderr: () => stderr, exited };
}

// Start-up transforms the sources and builds the index afresh: on a loaded two-core runner it took over 30 s once.
async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 50_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ready = (port: number) => () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.concurrent('npm start and signals', () => {
  it('says what start-up did, serves /readyz, and stops cleanly on SIGTERM', async () => {
    const run = await start(process.execPath, ['bin/run.mjs', 'start']);
    await waitFor(ready(run.port));
    for (const line of ['documents loaded', 'passages made', 'index built', 'ops server listening']) expect(run.stderr()).toContain(line);
    const signalled = Date.now();
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(STOP_LIMIT_MS);
    expect(run.stderr()).toContain('"msg":"stopped"');
  }, 60_000);

  it('exits cleanly on a SIGTERM during start-up', async () => {
    const run = await start(process.execPath, ['bin/run.mjs', 'start']);
    await waitFor(() => run.stderr().includes('ops server listening'));
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toContain('"msg":"stopped"');
  }, 60_000);

  it('SIGTERM to npm start reaches the bot: no process is left behind', async () => {
    const run = await start('npm', ['start', '--silent']);
    await waitFor(ready(run.port));
    const pid = Number(/"pid":(\d+)/.exec(run.stderr())![1]);
    expect(pid).not.toBe(run.child.pid);
    run.child.kill('SIGTERM');
    await run.exited;
    await waitFor(() => !alive(pid), STOP_LIMIT_MS);
    expect(run.stderr()).toContain('"msg":"stopped"');
  }, 60_000);

  it('with a Telegram token: ready once the bot polls, answers, counts it in /metrics, and stops cleanly', async () => {
    const server = new TelegramServer({ host: '127.0.0.1', port: await freePort() });
    await server.start();
    try {
      const run = await start(process.execPath, ['bin/run.mjs', 'start'], { TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });
      await waitFor(ready(run.port));
      const readyz = await (await fetch(`http://127.0.0.1:${run.port}/readyz`)).json();
      expect(readyz).toEqual({ status: 'ready', checks: { documents: true, store: true, telegram: true } });
      for (const line of ['store opened', 'Telegram bot ready', 'sanad is running']) expect(run.stderr()).toContain(line);
      const user = server.getClient(TEST_TOKEN, { userId: 7101, chatId: 7101, type: 'private' });
      const answered = server.waitBotMessage();
      await user.sendMessage(user.makeMessage('Which armed forces make up the peacekeeping contingent?'));
      await answered;
      const metrics = await (await fetch(`http://127.0.0.1:${run.port}/metrics`)).text();
      expect(metrics).toContain('sanad_answers_total{platform="telegram"} 1');
      expect(metrics).toMatch(/sanad_send_seconds_count\{platform="telegram"\} [1-9]/);
      run.child.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(run.stderr()).toContain('Telegram bot stopped');
    } finally {
      await server.stop();
    }
  }, 60_000);
});
