import type { Update } from 'telegraf/types';
import { CLAIM_LEASE_MS } from '../../src/index.js';
import { createApologies, type ApologyDeps, type ApologyOptions } from './apologize.js';
import { createChatQueues, type ChatQueuesOptions, type StopReport } from './chat-queues.js';
import { FloodStoppedError } from './flood.js';
import { errorLog } from './platform-error.js';
import { handleUpdate, type HandlerDeps } from './handlers.js';
import { routeMessage } from './route.js';

/** Options of createDispatcher. */
export interface DispatcherOptions extends ChatQueuesOptions, ApologyOptions {
  /** How long this instance holds an update it claimed without renewing, in ms (renewed every third). Default CLAIM_LEASE_MS. */
  claimLeaseMs?: number;
  /** Updates taken over at once from an instance that died. Default 20. */
  adoptBatch?: number;
}

/** What became of an update handed to the dispatcher. */
export interface Receipt {
  /**
   * Settles once the update is safe: claimed in the store and queued ('queued'), seen before ('seen': another
   * delivery of it is or was answered), or refused ('refused': its chat's queue was full; the chat is told).
   */
  accepted: Promise<'queued' | 'seen' | 'refused'>;
  /** Settles once it was answered, skipped or dropped. */
  done: Promise<void>;
}

/** Receives updates from polling or the webhook and answers each once, chat by chat. */
export interface Dispatcher {
  receive(update: Update): Receipt;
  /** Updates waiting or being answered. */
  readonly pending: number;
  /** Starts renewing this instance's claims and adopting those of instances that died. */
  start(): void;
  /** Takes no more updates, drops those waiting, and waits up to graceMs for those being answered. */
  stop(graceMs: number): Promise<StopReport>;
}

/** The queue an update waits in: its chat's (button presses apart, so a toast never waits behind answers), or the inline user's. */
export function queueKeyOf(update: Update): string {
  if ('message' in update) return `chat:${update.message.chat.id}`;
  if ('callback_query' in update) return `buttons:${update.callback_query.message?.chat.id ?? update.callback_query.from.id}`;
  if ('inline_query' in update) return `inline:${update.inline_query.from.id}`;
  if ('my_chat_member' in update) return `chat:${update.my_chat_member.chat.id}`;
  return 'other';
}

/** Names are not kept in the store, not even in a claim's copy of the update: the handlers never read them. */
const NAME_FIELDS = new Set(['first_name', 'last_name', 'username']);

/** The update as claimed in the store: without names. */
export function payloadOf(update: Update): string {
  return JSON.stringify(update, (key, value: unknown) => (NAME_FIELDS.has(key) ? undefined : value));
}

/**
 * Updates worth a claim: those that get an answer (messages the bot answers, button presses). Group chatter the bot
 * ignores, inline queries (answering one twice is harmless) and membership changes cost no write.
 */
function wantsClaim(update: Update, me: HandlerDeps['me']): boolean {
  if ('callback_query' in update) return true;
  return 'message' in update && routeMessage(update.message, me).kind !== 'ignore';
}

/**
 * The dispatcher (see Dispatcher). Each chat has its own bounded queue (createChatQueues): its updates are answered
 * in order, one at a time, while other chats go on. An update that gets an answer is claimed in the store first
 * (with its payload, names removed), so a redelivery (Telegram's, after a timeout or a restart; another instance's)
 * is skipped, and an update left unanswered by an instance that died is adopted by one that lives. Every failure is
 * logged and told to the user (createApologies).
 */
export function createDispatcher(deps: HandlerDeps & ApologyDeps, options: DispatcherOptions = {}): Dispatcher {
  const queues = createChatQueues(options);
  const apologies = createApologies(deps, options);
  const { claims } = deps.conversation;
  const leaseMs = options.claimLeaseMs ?? CLAIM_LEASE_MS;
  let heartbeat: NodeJS.Timeout | undefined;
  let beating = false;

  const answer = async (update: Update, claimed: boolean) => {
    const id = String(update.update_id);
    let finished = true;
    try {
      await handleUpdate(deps, update);
    } catch (error) {
      if (error instanceof FloodStoppedError) {
        // Stopping: left claimed, so another instance (or the next start) answers it once the lease lapses.
        finished = false;
        deps.logger.info({ updateId: update.update_id }, 'update dropped: stopping');
        return;
      }
      deps.logger.error({ ...errorLog(error), updateId: update.update_id, queue: queueKeyOf(update) }, 'Telegram update failed');
      await apologies.tell(update, 'failed', error).catch((e: unknown) => deps.logger.warn({ ...errorLog(e), updateId: update.update_id }, 'apology failed'));
    } finally {
      if (claimed && finished) await claims.finish('telegram', id);
    }
  };

  const enqueue = (update: Update, ready: Promise<boolean>, claimed: () => boolean) =>
    queues.push(queueKeyOf(update), ready, () => answer(update, claimed()), () => deps.logger.info({ updateId: update.update_id }, 'queued update dropped: stopping'));

  const adoptLapsed = async () => {
    if (beating) return;
    beating = true;
    try {
      await claims.renew(leaseMs);
      for (const { eventId, payload } of await claims.adopt('telegram', options.adoptBatch ?? 20, leaseMs)) {
        try {
          const update = JSON.parse(payload) as Update;
          if (!enqueue(update, Promise.resolve(true), () => true)) await claims.finish('telegram', eventId);
        } catch (error) {
          deps.logger.warn({ ...errorLog(error), updateId: eventId }, 'adopted update unreadable; given up');
          await claims.finish('telegram', eventId);
        }
      }
    } finally {
      beating = false;
    }
  };

  return {
    receive(update) {
      let settleReady!: (run: boolean) => void;
      const ready = new Promise<boolean>((resolve) => (settleReady = resolve));
      const claimIt = wantsClaim(update, deps.me);
      const done = enqueue(update, ready, () => claimIt);
      if (!done) {
        deps.logger.warn({ updateId: update.update_id, queue: queueKeyOf(update) }, 'queue full: update dropped');
        const told = apologies.tell(update, 'overflow').catch((e: unknown) => deps.logger.warn(errorLog(e), 'overflow notice failed'));
        return { accepted: Promise.resolve('refused'), done: told };
      }
      const claimed = claimIt ? claims.claim('telegram', String(update.update_id), payloadOf(update), { leaseMs }) : Promise.resolve('new' as const);
      const accepted = claimed.then((result) => {
        settleReady(result === 'new');
        return result === 'new' ? ('queued' as const) : ('seen' as const);
      });
      return { accepted, done };
    },
    get pending() {
      return queues.pending;
    },
    start() {
      heartbeat ??= setInterval(() => void adoptLapsed().catch((e: unknown) => deps.logger.warn(errorLog(e), 'claim renewal failed')), Math.max(50, leaseMs / 3));
      heartbeat.unref();
    },
    async stop(graceMs) {
      clearInterval(heartbeat);
      const report = await queues.stop(graceMs);
      deps.logger.info(report, 'Telegram updates: queued ones dropped, unfinished ones left to their claims');
      return report;
    },
  };
}
