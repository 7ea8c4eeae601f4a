import { describe, expect, it } from 'vitest';
import { createConversation, createLogger, replyText, WORDING, type Reply, type Store } from '../../src/index.js';
import { tempDataDir, type StoreBackendName } from '../adapters/discord/temp-store.js';
import { CORPUS_DIR, NEW_ARTICLE, upload } from './documents-fixture.js';
import { fakeLibrary, fakeReader, type FakeLibrary } from './fake-documents.js';

const ADMIN = { platform: 'telegram', userId: '501', chatId: '501', userLanguage: 'en' } as const;
const addKey = (reply: Reply) => reply.actions.flatMap((a) => (a.kind === 'document' && a.op === 'add' ? [a.ref] : []))[0]!;

/** One instance: its own connection to the shared store, the shared library (the real one syncs through the store). */
const instance = (store: Store, library: FakeLibrary, instanceId: string) => createConversation({
  sanad: library.sanad, store, log: createLogger('silent'), now: Date.now, library, reader: fakeReader(), maintainers: ['telegram:501'], instanceId,
});

describe.each<StoreBackendName>(['sqlite', 'postgresql'])('pending document previews on %s', (backend) => {
  it('are kept in the store: a preview shown by one instance is added by another, once, even when both get the ✅', async () => {
    const data = await tempDataDir(backend, 'sanad-documents-');
    const library = fakeLibrary(CORPUS_DIR);
    const first = await data.open();
    const key = addKey(await instance(first, library, 'a').documents.upload(ADMIN, upload('a.md', NEW_ARTICLE)));
    // The first instance restarts meanwhile: the preview survives it.
    await first.close();
    const [a, b] = [await data.open(), await data.open()];
    try {
      const results = await Promise.all([instance(a, library, 'a2').documents.confirm(ADMIN, key), instance(b, library, 'b').documents.confirm(ADMIN, key)]);
      expect(results.map((r) => r.tone).sort()).toEqual(['notice', 'refusal']);
      expect(results.map(replyText)).toContain(WORDING.en.docs.previewGone);
      expect(library.added.size).toBe(1);
    } finally {
      await a.close();
      await b.close();
      await data.remove();
    }
  });
});
