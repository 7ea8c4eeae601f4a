import type { ConversationDeps } from './conversation-deps.js';
import { chatOf, type ChatRequest } from './conversation-deps.js';
import { PINNED_READ_MAX } from './list-pinned.js';

/** One pinned message of a chat as the platform lists it. */
export interface PlatformPin {
  messageId: string;
  /** When it was pinned, epoch milliseconds. */
  pinnedAt: number;
}

/** A chat's pins as the platform listed them (only the bot's own messages: only they can be answers). */
export interface PlatformPins {
  pins: PlatformPin[];
  /** Every pin was read: only then may a pin missing from the list be taken as unpinned. */
  complete: boolean;
}

/** A request to bring the store's pins of a chat in step with the platform's. */
export interface SyncPinsRequest extends Pick<ChatRequest, 'platform' | 'chatId'> {
  /** The platform says the chat has no pins left (Discord's last_pin_timestamp null): nothing to read when none are stored. */
  noneLeft?: boolean;
  /** Reads the chat's pins from the platform; throws when the platform refuses or cannot be reached. */
  readPins: () => Promise<PlatformPins>;
}

/** What a sync changed in the store. */
export interface SyncPinsResult {
  pinned: number;
  unpinned: number;
}

/** The step a sync failed at: the store's read, the platform's, or the store's writes. */
export type SyncStep = 'reading the stored pins' | 'reading the platform pins' | 'recording the pins';

/** A sync that stopped at `step`; the store is left as the steps before it made it. */
export class PinSyncError extends Error {
  override name = 'PinSyncError';
  constructor(readonly step: SyncStep, options: { cause: unknown }) {
    super(`pins not synced: failed ${step}`, options);
  }
}

/**
 * Makes the store's live pins of a chat match the platform's, after pins changed with the platform's own menu
 * (whose events say neither which message nor who): a listed message that is a stored answer gets a pin (pinned by
 * the platform's name, at the platform's pin time), and a stored pin no longer listed is unpinned. The store is read
 * before the platform, so a 📌 press recorded after this read had pinned before the list is read: a fresh pin is
 * never taken for a removed one. Throws PinSyncError; the next event retries.
 */
export async function syncPins(deps: ConversationDeps, request: SyncPinsRequest): Promise<SyncPinsResult> {
  const { store } = deps;
  const chat = chatOf(request);
  let step: SyncStep = 'reading the stored pins';
  try {
    const live = await store.pinnedAnswers(chat, PINNED_READ_MAX);
    if (request.noneLeft && live.length === 0) return { pinned: 0, unpinned: 0 };
    step = 'reading the platform pins';
    const { pins, complete } = await request.readPins();
    step = 'recording the pins';
    const stored = new Set(live.map((p) => p.pin.messageId));
    let pinned = 0;
    for (const pin of pins) {
      if (stored.has(pin.messageId)) continue;
      const answer = await store.answerByMessage(chat, pin.messageId);
      if (!answer) continue;
      const pinnedAt = Number.isFinite(pin.pinnedAt) ? pin.pinnedAt : deps.now();
      await store.recordPin({ ...chat, answerId: answer.id, messageId: pin.messageId, pinnedBy: request.platform, pinnedAt });
      pinned += 1;
    }
    let unpinned = 0;
    // A partial list (the pins changed while being paged) cannot tell an unpinned message from an unread one.
    if (complete) {
      const listed = new Set(pins.map((p) => p.messageId));
      for (const { pin } of live) if (!listed.has(pin.messageId) && (await store.recordUnpin(chat, pin.messageId, deps.now()))) unpinned += 1;
    }
    return { pinned, unpinned };
  } catch (error) {
    throw new PinSyncError(step, { cause: error });
  }
}
