import { DISCORD_CUSTOM_ID_MAX_CHARS } from './limits.js';

/**
 * What a button does. Everything a button needs travels in its custom_id as a stable key (a passage id, the durable
 * key of a question), so buttons keep working after a restart.
 */
export type ButtonAction = { kind: 'passage'; passageId: string } | { kind: 'more'; key: string } | { kind: 'pin' };

const PREFIX = 'kz';

/** The custom_id of a button, or undefined when it would pass Discord's 100-character limit. */
export function encodeCustomId(action: ButtonAction): string | undefined {
  const id =
    action.kind === 'passage' ? `${PREFIX}:p:${action.passageId}` : action.kind === 'more' ? `${PREFIX}:m:${action.key}` : `${PREFIX}:pin`;
  return id.length <= DISCORD_CUSTOM_ID_MAX_CHARS ? id : undefined;
}

/** Reads a custom_id written by encodeCustomId; undefined for anything else. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  if (customId === `${PREFIX}:pin`) return { kind: 'pin' };
  const match = /^kz:([pm]):(.+)$/s.exec(customId);
  if (!match) return undefined;
  return match[1] === 'p' ? { kind: 'passage', passageId: match[2]! } : { kind: 'more', key: match[2]! };
}
