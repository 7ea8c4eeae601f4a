import { createConversation, loadSanad, type ChatRequest, type Conversation, type Sanad, type Store } from '../../src/index.js';
import { memoryStore } from './memory-store.js';

let sanad: Sanad | undefined;
/** The real corpus, loaded once per test file. */
export function realSanad(): Sanad {
  sanad ??= loadSanad({ corpusDir: 'corpus' });
  return sanad;
}

/** A conversation on the real corpus and an in-memory store (or the one given), with its warnings kept. */
export function conversationOn(store: Store = memoryStore()): { conversation: Conversation; store: Store; warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  const log = { warn: (...args: unknown[]) => void warnings.push(args), info: () => {}, debug: () => {} };
  return { conversation: createConversation({ sanad: realSanad(), store, log, now: Date.now }), store, warnings };
}

let chats = 0;
/** A request from a chat no other test used. */
export function inNewChat(over: Partial<ChatRequest> = {}): ChatRequest {
  return { platform: 'telegram', chatId: `-100${++chats}`, userId: '11', userLanguage: 'en', messageLink: (m) => `https://t.me/c/${chats}/${m}`, ...over };
}
