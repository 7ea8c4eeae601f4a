import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, type ButtonAction } from '../../../adapters/discord/custom-id.js';

describe('encodeCustomId', () => {
  it('round-trips every action through a custom_id of at most 100 characters', () => {
    const actions: ButtonAction[] = [
      { kind: 'pin' }, { kind: 'passage', passageId: '000_56c35eec2b1c14d3#7', language: 'ar' }, { kind: 'more', answerId: 31337, language: 'ru' },
      { kind: 'more_key', key: 'mBgAe73-ZuohNhK4' }, { kind: 'vote', answerId: 42, value: 1 }, { kind: 'vote', answerId: 999_999_999_999_999, value: -1 },
      { kind: 'fresh', key: 'Zk3_9aQ-xY2b' },
      { kind: 'listen', mode: 'ask-channel', forum: false, channelId: '1234567890123456789' }, { kind: 'listen', mode: 'forum', forum: true, channelId: '98765432109876543' },
      { kind: 'fresh', key: 'Zk3_9aQ-xY2b' }, { kind: 'passages', answerId: 999_999_999_999_999, language: 'en' }, { kind: 'passages', answerId: 5 },
    ];
    for (const action of actions) {
      const id = encodeCustomId(action)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeCustomId(id)).toEqual(action);
    }
  });

  it('refuses what would not fit Discord\'s 100 characters', () => {
    expect(encodeCustomId({ kind: 'passage', passageId: `${'x'.repeat(100)}#1`, language: 'en' })).toBeUndefined();
  });
});

describe('decodeCustomId', () => {
  it('still reads the buttons of earlier versions: a passage without its language, ➕ by stored key', () => {
    expect(decodeCustomId('kz:p:000_56c35eec2b1c14d3#7')).toEqual({ kind: 'passage', passageId: '000_56c35eec2b1c14d3#7' });
    expect(decodeCustomId('kz:m:mBgAe73-ZuohNhK4')).toEqual({ kind: 'more_key', key: 'mBgAe73-ZuohNhK4' });
  });

  it('ignores custom_ids it did not write', () => {
    for (const id of ['', 'kz:', 'kz:x:1', 'other:pin', 'kz:p:', 'kz:f:', 'kz:ma:en:', 'kz:ma:xx:1', 'kz:d:en:', 'kz:d:xx:1', 'kz:d:en:1x']) expect(decodeCustomId(id)).toBeUndefined();
  });

  it('reads a vote only with a whole answer id and u or d', () => {
    expect(decodeCustomId('kz:v:7:u')).toEqual({ kind: 'vote', answerId: 7, value: 1 });
    for (const id of ['kz:v:7:x', 'kz:v::u', 'kz:v:1e3:u', 'kz:v:-7:d', 'kz:v:7', `kz:v:${'9'.repeat(16)}:u`]) expect(decodeCustomId(id)).toBeUndefined();
  });
});

describe('decodeCustomId: listening choices', () => {
  it('refuses a mode it does not know and a channel that is not an id', () => {
    expect(decodeCustomId('kz:ls:everything:t:123456789012345678')).toBeUndefined();
    expect(decodeCustomId('kz:ls:thread:t:#general')).toBeUndefined();
    expect(decodeCustomId('kz:ls:thread:x:123456789012345678')).toBeUndefined();
  });
});

describe('custom_id of the 👎 reasons and the digest\'s dismiss buttons', () => {
  it('round-trips and refuses forged reasons, ids and keys', () => {
    const actions: ButtonAction[] = [
      { kind: 'reason', answerId: 999_999_999_999_999, reason: 'not_answered' }, { kind: 'reason', answerId: 7, reason: 'outdated' },
      { kind: 'dismiss', item: { kind: 'disliked', answerId: 42 } }, { kind: 'dismiss', item: { kind: 'unanswered', key: 'mBgAe73-ZuohNhK4' } },
    ];
    for (const action of actions) expect(decodeCustomId(encodeCustomId(action)!)).toEqual(action);
    for (const forged of ['kz:r:7:bogus', 'kz:r:x:other', 'kz:x:u:bad key!', 'kz:x:d:12a']) expect(decodeCustomId(forged)).toBeUndefined();
  });
});
