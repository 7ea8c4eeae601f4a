import type { Platform } from '../store/store.js';
import type { ChatNote } from './documents-list.js';

/** Posts one note in a chat of its platform (the platform's bot registers one). */
export type NoteSender = (note: ChatNote) => Promise<void>;

/**
 * Where notes to other chats go (a removed document's dropped pins): each running bot registers a sender for its
 * platform, so a removal made on Telegram tells the Discord moderators too when both bots run in this process. A note
 * for a platform with no bot here is handed back (the caller logs it).
 */
export interface ChatNotes {
  /** Registers the sender of a platform; returns the call that unregisters it (the bot stopping). */
  register(platform: Platform, sender: NoteSender): () => void;
  /** Sends each note through its platform's sender; resolves to the notes no sender here could take or that failed. */
  deliver(notes: readonly ChatNote[]): Promise<{ undelivered: ChatNote[]; failed: { note: ChatNote; error: unknown }[] }>;
}

export function createChatNotes(): ChatNotes {
  const senders = new Map<Platform, NoteSender>();
  return {
    register(platform, sender) {
      senders.set(platform, sender);
      return () => {
        if (senders.get(platform) === sender) senders.delete(platform);
      };
    },
    async deliver(notes) {
      const undelivered: ChatNote[] = [];
      const failed: { note: ChatNote; error: unknown }[] = [];
      for (const note of notes) {
        const sender = senders.get(note.platform);
        if (!sender) undelivered.push(note);
        else await sender(note).catch((error: unknown) => failed.push({ note, error }));
      }
      return { undelivered, failed };
    },
  };
}
