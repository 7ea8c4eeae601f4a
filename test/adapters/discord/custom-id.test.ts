import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, type ButtonAction } from '../../../adapters/discord/custom-id.js';

describe('encodeCustomId', () => {
  it('round-trips every action through a custom_id of at most 100 characters', () => {
    const actions: ButtonAction[] = [{ kind: 'pin' }, { kind: 'passage', passageId: '000_56c35eec2b1c14d3#7' }, { kind: 'more', key: 'mBgAe73-ZuohNhK4' }];
    for (const action of actions) {
      const id = encodeCustomId(action)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeCustomId(id)).toEqual(action);
    }
  });

  it('refuses what would not fit Discord\'s 100 characters', () => {
    expect(encodeCustomId({ kind: 'passage', passageId: `${'x'.repeat(100)}#1` })).toBeUndefined();
  });
});

describe('decodeCustomId', () => {
  it('ignores custom_ids it did not write', () => {
    for (const id of ['', 'kz:', 'kz:x:1', 'other:pin', 'kz:p:']) expect(decodeCustomId(id)).toBeUndefined();
  });
});
