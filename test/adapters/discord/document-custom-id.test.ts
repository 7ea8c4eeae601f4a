import { describe, expect, it } from 'vitest';
import { correctionFormId, decodeCustomId, encodeCustomId, keyOfCorrectionForm } from '../../../adapters/discord/custom-id.js';
import type { DocumentActionOp } from '../../../src/index.js';

const OPS: DocumentActionOp[] = ['add', 'cancel', 'correct', 'remove', 'confirm-remove', 'keep'];

describe('document buttons in custom_id', () => {
  it.each(OPS)('round-trips %s', (op) => {
    const id = encodeCustomId({ kind: 'document', op, ref: 'added-0123456789ab' })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id)).toEqual({ kind: 'document', op, ref: 'added-0123456789ab' });
  });

  it('reads the correction form of a preview back to its key, and nothing else', () => {
    expect(keyOfCorrectionForm(correctionFormId('mBgAe73-ZuohNhK4'))).toBe('mBgAe73-ZuohNhK4');
    for (const id of ['kz:dm:', 'kz:dm:a b', 'kz:dc:add:x', 'other:dm:abc']) expect(keyOfCorrectionForm(id)).toBeUndefined();
    for (const id of ['kz:dc:drop:abc', 'kz:dc:add:', 'kz:dc:add:a b']) expect(decodeCustomId(id)).toBeUndefined();
  });
});
