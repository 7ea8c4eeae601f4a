import { afterAll, describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData, type CallbackAction } from '../../../adapters/telegram/callback-data.js';
import { passageButtonData } from '../../../adapters/telegram/keyboards.js';
import { KeyStore } from '../../../adapters/telegram/key-store.js';
import { join } from 'node:path';
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
    ];
    for (const action of actions) expect(decodeCallbackData(encodeCallbackData(action))).toEqual(action);
  });

  it('refuses data over 64 bytes (Arabic letters take 2)', () => {
    expect(() => encodeCallbackData({ kind: 'passage', language: 'ar', passageId: 'ا'.repeat(30) })).toThrow(RangeError);
  });
});

describe('decodeCallbackData', () => {
  it('reads nothing it did not write', () => {
    for (const data of [undefined, '', 'x', 'p:de:1', 'm:ar:', 'pin:abc', 'q:../../etc', 'k:ar:<b>', 'ا'.repeat(40)]) {
      expect(decodeCallbackData(data)).toBeUndefined();
    }
  });
});

describe('passageButtonData', () => {
  it('uses the stable passage id when it fits, a durable key when it does not', async () => {
    const store = KeyStore.open(join(tempDataDir(), 'k.json'));
    expect(passageButtonData('000_56c35eec2b1c14d3#7', 'ar', store)).toBe('p:ar:000_56c35eec2b1c14d3#7');
    const longId = `${'وثيقة_'.repeat(8)}#3`;
    const data = passageButtonData(longId, 'ar', store);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const action = decodeCallbackData(data);
    expect(action?.kind).toBe('passage_key');
    expect(store.get((action as { key: string }).key)).toBe(longId);
    await store.flush();
  });
});
