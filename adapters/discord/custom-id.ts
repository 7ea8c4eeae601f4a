import { UI_LANGUAGES, type DocumentActionOp, type UiLanguage, type VoteValue } from '../../src/index.js';
import { DISCORD_CUSTOM_ID_MAX_CHARS } from './limits.js';

/**
 * What a button does. Everything a button needs travels in its custom_id as a stable key (a passage id, the store's
 * id of an answer, the stored key of a question) with the answer's language, so buttons keep working after a restart.
 */
export type ButtonAction =
  | { kind: 'passage'; passageId: string; language?: UiLanguage }
  /** ➕ of a stored answer. */
  | { kind: 'more'; answerId: number; language?: UiLanguage }
  /** ➕ made before answers carried their id: the stored key of the question. */
  | { kind: 'more_key'; key: string }
  | { kind: 'pin' }
  | { kind: 'vote'; answerId: number; value: VoteValue }
  | { kind: 'fresh'; key: string }
  /** A maintainer's document button: `ref` is a pending preview's key or a document id. */
  | { kind: 'document'; op: DocumentActionOp; ref: string };

const DOCUMENT_OPS: readonly DocumentActionOp[] = ['add', 'cancel', 'correct', 'remove', 'confirm-remove', 'keep'];

/** The custom_id of the correction form of a pending preview (Discord's modal), and the key it carries back. */
export const correctionFormId = (key: string) => `${PREFIX}:dm:${key}`;
export const keyOfCorrectionForm = (customId: string) => /^kz:dm:([\w-]{1,60})$/.exec(customId)?.[1];

const PREFIX = 'kz';

function customIdOf(action: ButtonAction): string {
  switch (action.kind) {
    case 'passage': return action.language ? `${PREFIX}:p:${action.language}:${action.passageId}` : `${PREFIX}:p:${action.passageId}`;
    case 'more': return `${PREFIX}:ma:${action.language ?? ''}:${action.answerId}`;
    case 'more_key': return `${PREFIX}:m:${action.key}`;
    case 'pin': return `${PREFIX}:pin`;
    case 'vote': return `${PREFIX}:v:${action.answerId}:${action.value > 0 ? 'u' : 'd'}`;
    case 'fresh': return `${PREFIX}:f:${action.key}`;
    case 'document': return `${PREFIX}:d:${action.op}:${action.ref}`;
  }
}

/** The custom_id of a button, or undefined when it would pass Discord's 100-character limit. */
export function encodeCustomId(action: ButtonAction): string | undefined {
  const id = customIdOf(action);
  return id.length <= DISCORD_CUSTOM_ID_MAX_CHARS ? id : undefined;
}

const languageOf = (code: string | undefined) => UI_LANGUAGES.find((l) => l === code);

/** Reads a custom_id written by encodeCustomId (or by earlier versions of the bot); undefined for anything else. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  if (customId === `${PREFIX}:pin`) return { kind: 'pin' };
  const document = /^kz:d:([a-z-]+):([\w-]{1,60})$/.exec(customId);
  if (document) return DOCUMENT_OPS.includes(document[1] as DocumentActionOp) ? { kind: 'document', op: document[1] as DocumentActionOp, ref: document[2]! } : undefined;
  const vote = /^kz:v:(\d{1,15}):([ud])$/.exec(customId);
  if (vote) return { kind: 'vote', answerId: Number(vote[1]), value: vote[2] === 'u' ? 1 : -1 };
  const more = /^kz:ma:(ar|en|ru)?:(\d{1,15})$/.exec(customId);
  if (more) return { kind: 'more', answerId: Number(more[2]), ...(more[1] ? { language: languageOf(more[1])! } : {}) };
  const passage = /^kz:p:(?:(ar|en|ru):)?(.+)$/s.exec(customId);
  if (passage) return { kind: 'passage', passageId: passage[2]!, ...(passage[1] ? { language: languageOf(passage[1])! } : {}) };
  const keyed = /^kz:([mf]):(.+)$/s.exec(customId);
  if (!keyed) return undefined;
  return keyed[1] === 'm' ? { kind: 'more_key', key: keyed[2]! } : { kind: 'fresh', key: keyed[2]! };
}
