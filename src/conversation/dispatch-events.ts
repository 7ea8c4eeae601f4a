import type { Logger } from '../log.js';
import type { Platform } from '../store/store.js';
import { createChatQueues, type ChatQueuesOptions, type StopReport } from './chat-queues.js';
import { CLAIM_LEASE_MS, type EventClaims } from './claim-events.js';
import { keepClaims, type KeepClaimsOptions } from './keep-claims.js';

/** What the dispatcher needs to know of a platform's events (Telegram updates, …). */
export interface PlatformEvents<E> {
  platform: Platform;
  idOf(event: E): string;
  /** The queue the event waits in: its chat's, as a rule. */
  queueOf(event: E): string;
  /** Whether the event is claimed before it is handled (those that get an answer); the others cost no write. */
  wantsClaim(event: E): boolean;
  /** The event as kept with its claim, for an instance that takes it over (nothing the handling never reads). */
  payloadOf(event: E): string;
  /** The event back from its payload; throws when it cannot be read (the event is then given up). */
  fromPayload(payload: string): E;
  /**
   * Handles one event, reporting its own failures. 'left' means it was not handled (the bot is stopping): its claim
   * is left to lapse, so another instance (or the next start) answers it.
   */
  handle(event: E): Promise<'done' | 'left'>;
  /** Tells the user the event was refused: its chat's queue was full. */
  refuse(event: E): Promise<void>;
}

/** Options of dispatchEvents. */
export interface DispatchOptions extends ChatQueuesOptions {
  /** How long this instance holds an event it claimed without renewing, in ms. Default CLAIM_LEASE_MS. */
  claimLeaseMs?: number;
  adoptBatch?: KeepClaimsOptions['adoptBatch'];
}

/** What became of an event handed to the dispatcher. */
export interface Receipt {
  /**
   * Settles once the event is safe: claimed in the store and queued ('queued'), seen before ('seen': another
   * delivery of it is or was answered), or refused ('refused': its chat's queue was full; the chat is told).
   */
  accepted: Promise<'queued' | 'seen' | 'refused'>;
  /** Settles once it was handled, skipped or dropped. */
  done: Promise<void>;
}

/** Receives a platform's events and handles each once, chat by chat. */
export interface Dispatcher<E> {
  receive(event: E): Receipt;
  /** Events waiting or being handled. */
  readonly pending: number;
  /** Starts renewing this instance's claims and adopting those of instances that died. */
  start(): void;
  /** Takes no more events, drops those waiting, and waits up to graceMs for those being handled. */
  stop(graceMs: number): Promise<StopReport>;
}

/**
 * The dispatcher (see Dispatcher). Each chat has its own bounded queue (createChatQueues): its events are handled in
 * order, one at a time, while other chats go on. An event that gets an answer is claimed in the store first, with its
 * payload, so a redelivery (the platform's, after a timeout or a restart; another instance's) is skipped, and an
 * event left unanswered by an instance that died is adopted by one that lives (keepClaims).
 */
export function dispatchEvents<E>(events: PlatformEvents<E>, claims: EventClaims, log: Pick<Logger, 'info' | 'warn'>, options: DispatchOptions = {}): Dispatcher<E> {
  const { platform } = events;
  const queues = createChatQueues(options);
  const leaseMs = options.claimLeaseMs ?? CLAIM_LEASE_MS;

  const handle = async (event: E, claimed: boolean) => {
    // handle reports its own failures; one that escapes is logged here, and the event counts as handled.
    const outcome = await events.handle(event).catch((error: unknown) => {
      log.warn({ err: error, eventId: events.idOf(event) }, 'event handling failed');
      return 'done' as const;
    });
    if (claimed && outcome === 'done') await claims.finish(platform, events.idOf(event));
  };
  const enqueue = (event: E, ready: Promise<boolean>, claimed: () => boolean) =>
    queues.push(events.queueOf(event), ready, () => handle(event, claimed()), () => log.info({ eventId: events.idOf(event) }, 'queued event dropped: stopping'));

  // Events an instance that died had claimed: queued here and handled.
  const keeper = keepClaims(claims, platform, (_, payload) => enqueue(events.fromPayload(payload), Promise.resolve(true), () => true) !== undefined, log, {
    leaseMs, ...(options.adoptBatch === undefined ? {} : { adoptBatch: options.adoptBatch }),
  });

  return {
    receive(event) {
      let settleReady!: (run: boolean) => void;
      const ready = new Promise<boolean>((resolve) => (settleReady = resolve));
      const claimIt = events.wantsClaim(event);
      const done = enqueue(event, ready, () => claimIt);
      if (!done) {
        log.warn({ eventId: events.idOf(event), queue: events.queueOf(event) }, 'queue full: event dropped');
        return { accepted: Promise.resolve('refused'), done: events.refuse(event).catch((e: unknown) => log.warn({ err: e }, 'overflow notice failed')) };
      }
      const claimed = claimIt ? claims.claim(platform, events.idOf(event), events.payloadOf(event), { leaseMs }) : Promise.resolve('new' as const);
      const accepted = claimed.then((result) => {
        settleReady(result === 'new');
        return result === 'new' ? ('queued' as const) : ('seen' as const);
      });
      return { accepted, done };
    },
    get pending() {
      return queues.pending;
    },
    start: () => keeper.start(),
    async stop(graceMs) {
      keeper.stop();
      const report = await queues.stop(graceMs);
      log.info(report, `${platform} events: queued ones dropped, unfinished ones left to their claims`);
      return report;
    },
  };
}
