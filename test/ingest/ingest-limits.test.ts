import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { DEFAULT_LINK_LIMITS, ingestLimitsOf } from '../../src/ingest/ingest-limits.js';

describe('ingestLimitsOf', () => {
  it('gives the defaults for an empty configuration', () => {
    expect(ingestLimitsOf(readConfig({}))).toEqual({ upload: { maxBytes: DEFAULT_LINK_LIMITS.maxBytes }, link: DEFAULT_LINK_LIMITS });
  });

  it('takes the configured limits, the upload size for links too', () => {
    const config = readConfig({ SANAD_UPLOAD_MAX_BYTES: '2000000', SANAD_LINK_TIMEOUT_MS: '3000', SANAD_LINK_MAX_REDIRECTS: '1', SANAD_LINK_ALLOW_PRIVATE: '10.1.0.0/16' });
    expect(ingestLimitsOf(config)).toEqual({
      upload: { maxBytes: 2_000_000 },
      link: { maxBytes: 2_000_000, timeoutMs: 3000, maxRedirects: 1, allowPrivate: ['10.1.0.0/16'] },
    });
  });
});
