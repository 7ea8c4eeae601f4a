import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../log.js';
import type { Reply } from '../reply/reply.js';
import type { Platform, Store } from '../store/store.js';
import type { ChatNote } from './documents-list.js';

/** Posts one note in a chat of its platform (the platform's bot registers one). */
export type NoteSender = (note: ChatNote) => Promise<void>;

/** How often a process running a platform's bot looks for notes other processes queued for it. */
export const NOTE_POLL_MS = 5_000;
/** How long a claimed note is this process's to post before another may take it (it died meanwhile). */
export const NOTE_LEASE_MS = 60_000;
/** Longest wait, when a bot stops, for a look at the queue under way (a hung database must not hold the stop up). */
const STOP_WAIT_MS = 2_000;
/** Notes claimed at a time. */
const NOTES_PER_CLAIM = 20;

/**
 * Where notes to other chats go (a removed document's dropped pins): each running bot registers a sender for its
 * platform. A note for a platform with a bot in this process is sent at once; one for a platform whose bot runs in
 * another process (a Discord shard, or Telegram and Discord run as two services) is queued in the store, and that
 * process posts it when it next looks (every NOTE_POLL_MS). Without a store to share (the terminal chat), such a note
 * is handed back for the caller to log.
 */
export interface ChatNotes {
  /**
   * Registers the sender of a platform (and starts taking that platform's queued notes); returns the call that
   * unregisters it, which resolves once a look at the queue under way has finished (the bot stopping waits for it,
   * STOP_WAIT_MS at most; a note it was posting is then posted again once its lease lapses).
   */
  register(platform: Platform, sender: NoteSender): () => Promise<void>;
  /** Sends each note through its platform's sender here, or queues it for another process; resolves to what neither took and what failed. */
  deliver(notes: readonly ChatNote[]): Promise<{ undelivered: ChatNote[]; failed: { note: ChatNote; error: unknown }[]; queued: number }>;
}

/** Options of createChatNotes. */
export interface ChatNotesOptions {
  /** The store shared with the other processes; none: notes for platforms not run here are handed back. */
  store?: Store;
  log?: Pick<Logger, 'warn' | 'debug'>;
  now?: () => number;
  /** How often queued notes are looked for, in ms. Default NOTE_POLL_MS. */
  pollMs?: number;
}

export function createChatNotes({ store, log, now = Date.now, pollMs = NOTE_POLL_MS }: ChatNotesOptions = {}): ChatNotes {
  const senders = new Map<Platform, NoteSender>();

  /** Posts the queued notes of a platform this process runs; a note that fails is tried again once its lease lapses. */
  const postQueued = async (platform: Platform, sender: NoteSender): Promise<void> => {
    const at = now();
    const claimed = await store!.claimNotes(platform, at, at + NOTE_LEASE_MS, NOTES_PER_CLAIM);
    for (const { id, chatId, body } of claimed) {
      try {
        await sender({ platform, chatId, reply: JSON.parse(body) as Reply });
        await store!.finishNote(id, now());
      } catch (error) {
        log?.warn({ err: error, platform, chatId }, 'queued note not sent; tried again later');
      }
    }
  };

  return {
    register(platform, sender) {
      senders.set(platform, sender);
      let polling: Promise<void> = Promise.resolve();
      const poll = () => {
        // One look at a time: a slow store or platform never stacks them up.
        polling = polling.then(() => postQueued(platform, sender)).catch((error: unknown) => log?.debug({ err: error, platform }, 'queued notes not read; looking again later'));
      };
      const timer = store ? setInterval(poll, pollMs) : undefined;
      timer?.unref();
      if (store) poll();
      return async () => {
        if (timer) clearInterval(timer);
        if (senders.get(platform) === sender) senders.delete(platform);
        await Promise.race([polling, delay(STOP_WAIT_MS, undefined, { ref: false })]);
      };
    },
    async deliver(notes) {
      const undelivered: ChatNote[] = [];
      const failed: { note: ChatNote; error: unknown }[] = [];
      const elsewhere: ChatNote[] = [];
      for (const note of notes) {
        const sender = senders.get(note.platform);
        if (sender) await sender(note).catch((error: unknown) => failed.push({ note, error }));
        else elsewhere.push(note);
      }
      if (elsewhere.length && store) {
        const queuedAt = now();
        try {
          await store.queueNotes(elsewhere.map((note) => ({ platform: note.platform, chatId: note.chatId, body: JSON.stringify(note.reply), queuedAt })));
          return { undelivered, failed, queued: elsewhere.length };
        } catch (error) {
          for (const note of elsewhere) failed.push({ note, error });
          return { undelivered, failed, queued: 0 };
        }
      }
      return { undelivered: [...undelivered, ...elsewhere], failed, queued: 0 };
    },
  };
}
