import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Options of KeyStore.open. */
export interface KeyStoreOptions {
  /** Most entries kept; the oldest are dropped first. Default 20,000 (about 2 MB of questions). */
  maxEntries?: number;
  /** Told about an unreadable file or a failed write; the store keeps working in memory. Default: ignore. */
  onError?: (error: unknown) => void;
}

/** Defaults of KeyStoreOptions. */
export const DEFAULT_KEY_STORE_OPTIONS: Required<KeyStoreOptions> = { maxEntries: 20_000, onError: () => {} };

/** Version of the file format; a file of another version is not read. */
export const KEY_STORE_FORMAT_VERSION = 1;

interface KeyStoreFile {
  version: number;
  entries: [string, string][];
}

/** A short, stable key for a value: the start of its SHA-256, in base64url (fits callback_data and deep links). */
function keyOf(value: string, length: number): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, length);
}

/**
 * A small durable map from short keys to longer values (questions behind buttons and deep links). Reads the file
 * once at start; every change is written to a temporary file then renamed over the old one, so a crash never
 * leaves a half-written file.
 */
export class KeyStore {
  private dirty = false;
  private writing?: Promise<void>;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, string>,
    private readonly options: Required<KeyStoreOptions>,
  ) {}

  /** Opens (or starts) the store kept in `file`. */
  static open(file: string, options: KeyStoreOptions = {}): KeyStore {
    const merged = { ...DEFAULT_KEY_STORE_OPTIONS, ...options };
    const entries = new Map<string, string>();
    try {
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as KeyStoreFile;
        if (data.version !== KEY_STORE_FORMAT_VERSION || !Array.isArray(data.entries)) throw new Error(`${file}: not a key store of version ${KEY_STORE_FORMAT_VERSION}`);
        for (const [key, value] of data.entries) if (typeof key === 'string' && typeof value === 'string') entries.set(key, value);
      }
    } catch (error) {
      merged.onError(error);
    }
    return new KeyStore(file, entries, merged);
  }

  /** The key of a value, storing it when new. The same value always gets the same key. */
  put(value: string): string {
    for (let length = 12; ; length += 4) {
      const key = keyOf(value, length);
      const known = this.entries.get(key);
      if (known === value) return key;
      if (known === undefined) {
        this.entries.set(key, value);
        while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        this.scheduleWrite();
        return key;
      }
    }
  }

  /** The value behind a key, if known. */
  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  /** Resolves once every change so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private scheduleWrite(): void {
    this.dirty = true;
    this.writing ??= (async () => {
      while (this.dirty) {
        this.dirty = false;
        await this.writeNow();
      }
    })()
      .catch((error: unknown) => this.options.onError(error))
      .finally(() => {
        this.writing = undefined;
        if (this.dirty) this.scheduleWrite();
      });
  }

  private async writeNow(): Promise<void> {
    const data: KeyStoreFile = { version: KEY_STORE_FORMAT_VERSION, entries: [...this.entries] };
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    try {
      await writeFile(temporary, JSON.stringify(data), 'utf8');
      await rename(temporary, this.file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
