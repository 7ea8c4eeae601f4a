import { describe, expect, it } from 'vitest';
import type { CallApi } from '../../../adapters/telegram/call-api.js';
import { createFloodControl } from '../../../adapters/telegram/flood.js';
import { PlatformError } from '../../../adapters/telegram/platform-error.js';

const refusal = (code: number, extra: Partial<PlatformError['details']> = {}) =>
  new PlatformError({ method: 'sendMessage', source: 'api', code, description: 'refused', ...extra });

describe('createFloodControl', () => {
  it('waits out retry_after on a 429, then sends', async () => {
    const waits: number[] = [];
    let calls = 0;
    const raw = (async () => {
      calls += 1;
      if (calls === 1) throw refusal(429, { retryAfterSeconds: 3 });
      return { message_id: 1 };
    }) as unknown as CallApi;
    const flood = createFloodControl(raw, { chatMinTimeMs: 0, sleep: async (ms) => void waits.push(ms) });
    await expect(flood.api('sendMessage', { chat_id: 1, text: 'x' })).resolves.toEqual({ message_id: 1 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(2900);
    flood.stop();
  });

  it('gives up after maxRetries and names the method', async () => {
    const raw = (async () => { throw refusal(429, { retryAfterSeconds: 1 }); }) as unknown as CallApi;
    const flood = createFloodControl(raw, { maxRetries: 2, chatMinTimeMs: 0, sleep: async () => {} });
    await expect(flood.api('sendMessage', { chat_id: 1, text: 'x' })).rejects.toThrow(/Telegram refused sendMessage: 429/);
    flood.stop();
  });

  it('resends to the new id of a group that became a supergroup', async () => {
    const chats: unknown[] = [];
    const raw = (async (_m: string, payload: { chat_id: number }) => {
      chats.push(payload.chat_id);
      if (payload.chat_id === -5) throw refusal(400, { migrateToChatId: -1005 });
      return true;
    }) as unknown as CallApi;
    const flood = createFloodControl(raw, { chatMinTimeMs: 0 });
    await flood.api('sendMessage', { chat_id: -5, text: 'x' });
    expect(chats).toEqual([-5, -1005]);
    flood.stop();
  });

  it('spaces messages to one chat but not calls that send nothing', async () => {
    const times: number[] = [];
    const raw = (async () => { times.push(Date.now()); return true; }) as unknown as CallApi;
    const flood = createFloodControl(raw, { chatMinTimeMs: 40 });
    await Promise.all([1, 2, 3].map(() => flood.api('sendMessage', { chat_id: 9, text: 'x' })));
    // Two windows apart (80 ms) in theory; the limiter's window timers may free it a few ms early (a CI run measured
    // 68 ms), so more than one whole window is what proves the spacing: unspaced, the three go out within 1 or 2 ms.
    expect(times[2]! - times[0]!).toBeGreaterThan(40);
    const before = Date.now();
    await Promise.all([1, 2, 3].map(() => flood.api('answerCallbackQuery', { callback_query_id: 'a' })));
    expect(Date.now() - before).toBeLessThan(40);
    flood.stop();
  });

  it('does not retry other refusals', async () => {
    let calls = 0;
    const raw = (async () => { calls += 1; throw refusal(400); }) as unknown as CallApi;
    const flood = createFloodControl(raw);
    await expect(flood.api('sendMessage', { chat_id: 1, text: 'x' })).rejects.toBeInstanceOf(PlatformError);
    expect(calls).toBe(1);
    flood.stop();
  });

  it('holds a group to its messages per minute and refuses what still waits when stopped', async () => {
    const sent: string[] = [];
    const raw = (async (_m: string, payload: { text: string }) => { sent.push(payload.text); return true; }) as unknown as CallApi;
    const flood = createFloodControl(raw, { chatMinTimeMs: 0, groupMessagesPerMinute: 2 });
    const calls = ['a', 'b', 'c'].map((text) => flood.api('sendMessage', { chat_id: -7, text }));
    await Promise.all(calls.slice(0, 2));
    expect(sent).toEqual(['a', 'b']);
    await flood.api('sendMessage', { chat_id: 8, text: 'private' });
    flood.stop();
    await expect(calls[2]).rejects.toThrow(/flood control stopped/);
    expect(sent).toEqual(['a', 'b', 'private']);
  });
});
