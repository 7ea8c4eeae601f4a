import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../src/ingest/read-upload.js';

const NEWS_PAGE = readFileSync(new URL('../fixtures/ingest/arabic-news-page.html', import.meta.url));

describe('readUpload in a worker thread (the default)', () => {
  it('reads a page there as on the calling thread', async () => {
    const file = { name: 'water.html', bytes: NEWS_PAGE };
    const here = await readUpload(file, { maxBytes: 1_000_000 }, { offThread: false });
    expect(here.ok).toBe(true);
    expect(await readUpload(file, { maxBytes: 1_000_000 })).toEqual(here);
  }, 30_000);

  it('stops a parse that takes longer than allowed', async () => {
    expect(await readUpload({ name: 'water.html', bytes: NEWS_PAGE }, { maxBytes: 1_000_000 }, { parseTimeoutMs: 1 }))
      .toEqual({ ok: false, reason: 'timeout', detail: 'reading the html file took over 0.001 s' });
  });
});
