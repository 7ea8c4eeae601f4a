import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AdoptedClaim, Platform } from '../store/store.js';
import type { ConversationDeps } from './conversation-deps.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** How long an instance holds an event it claimed unless it renews the claim, in ms (it renews every third of it). */
export const CLAIM_LEASE_MS = 30_000;

/** A name for this process among the instances sharing a store: host, pid and a random part (pids repeat across hosts and restarts). */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * Exactly one answer per incoming event across instances and restarts: an event is claimed in the store before it is
 * answered, and a redelivered one ('seen') is skipped. The store-outage policy applies: with the store down every
 * event counts as new (answered, perhaps twice, rather than not at all).
 */
export interface EventClaims {
  /** This instance's name, the owner of its claims. */
  readonly instanceId: string;
  /** Claims an event; `payload` (the event as received) lets another instance answer it should this one die. */
  claim(platform: Platform, eventId: string, payload?: string, options?: { leaseMs?: number; deadlineMs?: number }): Promise<'new' | 'seen'>;
  /** Marks a claimed event answered, or given up: it is never taken over. */
  finish(platform: Platform, eventId: string): Promise<void>;
  /** Extends this instance's open claims by `leaseMs`. */
  renew(leaseMs?: number): Promise<void>;
  /** Takes over up to `limit` open claims of instances that stopped renewing (they died): their events, to answer. */
  adopt(platform: Platform, limit: number, leaseMs?: number): Promise<AdoptedClaim[]>;
}

/** The event claims of one instance over the conversation's store. */
export function eventClaims(deps: ConversationDeps, instanceId = deps.instanceId ?? newInstanceId()): EventClaims {
  const { store, now } = deps;
  return {
    instanceId,
    async claim(platform, eventId, payload, options = {}) {
      const at = now();
      const leaseUntil = at + (options.leaseMs ?? CLAIM_LEASE_MS);
      const claim = { platform, eventId, owner: instanceId, ...(payload === undefined ? {} : { payload }), claimedAt: at, leaseUntil };
      const within = options.deadlineMs === undefined ? deps : { ...deps, storeDeadlineMs: options.deadlineMs };
      const result = await surviveStoreOutage(within, 'claimEvent', () => store.claimEvent(claim), 'claimed' as const);
      if (result === 'seen') deps.log.info({ platform, eventId }, 'event already claimed (a redelivery); skipped');
      return result === 'seen' ? 'seen' : 'new';
    },
    finish: (platform, eventId) => surviveStoreOutage(deps, 'finishEvent', () => store.finishEvent(platform, eventId, now()), undefined),
    async renew(leaseMs = CLAIM_LEASE_MS) {
      await surviveStoreOutage(deps, 'renewClaims', () => store.renewClaims(instanceId, now() + leaseMs), 0);
    },
    async adopt(platform, limit, leaseMs = CLAIM_LEASE_MS) {
      const at = now();
      const adopted = await surviveStoreOutage(deps, 'adoptClaims', () => store.adoptClaims(platform, instanceId, at, at + leaseMs, limit), []);
      if (adopted.length > 0) deps.log.warn({ platform, events: adopted.map((a) => a.eventId) }, 'took over events another instance claimed and left unanswered');
      return adopted;
    },
  };
}
