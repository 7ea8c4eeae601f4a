import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import type { Update } from 'telegraf/types';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '../../store/postgres-schema.js';
import { freePort } from './free-port.js';
import { messageUpdate, useFakeBotApi } from './harness.js';

const { api, root } = useFakeBotApi();
const INSTANCES = 3;
/** Lease of a claim in the instances: short, so that the killed instance's updates are adopted soon, yet long enough that a live instance on a loaded machine renews its own in time. */
const LEASE_MS = 3_000;
const SECRET = 'multi_instance';
const FLOODER = { id: 999, is_bot: false, first_name: 'F', language_code: 'en' };
const FLOOD_CHAT = { id: -100999, type: 'supergroup', title: 'flood' };

interface Instance { child: ChildProcess; port: number; dead: boolean }
const instances: Instance[] = [];
let schema: TestSchema | undefined;

afterAll(async () => {
  for (const instance of instances) if (!instance.dead) instance.child.kill('SIGKILL');
  await schema?.drop();
});

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/adapters/telegram/webhook-instance.ts', JSON.stringify({ port, apiRoot: root(), databaseUrl, leaseMs: LEASE_MS })], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout! })) if (line === 'ready') break;
  return { child, port, dead: false };
}

/** Posts an update as Telegram does, to instance `first` or, when it fails, the next live one: resolves to the instance that took it (200). */
async function deliver(update: Update, first: number): Promise<number> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const index = (first + attempt) % INSTANCES;
    const instance = instances[index]!;
    if (instance.dead) continue;
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/hook`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(update),
      });
      if (res.status === 200) return index;
    } catch {
      // The instance died with the request in flight: Telegram delivers it again, elsewhere.
    }
  }
  throw new Error(`update ${update.update_id} could not be delivered`);
}

/** Answers sent, by the question message they reply to (first parts carry reply_parameters). */
function answersByQuestion(): Map<number, string[]> {
  const byQuestion = new Map<number, string[]>();
  for (const call of api.callsOf('sendMessage')) {
    const to = call.payload.reply_parameters?.message_id as number | undefined;
    if (to !== undefined && call.reply?.ok) byQuestion.set(to, [...(byQuestion.get(to) ?? []), String(call.payload.text)]);
  }
  return byQuestion;
}

describe('three webhook instances on one PostgreSQL', () => {
  it('answer every question once (a handful twice around a SIGKILL), skip redeliveries, and hold the user limit across instances', async () => {
    schema = await createTestSchema();
    for (let i = 0; i < INSTANCES; i++) instances.push(await startInstance(schema.url));

    const normal = Array.from({ length: 30 }, (_, i) => messageUpdate('/ask Why did the protests start?', {
      chat: { id: -1000 - i, type: 'supergroup', title: `g${i}` }, from: { id: 1000 + i, is_bot: false, first_name: 'U', language_code: 'en' },
    }));
    const flood = Array.from({ length: 30 }, () => messageUpdate('/ask What happened at Almaty airport?', { chat: FLOOD_CHAT, from: FLOODER }));
    const updates = normal.flatMap((u, i) => [u, flood[i]!]);
    const questionId = (u: Update) => (u as { message: { message_id: number } }).message.message_id;

    // Delivered six at a time, round robin; instance 0 is killed (SIGKILL) once 20 are taken.
    let next = 0;
    let taken = 0;
    const firstTaker = new Map<number, number>();
    const worker = async () => {
      for (let i = next++; i < updates.length; i = next++) {
        firstTaker.set(i, await deliver(updates[i]!, i % INSTANCES));
        if (++taken === 20) {
          instances[0]!.dead = true;
          instances[0]!.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    // Every normal question answered, the flooder told once; then every claim finished (adopted ones included).
    const notices = () => flood.flatMap((u) => answersByQuestion().get(questionId(u)) ?? []).filter((t) => t.includes('a lot of questions')).length;
    await api.waitUntil(() => normal.every((u) => answersByQuestion().has(questionId(u))) && notices() > 0);
    const db = new pg.Client({ connectionString: schema.url });
    await db.connect();
    try {
      for (;;) {
        const [row] = (await db.query('SELECT count(*)::int AS open FROM event_claims WHERE done_at IS NULL')).rows as { open: number }[];
        if (row!.open === 0) break;
        await delay(100);
      }
    } finally {
      await db.end();
    }
    const before = answersByQuestion();

    // Telegram delivers 40 of them again (after a timeout), to another instance: each is acknowledged and skipped.
    await Promise.all(updates.slice(0, 40).map((u, i) => deliver(u, (firstTaker.get(i)! + 1) % INSTANCES)));
    const after = answersByQuestion();
    expect([...after].map(([q, a]) => [q, a.length])).toEqual([...before].map(([q, a]) => [q, a.length]));

    // Every question answered; only what the killed instance had in hand may be answered twice (sent by it, then
    // adopted before it was recorded): how many depends on the machine's speed, never more than it took.
    for (const u of normal) expect(after.get(questionId(u))?.length ?? 0).toBeGreaterThanOrEqual(1);
    const twice = updates.filter((u) => {
      const answers = after.get(questionId(u)) ?? [];
      return answers.length > 1 && !answers.some((t) => t.includes('a lot of questions'));
    });
    const takenByKilled = updates.filter((_, i) => firstTaker.get(i) === 0);
    for (const u of twice) expect(takenByKilled).toContain(u);
    expect(twice.length).toBeLessThanOrEqual(takenByKilled.length);

    // The flooder's limit, 10 a minute, held across the three instances.
    const floodAnswered = flood.filter((u) => after.get(questionId(u))?.some((t) => t.includes('«»')));
    expect(floodAnswered.length).toBeLessThanOrEqual(10);
    expect(floodAnswered.length).toBeGreaterThanOrEqual(8);
    expect(notices()).toBeGreaterThanOrEqual(1);

    // The survivors stop on SIGTERM, promptly and cleanly.
    for (const instance of instances.filter((x) => !x.dead)) {
      instance.child.kill('SIGTERM');
      const [code] = (await once(instance.child, 'exit')) as [number | null];
      instance.dead = true;
      expect(code).toBe(0);
    }
  }, 120_000);
});
