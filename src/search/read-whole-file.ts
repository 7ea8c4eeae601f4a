import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { IndexFormatError } from './bm25-format.js';

/** Most bytes one read call takes (readFileSync refuses files over 2 GiB; a saved index of a million passages nears that). */
const READ_CHUNK_BYTES = 1 << 30;

/** A whole file in one Buffer of its own memory, read in chunks, whatever its size (up to Buffer's own limit). */
export function readWholeFile(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafeSlow(size);
    for (let at = 0; at < size;) {
      const read = readSync(fd, buffer, at, Math.min(READ_CHUNK_BYTES, size - at), at);
      if (read === 0) throw new IndexFormatError('index is truncated');
      at += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}
