import { describe, expect, it } from 'vitest';
import { createLifecycle } from '../../bin/lifecycle.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A lifecycle whose exit only records the code (and never returns, as process.exit). */
function lifecycleWithExits(duplicateSignalMs = 0): { lifecycle: ReturnType<typeof createLifecycle>; exits: number[] } {
  const exits: number[] = [];
  const lifecycle = createLifecycle(quiet, ((code: number) => {
    exits.push(code);
    return undefined as never;
  }) as (code: number) => never, duplicateSignalMs);
  return { lifecycle, exits };
}

describe('createLifecycle', () => {
  it('on a signal aborts start-up, runs the stop steps last-registered first, then exits 0', async () => {
    const { lifecycle, exits } = lifecycleWithExits();
    const order: string[] = [];
    lifecycle.onStop('ops server', () => void order.push('ops server'));
    lifecycle.onStop('store', async () => void order.push('store'));
    lifecycle.onStop('bot', () => void order.push('bot'));
    process.emit('SIGTERM', 'SIGTERM');
    expect(lifecycle.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    lifecycle.dispose();
    expect(order).toEqual(['bot', 'store', 'ops server']);
    expect(exits).toEqual([0]);
  });

  it('exits at once on a second signal, while the first stop still waits', async () => {
    const { lifecycle, exits } = lifecycleWithExits();
    lifecycle.onStop('a bot that never stops', () => new Promise<void>(() => {}));
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGINT', 'SIGINT');
    lifecycle.dispose();
    expect(exits).toEqual([130]);
  });

  it('takes the same signal twice at once (Ctrl-C on npm start: the terminal and npm) as one request', async () => {
    const { lifecycle, exits } = lifecycleWithExits(500);
    lifecycle.onStop('a bot that takes a moment', () => new Promise<void>((resolve) => setTimeout(resolve, 20)));
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 50));
    lifecycle.dispose();
    expect(exits).toEqual([0]);
  });
});
