import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Telegraf } from 'telegraf';
import { downloadBytes } from '../../src/index.js';
import type { CallApi } from './call-api.js';
import { TELEGRAM_DOWNLOAD_MAX_BYTES } from './limits.js';

/**
 * Downloads a file sent to the bot: getFile (through the flood-limited API), then its file link, which telegraf
 * builds on TELEGRAM_API_ROOT (`<root>/file/bot<token>/<path>`); a local Bot API server in --local mode gives an
 * absolute path instead, read from disk. At most TELEGRAM_DOWNLOAD_MAX_BYTES.
 */
export function fileDownloader(bot: Telegraf, api: CallApi): (fileId: string) => Promise<Uint8Array> {
  return async (fileId) => {
    const file = await api('getFile', { file_id: fileId });
    const link = await bot.telegram.getFileLink(file);
    if (link.protocol === 'file:') return readFile(fileURLToPath(link));
    return downloadBytes(link, { maxBytes: TELEGRAM_DOWNLOAD_MAX_BYTES });
  };
}
