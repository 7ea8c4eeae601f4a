import { afterAll, describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData, type CallbackAction } from '../../../adapters/telegram/callback-data.js';
import { passageButtonData } from '../../../adapters/telegram/keyboards.js';
import { openStore } from '../../../src/store/open-store.js';
import { removeTempDataDirs, tempDataDir } from './harness.js';

afterAll(removeTempDataDirs);

describe('encodeCallbackData', () => {
  it('round-trips every action', () => {
    const actions: CallbackAction[] = [
      { kind: 'passage', language: 'ar', passageId: '000_56c35eec2b1c14d3#7' },
      { kind: 'passage_key', language: 'en', key: 'AbC_12-xyz90' },
      { kind: 'more', language: 'ru', key: 'AbC_12-xyz90' },
      { kind: 'ask', key: 'AbC_12-xyz90' },
      { kind: 'pin' },
      { kind: 'pin', messageId: 123456 },
      { kind: 'vote', answerId: 42, value: 1 },
      { kind: 'vote', answerId: 987654321, value: -1 },
      { kind: 'fresh', language: 'ar', key: 'AbC_12-xyz90' },
      { kind: 'more_of', language: 'en', answerId: 31337 },
      { kind: 'more_of', language: 'ru' },
      { kind: 'vote', value: -1 },
    ];
    for (const action of actions) expect(decodeCallbackData(encodeCallbackData(action))).toEqual(action);
  });

  it('refuses data over 64 bytes (Arabic letters take 2)', () => {
    expect(() => encodeCallbackData({ kind: 'passage', language: 'ar', passageId: 'ا'.repeat(30) })).toThrow(RangeError);
  });
});

describe('decodeCallbackData', () => {
  it('reads nothing it did not write', () => {
    for (const data of [undefined, '', 'x', 'p:de:1', 'm:ar:', 'pin:abc', 'q:../../etc', 'k:ar:<b>', 'v:1:x', 'v:abc:u', 'f:ar:', 'ma:en:12ab', 'ma:xx:12', 'ا'.repeat(40)]) {
      expect(decodeCallbackData(data)).toBeUndefined();
    }
  });
});

describe('passageButtonData', () => {
  it('uses the stable passage id when it fits, a durable key when it does not', async () => {
    const dataDir = tempDataDir();
    const store = await openStore({ dataDir });
    expect(await passageButtonData('000_56c35eec2b1c14d3#7', 'ar', store)).toBe('p:ar:000_56c35eec2b1c14d3#7');
    const longId = `${'وثيقة_'.repeat(8)}#3`;
    const data = await passageButtonData(longId, 'ar', store);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const action = decodeCallbackData(data);
    expect(action?.kind).toBe('passage_key');
    await store.close();
    // The key outlives the process that made it.
    const reopened = await openStore({ dataDir });
    expect(await reopened.getKey((action as { key: string }).key)).toBe(longId);
    await reopened.close();
  });
});
