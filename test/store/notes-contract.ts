import { describe, expect, it } from 'vitest';
import { MAX_NOTE_ATTEMPTS, type QueuedNote } from '../../src/store/store.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';
import { T0 } from './answers.js';
import { useFreshStore, type StoreBackend } from './backends.js';

const LEASE = 60_000;
const note = (chatId: string, body: string, platform: QueuedNote['platform'] = 'discord', queuedAt = T0): QueuedNote => ({ platform, chatId, body, queuedAt });

/** Notes queued for chats of another process's platform: claimed once at a time, retried after a lapsed lease, bounded. */
export function describeNotesContract(name: string, createBackend: () => Promise<StoreBackend>): void {
  describe(`${name}: notes for other processes`, () => {
    const fresh = useFreshStore(createBackend);

    it('hands a platform its notes oldest first, each to one claimer until finished or its lease lapses', async () => {
      await fresh.store.queueNotes([note('c1', 'first'), note('t1', 'for telegram', 'telegram'), note('c2', 'second')]);
      const claimed = await fresh.store.claimNotes('discord', T0, T0 + LEASE, 10);
      expect(claimed.map((n) => [n.platform, n.chatId, n.body])).toEqual([['discord', 'c1', 'first'], ['discord', 'c2', 'second']]);
      expect(await fresh.store.claimNotes('discord', T0 + 1, T0 + LEASE, 10)).toEqual([]);
      await fresh.store.finishNote(claimed[0]!.id, T0 + 2);
      // The claimer of the second died: once its lease lapsed, another instance gets it; the finished one never again.
      expect((await fresh.store.claimNotes('discord', T0 + LEASE + 1, T0 + 2 * LEASE, 10)).map((n) => n.body)).toEqual(['second']);
      expect((await fresh.store.claimNotes('telegram', T0, T0 + LEASE, 10)).map((n) => n.body)).toEqual(['for telegram']);
    });

    it('gives up a note after MAX_NOTE_ATTEMPTS claims, and honours the limit', async () => {
      await fresh.store.queueNotes([note('c1', 'refused'), note('c2', 'other')]);
      expect(await fresh.store.claimNotes('discord', T0, T0 + 1, 1)).toHaveLength(1);
      let now = T0 + 2;
      for (let attempt = 1; attempt < MAX_NOTE_ATTEMPTS; attempt++, now += 2) await fresh.store.claimNotes('discord', now, now + 1, 10);
      const last = await fresh.store.claimNotes('discord', now, now + 1, 10);
      expect(last.map((n) => n.body)).toEqual(['other']);
    });

    it('never hands one note to two claimers at once', async () => {
      await fresh.store.queueNotes(Array.from({ length: 20 }, (_, i) => note(`c${i}`, `n${i}`)));
      const other = await fresh.backend.open();
      try {
        const [a, b] = await Promise.all([fresh.store.claimNotes('discord', T0, T0 + LEASE, 15), other.claimNotes('discord', T0, T0 + LEASE, 15)]);
        // PostgreSQL's second claimer may skip rows the first held and get fewer: the rest go to the next look.
        const rest = await other.claimNotes('discord', T0 + 1, T0 + LEASE, 20);
        const ids = [...a, ...b, ...rest].map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(20);
      } finally {
        await other.close();
      }
    });

    it('keeps notes across a reopen, stores any text as given, and prunes old ones', async () => {
      const bodies = Object.values(HOSTILE_STRINGS).filter((s) => !s.includes('\u0000'));
      await fresh.store.queueNotes(bodies.map((body, i) => note(`c${i}`, body)));
      await fresh.store.queueNotes([note('later', 'kept', 'discord', T0 + 10_000)]);
      await fresh.reopen();
      expect(await fresh.store.prune(T0 + 1)).toBe(bodies.length);
      expect((await fresh.store.claimNotes('discord', T0, T0 + LEASE, 100)).map((n) => n.body)).toEqual(['kept']);
      await fresh.store.queueNotes([]);
    });
  });
}
