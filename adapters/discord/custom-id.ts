import {
  LISTEN_MODES, UI_LANGUAGES, VOTE_REASONS, type DismissTarget, type DocumentActionOp, type ListenMode, type UiLanguage, type VoteReason, type VoteValue,
} from '../../src/index.js';
import { DISCORD_CUSTOM_ID_MAX_CHARS } from './limits.js';

/**
 * What a button does. Everything a button needs travels in its custom_id as a stable key (a passage id, the store's
 * id of an answer, the stored key of a question) with the answer's language, so buttons keep working after a restart.
 */
export type ButtonAction =
  | { kind: 'passage'; passageId: string; language?: UiLanguage }
  /** 📄 The supporting passages of a stored answer. */
  | { kind: 'passages'; answerId: number; language?: UiLanguage }
  /** ➕ of a stored answer. */
  | { kind: 'more'; answerId: number; language?: UiLanguage }
  /** ➕ made before answers carried their id: the stored key of the question. */
  | { kind: 'more_key'; key: string }
  | { kind: 'pin' }
  | { kind: 'vote'; answerId: number; value: VoteValue }
  | { kind: 'fresh'; key: string }
  /** ⚙️ A moderator's choice of where the bot listens in a text (or forum) channel. */
  | { kind: 'listen'; mode: ListenMode; forum: boolean; channelId: string }
  /** Why the 👎 on a stored answer (the ephemeral prompt's buttons). */
  | { kind: 'reason'; answerId: number; reason: VoteReason }
  /** A moderator takes an item off the digest. */
  | { kind: 'dismiss'; item: DismissTarget }
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
    case 'passages': return `${PREFIX}:d:${action.language ?? ''}:${action.answerId}`;
    case 'more': return `${PREFIX}:ma:${action.language ?? ''}:${action.answerId}`;
    case 'more_key': return `${PREFIX}:m:${action.key}`;
    case 'pin': return `${PREFIX}:pin`;
    case 'vote': return `${PREFIX}:v:${action.answerId}:${action.value > 0 ? 'u' : 'd'}`;
    case 'fresh': return `${PREFIX}:f:${action.key}`;
    case 'listen': return `${PREFIX}:ls:${action.mode}:${action.forum ? 'f' : 't'}:${action.channelId}`;
    case 'reason': return `${PREFIX}:r:${action.answerId}:${action.reason}`;
    case 'dismiss': return action.item.kind === 'unanswered' ? `${PREFIX}:x:u:${action.item.key}` : `${PREFIX}:x:d:${action.item.answerId}`;
    case 'document': return `${PREFIX}:dc:${action.op}:${action.ref}`;
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
  const document = /^kz:dc:([a-z-]+):([\w-]{1,60})$/.exec(customId);
  if (document) return DOCUMENT_OPS.includes(document[1] as DocumentActionOp) ? { kind: 'document', op: document[1] as DocumentActionOp, ref: document[2]! } : undefined;
  const vote = /^kz:v:(\d{1,15}):([ud])$/.exec(customId);
  if (vote) return { kind: 'vote', answerId: Number(vote[1]), value: vote[2] === 'u' ? 1 : -1 };
  const more = /^kz:ma:(ar|en|ru)?:(\d{1,15})$/.exec(customId);
  if (more) return { kind: 'more', answerId: Number(more[2]), ...(more[1] ? { language: languageOf(more[1])! } : {}) };
  const passages = /^kz:d:(ar|en|ru)?:(\d{1,15})$/.exec(customId);
  if (passages) return { kind: 'passages', answerId: Number(passages[2]), ...(passages[1] ? { language: languageOf(passages[1])! } : {}) };
  const passage = /^kz:p:(?:(ar|en|ru):)?(.+)$/s.exec(customId);
  if (passage) return { kind: 'passage', passageId: passage[2]!, ...(passage[1] ? { language: languageOf(passage[1])! } : {}) };
  const listen = /^kz:ls:([a-z-]{1,20}):([tf]):(\d{1,25})$/.exec(customId);
  const mode = LISTEN_MODES.find((m) => m === listen?.[1]);
  if (listen && mode) return { kind: 'listen', mode, forum: listen[2] === 'f', channelId: listen[3]! };
  const reason = /^kz:r:(\d{1,15}):([a-z_]+)$/.exec(customId);
  if (reason) return VOTE_REASONS.includes(reason[2] as VoteReason) ? { kind: 'reason', answerId: Number(reason[1]), reason: reason[2] as VoteReason } : undefined;
  const dismissed = /^kz:x:(?:u:([\w-]{6,43})|d:(\d{1,15}))$/.exec(customId);
  if (dismissed) return { kind: 'dismiss', item: dismissed[1] ? { kind: 'unanswered', key: dismissed[1] } : { kind: 'disliked', answerId: Number(dismissed[2]) } };
  const keyed = /^kz:([mf]):(.+)$/s.exec(customId);
  if (!keyed) return undefined;
  return keyed[1] === 'm' ? { kind: 'more_key', key: keyed[2]! } : { kind: 'fresh', key: keyed[2]! };
}
