import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextLines } from '../../src/documents/read-text-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'sanad-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextLines', () => {
  it('splits a file as String.split does, across chunks and lines longer than a chunk', () => {
    const long = 'وزير '.repeat(2_000_000);
    const texts = ['', '\n', 'one', 'one\ntwo\n', `سند\n${long}\n\nlast`, `${'a\n'.repeat(3_000_000)}🙂`];
    texts.forEach((text, i) => {
      const file = join(dir, `f${i}`);
      writeFileSync(file, text);
      const lines = readTextLines(file);
      // Compared whole (toEqual over millions of lines is slow): as many lines, and the same text between them.
      expect(lines.length).toBe(text.split('\n').length);
      expect(lines.join('\n')).toBe(text);
    });
  });
});
