import { describe, expect, it } from 'vitest';
import { eventClaims } from '../../src/conversation/claim-events.js';
import type { ConversationDeps } from '../../src/conversation/conversation-deps.js';
import { dispatchEvents, type PlatformEvents } from '../../src/index.js';
import type { Sanad } from '../../src/sanad.js';
import type { Store } from '../../src/store/store.js';
import { memoryStore } from './memory-store.js';

interface Event { id: number; chat: string; text: string }

const quiet = { info: () => {}, warn: () => {}, debug: () => {} };

/** One instance's claims over a shared store. */
const claimsOf = (store: Store, instanceId: string) => eventClaims({ sanad: {} as Sanad, store, log: quiet, now: Date.now } as ConversationDeps, instanceId);

/** A platform whose events are plain objects; `handled` lists what each instance handled. */
function platform(handled: string[], name: string, outcome: (e: Event) => 'done' | 'left' = () => 'done'): PlatformEvents<Event> & { refused: number[] } {
  const refused: number[] = [];
  return {
    refused,
    platform: 'telegram',
    idOf: (e) => String(e.id),
    queueOf: (e) => e.chat,
    wantsClaim: (e) => !e.text.startsWith('#'),
    payloadOf: (e) => JSON.stringify(e),
    fromPayload: (p) => JSON.parse(p) as Event,
    async handle(e) {
      handled.push(`${name}:${e.id}`);
      return outcome(e);
    },
    refuse: async (e) => void refused.push(e.id),
  };
}

describe('dispatchEvents (each event handled once, across instances)', () => {
  it('skips an event another instance already claimed (a redelivery)', async () => {
    const store = memoryStore();
    const handled: string[] = [];
    const a = dispatchEvents(platform(handled, 'a'), claimsOf(store, 'a'), quiet);
    const b = dispatchEvents(platform(handled, 'b'), claimsOf(store, 'b'), quiet);
    const event = { id: 1, chat: 'c1', text: 'when did it start?' };
    const first = a.receive(event);
    expect(await first.accepted).toBe('queued');
    await first.done;
    const again = b.receive(event);
    expect(await again.accepted).toBe('seen');
    await again.done;
    expect(handled).toEqual(['a:1']);
  });

  it('handles events that need no claim every time they come (no store write)', async () => {
    const store = memoryStore();
    const handled: string[] = [];
    const a = dispatchEvents(platform(handled, 'a'), claimsOf(store, 'a'), quiet);
    await a.receive({ id: 2, chat: 'c1', text: '# chatter' }).done;
    await a.receive({ id: 2, chat: 'c1', text: '# chatter' }).done;
    expect(handled).toEqual(['a:2', 'a:2']);
  });

  it('refuses past a chat\'s queue bound and tells the platform, while other chats go on', async () => {
    const store = memoryStore();
    const handled: string[] = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const events = platform(handled, 'a');
    const slow = { ...events, handle: async (e: Event) => { if (e.id === 10) await blocked; return events.handle(e); } };
    const a = dispatchEvents(slow, claimsOf(store, 'a'), quiet, { maxQueuedPerChat: 1 });
    const running = a.receive({ id: 10, chat: 'busy', text: 'q' });
    const waiting = a.receive({ id: 11, chat: 'busy', text: 'q' });
    const over = a.receive({ id: 12, chat: 'busy', text: 'q' });
    expect(await over.accepted).toBe('refused');
    await over.done;
    expect(events.refused).toEqual([12]);
    await a.receive({ id: 20, chat: 'quiet', text: 'q' }).done;
    expect(handled).toEqual(['a:20']);
    release();
    await Promise.all([running.done, waiting.done]);
    expect(handled).toEqual(['a:20', 'a:10', 'a:11']);
  });

  it('leaves an event that was not handled (stopping) to another instance, which adopts it once the lease lapses', async () => {
    const store = memoryStore();
    const handled: string[] = [];
    const a = dispatchEvents(platform(handled, 'a', () => 'left'), claimsOf(store, 'a'), quiet, { claimLeaseMs: 60 });
    await a.receive({ id: 30, chat: 'c1', text: 'q' }).done;
    expect(handled).toEqual(['a:30']);
    let adopted!: () => void;
    const adoption = new Promise<void>((resolve) => (adopted = resolve));
    const bEvents = platform(handled, 'b');
    const b = dispatchEvents({ ...bEvents, handle: async (e) => { const r = await bEvents.handle(e); adopted(); return r; } }, claimsOf(store, 'b'), quiet, { claimLeaseMs: 60 });
    b.start();
    await adoption;
    await b.stop(1000);
    expect(handled).toEqual(['a:30', 'b:30']);
    // Handled now: a third instance finds nothing to adopt.
    expect(await claimsOf(store, 'c').adopt('telegram', 10, 60)).toEqual([]);
  });
});
