import { PermissionFlagsBits, RESTJSONErrorCodes } from 'discord.js';
import type { PinRights, PlatformPinOutcome } from '../../src/index.js';

/**
 * Whether permissions allow pinning: PIN_MESSAGES (1 << 51, split from MANAGE_MESSAGES in 2025), MANAGE_MESSAGES
 * (the older equivalent, still honoured by servers that have not moved their roles), or ADMINISTRATOR.
 */
export function hasPinRight(permissions: bigint | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  const rights = PermissionFlagsBits.PinMessages | PermissionFlagsBits.ManageMessages | PermissionFlagsBits.Administrator;
  return (permissions & rights) !== 0n;
}

/** What decides whether a press of 📌 may pin or unpin, as plain values from the interaction. */
export interface PinPermissions {
  /** The button was pressed in a server channel (ephemeral and DM messages cannot be pinned). */
  inGuild: boolean;
  /** The presser's permissions in that channel (interaction.memberPermissions), null outside servers. */
  memberPermissions: bigint | null;
  /** The bot's permissions in that channel (interaction.appPermissions). */
  appPermissions: bigint;
}

/** The conversation's view of those permissions. Discord says what the bot may do, so it is never "unknown". */
export function pinRightsOf(permissions: PinPermissions): PinRights {
  return { pinnable: permissions.inGuild, moderator: hasPinRight(permissions.memberPermissions), botMayPin: hasPinRight(permissions.appPermissions) };
}

/**
 * Pins or unpins through `change` (PUT or DELETE /channels/{channel}/messages/pins/{message}, what discord.js 14.28's
 * message.pin() and unpin() call), turning Discord's refusals into outcomes: 30003 the channel already has 250 pins,
 * 50013/50001 the bot lacks the right after all, 10008 the message is gone. Anything else goes to the error boundary.
 */
export async function runPinChange(change: () => Promise<unknown>): Promise<PlatformPinOutcome> {
  try {
    await change();
    return 'done';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel) return 'list_full';
    if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) return 'bot_lacks_right';
    if (code === RESTJSONErrorCodes.UnknownMessage) return 'gone';
    throw error;
  }
}
