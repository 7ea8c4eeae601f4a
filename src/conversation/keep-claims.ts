import type { Logger } from '../log.js';
import type { Platform } from '../store/store.js';
import { CLAIM_LEASE_MS, type EventClaims } from './claim-events.js';

/** Options of keepClaims. */
export interface KeepClaimsOptions {
  /** How long this instance holds an event it claimed without renewing, in ms (renewed every third). Default CLAIM_LEASE_MS. */
  leaseMs?: number;
  /** Events taken over at once from an instance that died. Default 20. */
  adoptBatch?: number;
}

/** The heartbeat of an instance's claims. */
export interface ClaimKeeper {
  start(): void;
  stop(): void;
}

/**
 * Every third of a lease: renews this instance's open claims, then takes over the claims of instances that stopped
 * renewing (they died) and hands each event to `adopt`, which queues it and says whether it did. An event that
 * cannot be queued, or whose payload `adopt` cannot read (it throws), is given up (finished), so it never comes back.
 */
export function keepClaims(
  claims: EventClaims, platform: Platform, adopt: (eventId: string, payload: string) => boolean,
  log: Pick<Logger, 'warn'>, options: KeepClaimsOptions = {},
): ClaimKeeper {
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  let heartbeat: NodeJS.Timeout | undefined;
  let beating = false;

  const beat = async () => {
    if (beating) return;
    beating = true;
    try {
      await claims.renew(leaseMs);
      for (const { eventId, payload } of await claims.adopt(platform, options.adoptBatch ?? 20, leaseMs)) {
        let taken = false;
        try {
          taken = adopt(eventId, payload);
        } catch (error) {
          log.warn({ err: error, eventId }, 'adopted event unreadable; given up');
        }
        if (!taken) await claims.finish(platform, eventId);
      }
    } finally {
      beating = false;
    }
  };

  return {
    start() {
      heartbeat ??= setInterval(() => void beat().catch((error: unknown) => log.warn({ err: error }, 'claim renewal failed')), Math.max(50, leaseMs / 3));
      heartbeat.unref();
    },
    stop: () => clearInterval(heartbeat),
  };
}
