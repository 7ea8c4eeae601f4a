import { readFile, rename } from 'node:fs/promises';
import type { Logger } from '../log.js';
import type { Conversation } from './conversation.js';

/** Where Discord's recently answered questions were kept before the store had them, under SANAD_DATA_DIR. */
export const RECENT_QUESTIONS_FILE = 'discord-recent-questions.json';

/** One question of the old file: answered publicly in these servers, last at `at`. */
interface OldRecentQuestion {
  question: string;
  at: number;
  guildIds: string[];
}

/**
 * Moves the old recent-questions file into the store, once: each question is remembered in each server it was
 * answered in (for autocomplete) and keyed (so that ➕ buttons made from the file's keys still find it); the file is
 * then renamed `*.imported`. A missing file is the usual case; an unreadable one is logged and left in place.
 */
export async function importRecentQuestions(file: string, conversation: Pick<Conversation, 'rememberQuestion' | 'keyFor'>, log: Pick<Logger, 'info' | 'warn'>): Promise<number> {
  let questions: OldRecentQuestion[];
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { questions?: unknown };
    questions = (Array.isArray(data.questions) ? data.questions : []).filter(
      (q): q is OldRecentQuestion => typeof q?.question === 'string' && typeof q.at === 'number' && Array.isArray(q.guildIds),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ err: error, file }, 'recent questions file not imported');
    return 0;
  }
  for (const q of questions) {
    for (const guildId of q.guildIds) await conversation.rememberQuestion({ platform: 'discord', scopeId: String(guildId) }, q.question, q.at);
    await conversation.keyFor(q.question);
  }
  await rename(file, `${file}.imported`);
  log.info({ file, questions: questions.length }, 'recent questions moved into the store');
  return questions.length;
}
