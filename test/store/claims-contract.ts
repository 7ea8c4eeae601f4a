import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { EventClaim, RateLimit } from '../../src/store/store.js';
import { DAY_MS, T0 } from './answers.js';
import type { StoreBackend } from './backends.js';

const claim = (eventId: string, owner: string, extra: Partial<EventClaim> = {}): EventClaim => ({
  platform: 'telegram', eventId, owner, payload: `{"update_id":${eventId}}`, claimedAt: T0, leaseUntil: T0 + 1000, ...extra,
});

/** Claims on events and shared rate limits: the same behaviour on each back end, several instances on one database. */
export function describeClaimsContract(name: string, createBackend: () => Promise<StoreBackend>): void {
  describe(`${name}: event claims and rate limits`, () => {
    let backend: StoreBackend;
    let a: SqlStore;
    let b: SqlStore;

    beforeEach(async () => {
      backend = await createBackend();
      a = await backend.open();
      b = await backend.open();
    });
    afterEach(async () => {
      await a.close();
      await b.close();
      await backend.dispose();
    });

    it('gives an event to exactly one of many instances claiming it at once; later claims see it', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).claimEvent(claim('7', `owner-${i}`))));
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      await a.finishEvent('telegram', '7', T0 + 5);
      expect(await b.claimEvent(claim('7', 'late'))).toBe('seen');
      // The same id on another platform is another event.
      expect(await b.claimEvent(claim('7', 'late', { platform: 'discord' }))).toBe('claimed');
    });

    it('passes open claims whose lease lapsed to one adopter, never finished ones, and renews only its own', async () => {
      for (const id of ['1', '2', '3']) await a.claimEvent(claim(id, 'dead'));
      await a.claimEvent(claim('4', 'alive'));
      await a.claimEvent(claim('5', 'dead', { payload: undefined }));
      await a.finishEvent('telegram', '2', T0 + 10);
      expect(await a.renewClaims('alive', T0 + 60_000)).toBe(1);
      expect(await b.adoptClaims('telegram', 'x', T0 + 500, T0 + 9_000, 10)).toEqual([]);
      const [first, second] = await Promise.all([
        a.adoptClaims('telegram', 'a', T0 + 2000, T0 + 9_000, 10),
        b.adoptClaims('telegram', 'b', T0 + 2000, T0 + 9_000, 10),
      ]);
      const adopted = [...first, ...second].map((c) => c.eventId).sort();
      expect(adopted).toEqual(['1', '3']);
      expect([...first, ...second].find((c) => c.eventId === '1')?.payload).toBe('{"update_id":1}');
      expect(await a.adoptClaims('telegram', 'c', T0 + 2000, T0 + 9_000, 10)).toEqual([]);
      expect(await a.adoptClaims('telegram', 'c', T0 + 70_000, T0 + 90_000, 1)).toHaveLength(1);
    });

    it('drops the payload of a finished claim and prunes claims after two days at most', async () => {
      await a.claimEvent(claim('9', 'o'));
      await a.finishEvent('telegram', '9', T0 + 1);
      const [row] = await backend.query<{ payload: string | null }>('SELECT payload FROM event_claims');
      expect(row!.payload).toBeNull();
      // Records are kept 100 days, claims two: the claim of a fortnight ago goes, today's stays.
      await a.claimEvent(claim('10', 'o', { claimedAt: Date.now() }));
      await a.claimEvent(claim('11', 'o', { claimedAt: Date.now() - 14 * DAY_MS }));
      expect(await a.prune(Date.now() - 100 * DAY_MS)).toBe(2);
      expect(await a.claimEvent(claim('10', 'p'))).toBe('seen');
      expect(await a.claimEvent(claim('11', 'p'))).toBe('claimed');
    });

    it('counts a rate limit per key and refuses past its points', async () => {
      const limit: RateLimit = { name: 'test-user', points: 2, durationSeconds: 60 };
      const verdicts = [];
      for (let i = 0; i < 3; i++) verdicts.push(await a.consumeRate(limit, 'u1'));
      expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false]);
      expect(verdicts[2]).toMatchObject({ consumedPoints: 3 });
      expect(verdicts[2]!.msBeforeNext).toBeGreaterThan(0);
      expect((await a.consumeRate(limit, 'u2')).allowed).toBe(true);
    });
  });
}
