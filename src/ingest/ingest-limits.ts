import type { Config } from '../config.js';

/** Limits on reading an upload. */
export interface IngestLimits {
  /** Larger files are refused unread ('too-big'). */
  maxBytes: number;
}

/** Limits on reading a link. */
export interface LinkLimits extends IngestLimits {
  /** The whole fetch, redirects included, must finish within this ('timeout'). */
  timeoutMs: number;
  /** Redirects followed at most ('too-many-redirects' past it). */
  maxRedirects: number;
  /**
   * Private, loopback and other non-public addresses that may be fetched anyway: CIDR ranges (`10.1.0.0/16`),
   * single addresses (`127.0.0.1`) or host names (`intranet.example`). Empty: none.
   */
  allowPrivate: readonly string[];
}

/** Defaults: a news article is tens of kilobytes; a PDF with pictures a few megabytes. */
export const DEFAULT_LINK_LIMITS: LinkLimits = { maxBytes: 10_000_000, timeoutMs: 10_000, maxRedirects: 5, allowPrivate: [] };

/** The upload and link limits of a configuration (SANAD_UPLOAD_MAX_BYTES, SANAD_LINK_*). */
export function ingestLimitsOf(config: Pick<Config, 'SANAD_UPLOAD_MAX_BYTES' | 'SANAD_LINK_TIMEOUT_MS' | 'SANAD_LINK_MAX_REDIRECTS' | 'SANAD_LINK_ALLOW_PRIVATE'>): {
  upload: IngestLimits;
  link: LinkLimits;
} {
  return {
    upload: { maxBytes: config.SANAD_UPLOAD_MAX_BYTES },
    link: {
      maxBytes: config.SANAD_UPLOAD_MAX_BYTES,
      timeoutMs: config.SANAD_LINK_TIMEOUT_MS,
      maxRedirects: config.SANAD_LINK_MAX_REDIRECTS,
      allowPrivate: config.SANAD_LINK_ALLOW_PRIVATE,
    },
  };
}
