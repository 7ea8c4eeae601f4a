import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A question the bot answered, kept for autocomplete and for the "more sources" button. */
export interface RecentQuestion {
  /** Stable key (see recentQuestionKey); ➕ buttons sent before the store carried it. */
  key: string;
  question: string;
  /** When it was last answered, ms since the epoch. */
  at: number;
  /** Servers where it was answered publicly; autocomplete offers it there only. Private answers add none. */
  guildIds: string[];
}

/** Options of RecentQuestions. */
export interface RecentQuestionsOptions {
  /** JSON file that keeps the questions across restarts. Default: none (memory only). */
  file?: string;
  /** Questions kept, newest first. Default 200. */
  maxQuestions?: number;
  /** Servers remembered per question. Default 20. */
  maxGuildsPerQuestion?: number;
  /** Called when the file cannot be read or written; the store keeps working in memory. Default: ignore. */
  onError?: (error: unknown) => void;
  /** Clock. Default Date.now. */
  now?: () => number;
}

/** Default options of RecentQuestions. */
export const DEFAULT_RECENT_QUESTIONS_OPTIONS = { maxQuestions: 200, maxGuildsPerQuestion: 20 };
const FILE_VERSION = 1;

/** A recent question's key (16 base64url characters of its SHA-256); not the core's normalised questionKey. */
export function recentQuestionKey(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 16);
}

function parseFile(text: string): RecentQuestion[] {
  const data = JSON.parse(text) as { version?: unknown; questions?: unknown };
  if (data.version !== FILE_VERSION || !Array.isArray(data.questions)) throw new Error('recent questions file: unknown format');
  return data.questions.filter(
    (q): q is RecentQuestion =>
      typeof q?.key === 'string' && typeof q.question === 'string' && typeof q.at === 'number' && Array.isArray(q.guildIds) &&
      q.guildIds.every((g: unknown) => typeof g === 'string'),
  );
}

let tmpCounter = 0;

/**
 * Questions the bot answered lately, in memory and in a small JSON file written atomically (temporary file, then
 * rename). Each write merges what is on disk, so shards sharing the file keep each other's questions.
 */
export class RecentQuestions {
  private questions: RecentQuestion[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly options: RecentQuestionsOptions & typeof DEFAULT_RECENT_QUESTIONS_OPTIONS;

  constructor(options: RecentQuestionsOptions = {}) {
    this.options = { ...DEFAULT_RECENT_QUESTIONS_OPTIONS, ...options };
  }

  /** A store filled from its file, if the file exists and reads; a missing or broken file gives an empty store. */
  static load(options: RecentQuestionsOptions = {}): RecentQuestions {
    const store = new RecentQuestions(options);
    if (options.file) {
      try {
        store.questions = store.merge(parseFile(readFileSync(options.file, 'utf8')));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onError?.(error);
      }
    }
    return store;
  }

  /** Remembers an answered question (publicly in guildId, when given) and returns its key. */
  remember(question: string, guildId?: string | null): string {
    const key = recentQuestionKey(question);
    const old = this.questions.find((q) => q.key === key);
    const guildIds = [...new Set([...(guildId ? [guildId] : []), ...(old?.guildIds ?? [])])].slice(0, this.options.maxGuildsPerQuestion);
    this.questions = this.merge([{ key, question, at: (this.options.now ?? Date.now)(), guildIds }]);
    if (this.options.file) this.writing = this.writing.then(() => this.write()).catch((error) => this.options.onError?.(error));
    return key;
  }

  /** The question with this key, if still kept. */
  get(key: string): RecentQuestion | undefined {
    return this.questions.find((q) => q.key === key);
  }

  /** Questions answered publicly in a server, newest first. */
  inGuild(guildId: string | null | undefined): string[] {
    return guildId ? this.questions.filter((q) => q.guildIds.includes(guildId)).map((q) => q.question) : [];
  }

  /** Resolves once every write started so far has finished. */
  flush(): Promise<void> {
    return this.writing;
  }

  /** Union of the kept questions and `incoming` by key (newest wins, server lists joined), newest first, capped. */
  private merge(incoming: readonly RecentQuestion[]): RecentQuestion[] {
    const byKey = new Map<string, RecentQuestion>();
    for (const q of [...incoming, ...this.questions]) {
      const seen = byKey.get(q.key);
      if (!seen) byKey.set(q.key, { ...q, guildIds: [...q.guildIds] });
      else {
        seen.at = Math.max(seen.at, q.at);
        seen.guildIds = [...new Set([...seen.guildIds, ...q.guildIds])].slice(0, this.options.maxGuildsPerQuestion);
      }
    }
    return [...byKey.values()].sort((a, b) => b.at - a.at).slice(0, this.options.maxQuestions);
  }

  private async write(): Promise<void> {
    const file = this.options.file!;
    try {
      this.questions = this.merge(parseFile(await readFile(file, 'utf8')));
    } catch {
      // No file yet, or one from another version: this write replaces it.
    }
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
    await writeFile(tmp, `${JSON.stringify({ version: FILE_VERSION, questions: this.questions })}\n`, 'utf8');
    await rename(tmp, file);
  }
}
