import type { IngestRefusal, IngestRefusalReason } from './extracted-document.js';

/** A refusal with an optional short technical detail. */
export function refuse(reason: IngestRefusalReason, detail?: string): IngestRefusal {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}

/** A byte count as people read it: "12.4 MB", "800 kB", "512 bytes" (decimal units, as the limits are written). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1).replace(/\.0$/, '')} kB`;
  return `${bytes} bytes`;
}

/** The 'too-big' refusal: "12.4 MB > 10 MB" (or "more than 10 MB" when the size is not known, a stream cut short). */
export function refuseTooBig(maxBytes: number, size?: number): IngestRefusal {
  return refuse('too-big', size === undefined ? `more than ${formatBytes(maxBytes)}` : `${formatBytes(size)} > ${formatBytes(maxBytes)}`);
}

/** The first line of an error's message, for a refusal's detail (never a stack). */
export function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
