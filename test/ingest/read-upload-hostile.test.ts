import { describe, expect, it } from 'vitest';
import type { IngestLimits } from '../../src/ingest/ingest-limits.js';
import { readUpload, type Upload } from '../../src/ingest/read-upload.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

const LIMITS = { maxBytes: 1_000_000 };
/** Reads on this thread: the worker thread is tested once, in read-off-thread.test.ts. */
const readHere = (file: Upload, limits: IngestLimits) => readUpload(file, limits, { offThread: false });
const EXTENSIONS = ['.txt', '.md', '.html', '.pdf', '.docx', ''];
const utf8 = (text: string) => new TextEncoder().encode(text);
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not be kept
const INVISIBLE_OR_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** Bytes from a fixed-seed generator (a linear congruential one), so that a failure can be repeated. */
function seededBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state >> 23;
  });
}

describe('readUpload on hostile input', () => {
  it.each(Object.entries(HOSTILE_STRINGS))('reads or refuses %s in every file type, never throwing, never keeping invisible or control characters', async (_, text) => {
    for (const extension of EXTENSIONS) {
      const result = await readHere({ name: `${text.slice(0, 50)}${extension}`, bytes: utf8(text) }, LIMITS);
      if (result.ok) {
        for (const field of [result.document.text, result.document.origin, result.document.title ?? '']) expect(field).not.toMatch(INVISIBLE_OR_CONTROL);
      } else {
        expect(result.reason).toMatch(/^(unsupported-type|unreadable-encoding|no-article-text|no-text-layer)$/);
      }
    }
  });

  it('never throws on random bytes, whatever they are called', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const extension of EXTENSIONS) {
        const result = await readHere({ name: `random${extension}`, bytes: seededBytes(seed, 200 + seed * 50) }, LIMITS);
        expect(result.ok === true || typeof result.reason === 'string').toBe(true);
      }
    }
  });

  it('keeps front-matter fields that are safe to show: one line, no direction overrides, a real date, an http(s) link', async () => {
    const file = '---\ntitle: "\u202Eخطة\u200B المياه\\nالجديدة"\noutlet: "  أخبار\u0007 الشرق "\ndate: 2024-02-31\nurl: "javascript:alert(1)"\n---\nأعلن الرئيس خطة جديدة.';
    const result = await readHere({ name: 'water\u202Etxt.md', bytes: utf8(file) }, LIMITS);
    expect(result).toEqual({ ok: true, document: { kind: 'md', origin: 'watertxt.md', title: 'خطة المياه الجديدة', outlet: 'أخبار الشرق', text: 'أعلن الرئيس خطة جديدة.' } });
  });
});
