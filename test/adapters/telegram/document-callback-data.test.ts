import { describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData } from '../../../adapters/telegram/callback-data.js';
import type { DocumentActionOp } from '../../../src/index.js';

const OPS: DocumentActionOp[] = ['add', 'cancel', 'correct', 'remove', 'confirm-remove', 'keep'];

describe('document buttons in callback_data', () => {
  it.each(OPS)('round-trips %s with a 43-character key or a document id, within 64 bytes', (op) => {
    for (const ref of ['A'.repeat(43), 'added-0123456789ab', '000_56c35eec2b1c14d3']) {
      const data = encodeCallbackData({ kind: 'document', op, ref });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeCallbackData(data)).toEqual({ kind: 'document', op, ref });
    }
  });

  it('ignores document data it did not write', () => {
    for (const data of ['dc:', 'dc:a:', 'dc:z:abc', 'dc:a:has space', 'dc:a:<b>', 'dc:a:ab:cd']) expect(decodeCallbackData(data)).toBeUndefined();
  });
});
