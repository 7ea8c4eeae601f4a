import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConversation, createLogger, openStore, type Conversation, type Store } from '../../src/index.js';
import type { ConversationDeps } from '../../src/conversation/conversation-deps.js';
import { fakeLibrary, fakeReader, type FakeLibrary } from './fake-documents.js';

/** The real corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** A news article none of the corpus documents mentions, with front matter, and a question only it answers. */
export const NEW_ARTICLE = [
  '---',
  'title: Zephyrine lighthouse repainted in cobalt blue',
  'outlet: Coastal Herald',
  'date: 2022-01-20',
  '---',
  'The Zephyrine lighthouse on the northern cape was repainted in cobalt blue by volunteers from the harbour town last week.',
  '',
  'The keeper said the new colour makes the tower easier to see from fishing boats in fog, and the work took nine days.',
  '',
].join('\n');
export const NEW_QUESTION = 'What colour was the Zephyrine lighthouse repainted?';
export const MAINTAINER = { platform: 'telegram', userId: '501' } as const;

/** A conversation with the fake library and reader over a temporary SQLite store; close() removes it all. */
export async function documentsConversation(extra: Partial<ConversationDeps> = {}): Promise<{
  conversation: Conversation; library: FakeLibrary; reader: ReturnType<typeof fakeReader>; store: Store; clock: { now: number }; close(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-documents-'));
  const store = await openStore({ dataDir: dir });
  const clock = { now: Date.UTC(2022, 0, 21, 12) };
  const library = fakeLibrary(CORPUS_DIR, () => clock.now);
  const reader = fakeReader();
  const conversation = createConversation({
    sanad: library.sanad, store, log: createLogger('silent'), now: () => clock.now, library, reader, maintainers: ['telegram:501', 'discord:400000000000000001'], ...extra,
  });
  return {
    conversation, library, reader, store, clock,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An upload of a text file, counting its downloads. */
export function upload(name: string, text: string, size?: number) {
  const file = { name, downloads: 0, size, download: async () => { file.downloads += 1; return new TextEncoder().encode(text); } };
  return file;
}
