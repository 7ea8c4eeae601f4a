import { afterAll, describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData, type CallbackAction } from '../../../adapters/telegram/callback-data.js';
import { keyboardOf } from '../../../adapters/telegram/render.js';
import { answerReply, openStore, type Reply } from '../../../src/index.js';
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
      { kind: 'listen', mode: 'questions' },
      { kind: 'listen', mode: 'commands' },
      { kind: 'passages', language: 'en', answerId: 31337 },
      { kind: 'passages', language: 'ar' },
    ];
    for (const action of actions) expect(decodeCallbackData(encodeCallbackData(action))).toEqual(action);
  });

  it('refuses data over 64 bytes (Arabic letters take 2)', () => {
    expect(() => encodeCallbackData({ kind: 'passage', language: 'ar', passageId: 'ا'.repeat(30) })).toThrow(RangeError);
  });
});

describe('decodeCallbackData', () => {
  it('reads nothing it did not write', () => {
    for (const data of [undefined, '', 'x', 'p:de:1', 'm:ar:', 'pin:abc', 'q:../../etc', 'k:ar:<b>', 'v:1:x', 'v:abc:u', 'f:ar:', 'ma:en:12ab', 'ma:xx:12', 'd:de', 'd:en:1x', 'd:ru:1:2', 'ا'.repeat(40)]) {
      expect(decodeCallbackData(data)).toBeUndefined();
    }
  });
});

describe('📄 button data', () => {
  it('uses the stable passage id when it fits, a durable key when it does not', async () => {
    const dataDir = tempDataDir();
    const store = await openStore({ dataDir });
    const longId = `${'وثيقة_'.repeat(8)}#3`;
    // Replies no longer carry a button a passage, but such buttons under older answers still work.
    const reply: Reply = { language: 'ar', tone: 'answer', blocks: [], actions: [
      { kind: 'passage', passageId: '000_56c35eec2b1c14d3#7', label: '①' }, { kind: 'passage', passageId: longId, label: '②' },
    ] };
    const markup = await keyboardOf(reply, { keyFor: (value) => store.putKey(value) });
    const [direct, keyed] = markup!.inline_keyboard[0]!.map((b) => ('callback_data' in b ? b.callback_data : ''));
    expect(direct).toBe('p:ar:000_56c35eec2b1c14d3#7');
    expect(Buffer.byteLength(keyed!)).toBeLessThanOrEqual(64);
    const action = decodeCallbackData(keyed);
    expect(action?.kind).toBe('passage_key');
    await store.close();
    // The key outlives the process that made it.
    const reopened = await openStore({ dataDir });
    expect(await reopened.getKey((action as { key: string }).key)).toBe(longId);
    await reopened.close();
  });
});

describe('decodeCallbackData: listening choices', () => {
  it('refuses a mode it does not know', () => {
    expect(decodeCallbackData('ls:everything')).toBeUndefined();
    expect(decodeCallbackData('ls:questions:extra')).toBeUndefined();
  });
});

describe('📄 button of a short answer', () => {
  it('carries the recorded answer\'s id and language, within 64 bytes', async () => {
    const reply = answerReply({
      question: 'q', language: 'ru', status: 'answered', quote: [{ text: 'x', highlights: [], citations: [1] }], sources: [{ n: 1, docId: 'd', title: 't' }],
      passages: [{ rank: 1, score: 1, passageId: 'd#1', docId: 'd', title: 't', text: 'x', highlights: [], citations: [1] },
        { rank: 2, score: 1, passageId: 'd#2', docId: 'd', title: 't', text: 'y', highlights: [], citations: [1] }],
    });
    const markup = await keyboardOf(reply, { answerId: 987654321012345, keyFor: async () => undefined });
    const data = markup!.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));
    expect(data).toEqual(['d:ru:987654321012345']);
    expect(decodeCallbackData(data[0])).toEqual({ kind: 'passages', language: 'ru', answerId: 987654321012345 });
  });
});

describe('callback data of the 👎 reasons and the digest\'s dismiss buttons', () => {
  it('round-trips within 64 bytes and refuses forged reasons, ids and keys', () => {
    const actions: CallbackAction[] = [
      { kind: 'reason', answerId: 999_999_999_999_999, reason: 'wrong_passage' }, { kind: 'reason', answerId: 7, reason: 'other' },
      { kind: 'dismiss', item: { kind: 'disliked', answerId: 999_999_999_999_999 } }, { kind: 'dismiss', item: { kind: 'unanswered', key: 'A'.repeat(43) } },
    ];
    for (const action of actions) expect(decodeCallbackData(encodeCallbackData(action))).toEqual(action);
    for (const forged of ['r:7:z', 'r:x:w', 'r:7', 'x:u:bad key!', 'x:d:12a', 'x:q:123456']) expect(decodeCallbackData(forged)).toBeUndefined();
  });
});
