import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { SourceDocument } from './document.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, listDocumentFiles, loadDocumentFile, type CorpusWarning } from './load-corpus.js';

/** What changed in the corpus folder since the last look. */
export interface CorpusFolderChange {
  /** Documents of files new or changed (a changed file's document replaces the one served under its id). */
  documents: SourceDocument[];
  /** Ids of documents whose file is gone (or now unusable: see warnings). */
  removed: string[];
  warnings: CorpusWarning[];
}

/** Options of watchCorpusFolder. */
export interface WatchCorpusFolderOptions {
  maxBytes?: number;
  /** Quiet time after a file event before the folder is looked at (a copy arrives in several writes). Default 300 ms. */
  debounceMs?: number;
  /** Look at the folder this often whatever the events say (fs.watch misses events on some file systems). Default 30 s. */
  rescanMs?: number;
  /** Told when looking at the folder failed (it was removed, say); the watch goes on. */
  onError?: (error: Error) => void;
}

/** A running watch of a corpus folder. */
export interface CorpusFolderWatch {
  /** Looks at the folder now; resolves once a change found is handled. */
  rescan(): Promise<void>;
  close(): void;
}

interface FileState {
  size: number;
  mtimeMs: number;
}

const idOf = (name: string) => basename(name, extname(name));

function statesOf(dir: string): Map<string, FileState> {
  const states = new Map<string, FileState>();
  for (const name of listDocumentFiles(dir)) {
    try {
      const { size, mtimeMs } = statSync(join(dir, name));
      states.set(name, { size, mtimeMs });
    } catch {
      // Gone between listing and stat: the next look sees it removed.
    }
  }
  return states;
}

/**
 * Watches the corpus folder for document files dropped in, changed or removed: fs.watch events (debounced) and a
 * periodic look as a fallback both compare each file's size and modification time with the last look, and load
 * (loadDocumentFile, the corpus loader's own) only the files that changed. `onChange` is awaited before the next look.
 */
export function watchCorpusFolder(dir: string, onChange: (change: CorpusFolderChange) => Promise<void>, options: WatchCorpusFolderOptions = {}): CorpusFolderWatch {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let known = statesOf(dir);
  let closed = false;
  let looking: Promise<void> = Promise.resolve();
  const look = async () => {
    const now = statesOf(dir);
    const change: CorpusFolderChange = { documents: [], removed: [], warnings: [] };
    for (const [name, state] of now) {
      const before = known.get(name);
      if (before && before.size === state.size && before.mtimeMs === state.mtimeMs) continue;
      const loaded = loadDocumentFile(dir, name, maxBytes);
      if ('document' in loaded) change.documents.push(loaded.document);
      else {
        change.warnings.push(loaded.warning);
        if (before) change.removed.push(idOf(name));
      }
    }
    for (const name of known.keys()) if (!now.has(name)) change.removed.push(idOf(name));
    known = now;
    if (change.documents.length || change.removed.length || change.warnings.length) await onChange(change);
  };
  const rescan = () => {
    const next = looking.then(() => (closed ? undefined : look()));
    looking = next.catch((error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))));
    return next;
  };
  let debounce: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void rescan().catch(() => undefined), options.debounceMs ?? 300);
    });
    watcher.on('error', (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error as Error); // no events here: the periodic look still sees changes
  }
  const timer = setInterval(() => void rescan().catch(() => undefined), options.rescanMs ?? 30_000);
  timer.unref();
  return {
    rescan,
    close() {
      closed = true;
      clearTimeout(debounce);
      clearInterval(timer);
      watcher?.close();
    },
  };
}
