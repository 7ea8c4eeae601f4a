import { PermissionFlagsBits, RESTJSONErrorCodes } from 'discord.js';

/** How a press of 📌 ended: it pins an unpinned message and unpins a pinned one. */
export type PinOutcome = 'pinned' | 'unpinned' | 'refused' | 'bot_lacks' | 'list_full' | 'outside_server' | 'gone';

/** What decides whether a press of 📌 may pin or unpin, as plain values. */
export interface PinRequest {
  /** The button was pressed in a server channel. */
  inGuild: boolean;
  /** The presser's permissions in that channel (interaction.memberPermissions), null outside servers. */
  memberPermissions: bigint | null;
  /** The bot's permissions in that channel (interaction.appPermissions). */
  appPermissions: bigint;
}

/**
 * Whether permissions allow pinning: PIN_MESSAGES (1 << 51, split from MANAGE_MESSAGES in 2025), MANAGE_MESSAGES
 * (the older equivalent, still honoured by servers that have not moved their roles), or ADMINISTRATOR.
 */
export function hasPinRight(permissions: bigint | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  const rights = PermissionFlagsBits.PinMessages | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.Administrator;
  return (permissions & rights) !== 0n;
}

/** Why a press of 📌 must not pin (or unpin), checked before calling Discord; undefined when it may go ahead. */
export function checkPin(request: PinRequest): PinOutcome | undefined {
  if (!request.inGuild) return 'outside_server';
  if (!hasPinRight(request.memberPermissions)) return 'refused';
  if (!hasPinRight(request.appPermissions)) return 'bot_lacks';
  return undefined;
}

/**
 * Pins or unpins through `change` (PUT or DELETE /channels/{channel}/messages/pins/{message}, what discord.js 14.28's
 * message.pin() and unpin() call), resolving to `done` when it worked, and turns Discord's refusals into outcomes:
 * 30003 the channel already has 250 pins, 50013/50001 the bot lacks the right after all, 10008 the message is gone.
 * Anything else is thrown to the error boundary.
 */
export async function runPinChange(change: () => Promise<unknown>, done: 'pinned' | 'unpinned' = 'pinned'): Promise<PinOutcome> {
  try {
    await change();
    return done;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel) return 'list_full';
    if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) return 'bot_lacks';
    if (code === RESTJSONErrorCodes.UnknownMessage) return 'gone';
    throw error;
  }
}
