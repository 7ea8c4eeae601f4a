/** Options of downloadBytes. */
export interface DownloadOptions {
  /** Larger answers are refused while reading (a stated Content-Length at once). */
  maxBytes: number;
  /** The whole download, in ms. Default DOWNLOAD_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** How long downloading a platform's file may take, in ms. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/** The platform's file could not be downloaded (an HTTP error, too big, too slow). */
export class DownloadError extends Error {
  override name = 'DownloadError';
  /** 'too-big': over the size limit (the refusal then names it); 'failed': anything else. */
  constructor(message: string, readonly reason: 'too-big' | 'failed' = 'failed') {
    super(message);
  }
}

/**
 * Downloads a file a platform hands out (Telegram's file link, a Discord attachment URL) within a size and time
 * limit. For platform files only: links that maintainers send are fetched by the reader, with its address checks.
 */
export async function downloadBytes(url: string | URL, options: DownloadOptions): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok || !response.body) throw new DownloadError(`HTTP ${response.status}`);
  const stated = Number(response.headers.get('content-length') ?? NaN);
  if (stated > options.maxBytes) {
    await response.body.cancel();
    throw new DownloadError(`${stated} bytes > ${options.maxBytes} bytes`, 'too-big');
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > options.maxBytes) throw new DownloadError(`over ${options.maxBytes} bytes`, 'too-big');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
