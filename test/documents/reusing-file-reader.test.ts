import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReusingFileReader } from '../../src/documents/reusing-file-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'sanad-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ReusingFileReader', () => {
  it('reads whole files of any size, small after large, into its one buffer', () => {
    const reader = new ReusingFileReader();
    const large = Buffer.alloc(3 * (1 << 20) + 7, 'وزير ');
    const files = { empty: Buffer.alloc(0), small: Buffer.from('سند sanad'), large, again: Buffer.from('after') };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    for (const [name, bytes] of Object.entries(files)) expect(reader.read(join(dir, name)).equals(bytes)).toBe(true);
  });

  it('throws as readFileSync does for a missing file', () => {
    expect(() => new ReusingFileReader().read(join(dir, 'missing'))).toThrow('ENOENT');
  });
});
