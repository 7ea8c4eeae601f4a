import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatNotes, NOTE_LEASE_MS } from '../../src/conversation/chat-notes.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { ChatNote } from '../../src/index.js';
import { notice } from '../../src/reply/reply.js';

const note = (platform: ChatNote['platform'], chatId: string): ChatNote => ({ platform, chatId, reply: notice('en', `pins dropped in ${chatId}`) });

describe('createChatNotes', () => {
  it('sends each note through the bot of its platform, and hands back those no bot of this process runs', async () => {
    const notes = createChatNotes();
    const telegram: string[] = [];
    const discord: string[] = [];
    notes.register('telegram', async (n) => void telegram.push(n.chatId));
    const unregister = notes.register('discord', async (n) => void discord.push(n.chatId));
    const result = await notes.deliver([note('telegram', '-100'), note('discord', '42'), note('terminal', 't')]);
    expect([telegram, discord]).toEqual([['-100'], ['42']]);
    expect(result.undelivered.map((n) => n.chatId)).toEqual(['t']);
    await unregister();
    expect((await notes.deliver([note('discord', '43')])).undelivered.map((n) => n.chatId)).toEqual(['43']);
    expect(discord).toEqual(['42']);
  });

  it('goes on past a note that fails, and reports it', async () => {
    const notes = createChatNotes();
    const sent: string[] = [];
    notes.register('discord', async (n) => {
      if (n.chatId === 'gone') throw new Error('Unknown Channel');
      sent.push(n.chatId);
    });
    const result = await notes.deliver([note('discord', 'gone'), note('discord', 'ok')]);
    expect(sent).toEqual(['ok']);
    expect(result.failed.map((f) => [f.note.chatId, String(f.error)])).toEqual([['gone', 'Error: Unknown Channel']]);
  });

  describe('between processes sharing a store', () => {
    const opened: Store[] = [];
    const dirs: string[] = [];
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    /** Two processes' stores on one SQLite file, as a Telegram service and a Discord service on one machine share it. */
    async function sharedStores(): Promise<[Store, Store]> {
      const dataDir = mkdtempSync(join(tmpdir(), 'sanad-notes-'));
      dirs.push(dataDir);
      const [a, b] = [await openStore({ dataDir }), await openStore({ dataDir })];
      opened.push(a, b);
      return [a, b];
    }

    it('queues a note for a platform another process runs, and that process posts it once', async () => {
      const [telegramStore, discordStore] = await sharedStores();
      const telegramProcess = createChatNotes({ store: telegramStore });
      telegramProcess.register('telegram', async () => undefined);
      const result = await telegramProcess.deliver([note('discord', '42'), note('discord', '43')]);
      expect(result).toMatchObject({ undelivered: [], failed: [], queued: 2 });

      const posted: ChatNote[] = [];
      let allPosted!: () => void;
      const done = new Promise<void>((resolve) => (allPosted = resolve));
      const discordProcess = createChatNotes({ store: discordStore, pollMs: 10 });
      const unregister = discordProcess.register('discord', async (n) => {
        posted.push(n);
        if (posted.length === 2) allPosted();
      });
      await done;
      await unregister();
      expect(posted.map((n) => [n.chatId, n.reply.blocks])).toEqual([['42', note('discord', '42').reply.blocks], ['43', note('discord', '43').reply.blocks]]);
      // Posted once: nothing is left for anyone.
      expect(await discordStore.claimNotes('discord', Date.now() + 2 * NOTE_LEASE_MS, Date.now() + 3 * NOTE_LEASE_MS, 10)).toEqual([]);
    });

    it('tries a note that failed again once its lease lapsed', async () => {
      const [telegramStore, discordStore] = await sharedStores();
      await createChatNotes({ store: telegramStore }).deliver([note('discord', 'flaky')]);
      const clock = { now: Date.now() };
      let tries = 0;
      let postedOnRetry!: () => void;
      const done = new Promise<void>((resolve) => (postedOnRetry = resolve));
      let failedOnce!: () => void;
      const failed = new Promise<void>((resolve) => (failedOnce = resolve));
      const discordProcess = createChatNotes({ store: discordStore, pollMs: 10, now: () => clock.now });
      const unregister = discordProcess.register('discord', async () => {
        tries++;
        if (tries === 1) {
          failedOnce();
          throw new Error('Discord is down');
        }
        postedOnRetry();
      });
      await failed;
      clock.now += NOTE_LEASE_MS + 1;
      await done;
      await unregister();
      expect(tries).toBe(2);
    });
  });
});
