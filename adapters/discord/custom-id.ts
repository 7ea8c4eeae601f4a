import type { VoteValue } from '../../src/store/store.js';
import { DISCORD_CUSTOM_ID_MAX_CHARS } from './limits.js';

/**
 * What a button does. Everything a button needs travels in its custom_id as a stable key (a passage id, the durable
 * key of a question, the store's id of an answer), so buttons keep working after a restart.
 */
export type ButtonAction =
  | { kind: 'passage'; passageId: string }
  | { kind: 'more'; key: string }
  | { kind: 'pin' }
  | { kind: 'vote'; answerId: number; value: VoteValue }
  | { kind: 'fresh'; key: string };

const PREFIX = 'kz';

function customIdOf(action: ButtonAction): string {
  switch (action.kind) {
    case 'passage': return `${PREFIX}:p:${action.passageId}`;
    case 'more': return `${PREFIX}:m:${action.key}`;
    case 'pin': return `${PREFIX}:pin`;
    case 'vote': return `${PREFIX}:v:${action.answerId}:${action.value > 0 ? 'u' : 'd'}`;
    case 'fresh': return `${PREFIX}:f:${action.key}`;
  }
}

/** The custom_id of a button, or undefined when it would pass Discord's 100-character limit. */
export function encodeCustomId(action: ButtonAction): string | undefined {
  const id = customIdOf(action);
  return id.length <= DISCORD_CUSTOM_ID_MAX_CHARS ? id : undefined;
}

/** Reads a custom_id written by encodeCustomId; undefined for anything else. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  if (customId === `${PREFIX}:pin`) return { kind: 'pin' };
  const vote = /^kz:v:(\d{1,15}):([ud])$/.exec(customId);
  if (vote) return { kind: 'vote', answerId: Number(vote[1]), value: vote[2] === 'u' ? 1 : -1 };
  const match = /^kz:([pmf]):(.+)$/s.exec(customId);
  if (!match) return undefined;
  if (match[1] === 'p') return { kind: 'passage', passageId: match[2]! };
  return match[1] === 'm' ? { kind: 'more', key: match[2]! } : { kind: 'fresh', key: match[2]! };
}
