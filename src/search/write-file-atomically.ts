import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes in flight in this process: each goes to a partial file of its own. */
let writes = 0;

/**
 * Writes `bytes` to `file` without ever leaving half a file under that name: to a partial file beside it, then
 * renamed (a process killed mid-write leaves only the partial file). Asynchronous, so a bot answers meanwhile.
 * Rejects when the write fails, the partial file removed.
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${writes++}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}
