import { describe, expect, it } from 'vitest';
import { coalescePerKey, createChatQueues, languageOfTag } from '../../src/index.js';

describe('languageOfTag (the user language every platform reports the same way)', () => {
  it('reads Arabic, Russian and its neighbours, and English for any other tag', () => {
    expect(languageOfTag('ar-EG')).toBe('ar');
    expect(languageOfTag('ru-RU')).toBe('ru');
    expect(languageOfTag('kk')).toBe('ru');
    expect(languageOfTag('uk')).toBe('ru');
    expect(languageOfTag('en-GB')).toBe('en');
    expect(languageOfTag('fr')).toBe('en');
    expect(languageOfTag(undefined)).toBeUndefined();
    expect(languageOfTag(null)).toBeUndefined();
  });
});

describe('createChatQueues (one chat waits only for itself)', () => {
  it('runs one chat in order while another chat goes on, and refuses past the bound', async () => {
    const queues = createChatQueues({ maxQueuedPerChat: 1 });
    const ran: string[] = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const first = queues.push('a', Promise.resolve(true), async () => { await blocked; ran.push('a1'); });
    const second = queues.push('a', Promise.resolve(true), async () => void ran.push('a2'));
    // The running job and one waiting fill chat a: the next is refused.
    expect(queues.push('a', Promise.resolve(true), async () => void ran.push('a3'))).toBeUndefined();
    await queues.push('b', Promise.resolve(true), async () => void ran.push('b1'));
    expect(ran).toEqual(['b1']);
    release();
    await Promise.all([first, second]);
    expect(ran).toEqual(['b1', 'a1', 'a2']);
  });

  it('skips a job whose claim says another instance has it', async () => {
    const queues = createChatQueues();
    const ran: string[] = [];
    await queues.push('a', Promise.resolve(false), async () => void ran.push('skipped'));
    expect(ran).toEqual([]);
    expect(queues.pending).toBe(0);
  });

  it('on stop, drops what waits (each told) and reports it', async () => {
    const queues = createChatQueues();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const dropped: string[] = [];
    void queues.push('a', Promise.resolve(true), () => blocked);
    void queues.push('a', Promise.resolve(true), async () => undefined, () => dropped.push('a2'));
    const stopping = queues.stop(10_000);
    release();
    expect(await stopping).toEqual({ dropped: 1, unfinished: 0 });
    expect(dropped).toEqual(['a2']);
    expect(queues.push('a', Promise.resolve(true), async () => undefined)).toBeUndefined();
  });
});

describe('coalescePerKey (one run per burst)', () => {
  it('runs once per key with the latest value, and once more for a request during a run', async () => {
    const runs: string[] = [];
    let release!: () => void;
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const coalescer = coalescePerKey<number>(async (key, latest) => {
      runs.push(`${key}=${latest}`);
      if (runs.length === 1) {
        running();
        await blocked;
      }
    }, 0);
    coalescer.notify('x', 1);
    coalescer.notify('x', 2);
    await started;
    coalescer.notify('x', 3);
    release();
    await coalescer.idle();
    expect(runs).toEqual(['x=2', 'x=3']);
  });

  it('takes nothing after stop', async () => {
    const runs: number[] = [];
    const coalescer = coalescePerKey<number>(async (_, latest) => void runs.push(latest), 0);
    coalescer.notify('x', 1);
    await coalescer.stop();
    coalescer.notify('x', 2);
    await coalescer.idle();
    expect(runs).toEqual([]);
  });
});
