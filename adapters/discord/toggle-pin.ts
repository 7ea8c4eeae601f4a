import type { UiLanguage } from '../../src/answer/ui-strings.js';
import { discordChat } from './chat-ref.js';
import { withFallback, type HandlerContext } from './handler-context.js';
import { runPinChange, type PinOutcome } from './pin.js';

/** A moderator's press of 📌 (rights already checked), as plain values. */
export interface PinPress {
  channelId: string;
  messageId: string;
  /** Who pressed: kept with the pin. */
  userId: string;
  /** The message is pinned now, so the press unpins it. */
  pinned: boolean;
  /** The stored answer id the message's 👍/👎 carry: found even before the message id is stored. */
  answerId?: number;
}

/** The Discord calls behind a press: pin or unpin the message. */
export interface PinCalls {
  pin(): Promise<unknown>;
  unpin(): Promise<unknown>;
}

/** How the press ended, and the language of the stored answer (its buttons are worded in it), when stored. */
export interface PinResult {
  outcome: PinOutcome;
  language?: UiLanguage;
}

/**
 * Pins an answer's message, or unpins it when pinned, and records that in the store, so that pinned answers become
 * the channel's curated answers. Discord is the truth: when the store fails the pin still stands and the failure is
 * logged. A message the store does not know (sent before the store existed) is pinned without a record.
 * The answer is found by its message, else by the id its vote buttons carry (a press can come before the message id
 * is stored, or after storing it failed).
 */
export async function togglePin(ctx: HandlerContext, press: PinPress, calls: PinCalls): Promise<PinResult> {
  const chat = discordChat(press.channelId);
  const answer = await withFallback(ctx, 'answer of the message', async () =>
    (await ctx.store.answerByMessage(chat, press.messageId)) ?? (press.answerId === undefined ? undefined : await ctx.store.answerById(press.answerId)),
  undefined);
  const language = answer?.answer.language;
  if (press.pinned) {
    const outcome = await runPinChange(calls.unpin, 'unpinned');
    // A message deleted meanwhile is unpinned too: it must stop being offered as the curated answer.
    if (outcome === 'unpinned' || outcome === 'gone') {
      await withFallback(ctx, 'recordUnpin', () => ctx.store.recordUnpin(chat, press.messageId, ctx.now()), false);
    }
    return { outcome, language };
  }
  const outcome = await runPinChange(calls.pin, 'pinned');
  if (outcome === 'pinned' && answer) {
    const pin = { ...chat, answerId: answer.id, messageId: press.messageId, pinnedBy: press.userId, pinnedAt: ctx.now() };
    await withFallback(ctx, 'recordPin', () => ctx.store.recordPin(pin), undefined);
  }
  return { outcome, language };
}
