import {
  LISTEN_MODES, UI_LANGUAGES, VOTE_REASONS, type DismissTarget, type DocumentActionOp, type ListenMode, type UiLanguage, type VoteReason,
} from '../../src/index.js';
import { TELEGRAM_CALLBACK_DATA_MAX_BYTES, utf8ByteLength } from './limits.js';

/**
 * What a button does. Everything a button needs is in its data (a stable passage id, a stored answer's id) or behind
 * a short key kept in the store, so buttons keep working after a restart.
 */
export type CallbackAction =
  | { kind: 'passage'; language: UiLanguage; passageId: string }
  | { kind: 'passage_key'; language: UiLanguage; key: string }
  /** 📄 The supporting passages of a stored answer; without an id, of the answer recorded for the button's message. */
  | { kind: 'passages'; language: UiLanguage; answerId?: number }
  | { kind: 'more'; language: UiLanguage; key: string }
  /** ➕ More sources for a stored answer's question; without an id, the answer recorded for the button's message. */
  | { kind: 'more_of'; language: UiLanguage; answerId?: number }
  | { kind: 'ask'; key: string }
  | { kind: 'pin'; messageId?: number }
  /** 👍 (1) or 👎 (-1) on a stored answer; without an id, the answer recorded for the button's message. */
  | { kind: 'vote'; answerId?: number; value: 1 | -1 }
  /** Search afresh instead of the moderators' pinned answer; `key` is the question's. */
  | { kind: 'fresh'; language: UiLanguage; key: string }
  /** ⚙️ A moderator's choice of where the bot listens in the button's group. */
  | { kind: 'listen'; mode: ListenMode }
  /** Why the 👎 on a stored answer (the private prompt's buttons). */
  | { kind: 'reason'; answerId: number; reason: VoteReason }
  /** A moderator takes an item off the digest. */
  | { kind: 'dismiss'; item: DismissTarget }
  /** A maintainer's document button: `ref` is a pending preview's key or a document id. */
  | { kind: 'document'; op: DocumentActionOp; ref: string };

/** Each reason as one letter in callback data. */
const REASON_CODES: Record<VoteReason, string> = { wrong_passage: 'w', not_answered: 'n', outdated: 'o', other: 'x' };
const reasonOfCode = (code: string) => VOTE_REASONS.find((r) => REASON_CODES[r] === code);

/** The letter of each document button in callback_data. */
const DOCUMENT_OPS: Record<DocumentActionOp, string> = { add: 'a', cancel: 'x', correct: 'e', remove: 'r', 'confirm-remove': 'y', keep: 'n' };
const documentOpOf = (letter: string) => (Object.keys(DOCUMENT_OPS) as DocumentActionOp[]).find((op) => DOCUMENT_OPS[op] === letter);


/** Whether a string fits Telegram's callback_data (1–64 bytes). */
export function fitsCallbackData(data: string): boolean {
  const bytes = utf8ByteLength(data);
  return bytes >= 1 && bytes <= TELEGRAM_CALLBACK_DATA_MAX_BYTES;
}

/** An action as callback_data; throws RangeError when it would exceed 64 bytes (callers then use a stored key). */
export function encodeCallbackData(action: CallbackAction): string {
  let data: string;
  switch (action.kind) {
    case 'passage': data = `p:${action.language}:${action.passageId}`; break;
    case 'passage_key': data = `k:${action.language}:${action.key}`; break;
    case 'more': data = `m:${action.language}:${action.key}`; break;
    case 'passages': data = action.answerId === undefined ? `d:${action.language}` : `d:${action.language}:${action.answerId}`; break;
    case 'more_of': data = action.answerId === undefined ? `ma:${action.language}` : `ma:${action.language}:${action.answerId}`; break;
    case 'ask': data = `q:${action.key}`; break;
    case 'pin': data = action.messageId === undefined ? 'pin' : `pin:${action.messageId}`; break;
    case 'vote': data = `v:${action.answerId === undefined ? '' : `${action.answerId}:`}${action.value > 0 ? 'u' : 'd'}`; break;
    case 'fresh': data = `f:${action.language}:${action.key}`; break;
    case 'listen': data = `ls:${action.mode}`; break;
    case 'reason': data = `r:${action.answerId}:${REASON_CODES[action.reason]}`; break;
    case 'dismiss': data = action.item.kind === 'unanswered' ? `x:u:${action.item.key}` : `x:d:${action.item.answerId}`; break;
    case 'document': data = `dc:${DOCUMENT_OPS[action.op]}:${action.ref}`; break;
  }
  if (!fitsCallbackData(data)) throw new RangeError(`callback_data of ${utf8ByteLength(data)} bytes exceeds ${TELEGRAM_CALLBACK_DATA_MAX_BYTES}`);
  return data;
}

function language(code: string | undefined): UiLanguage | undefined {
  return UI_LANGUAGES.find((l) => l === code);
}

/** Reads callback_data back; undefined for anything this bot did not write (old formats, forged data). */
export function decodeCallbackData(data: string | undefined): CallbackAction | undefined {
  if (!data || !fitsCallbackData(data)) return undefined;
  if (data === 'pin') return { kind: 'pin' };
  const [kind, first = '', ...rest] = data.split(':');
  const tail = rest.join(':');
  if (kind === 'pin') return /^\d{1,15}$/.test(first) ? { kind: 'pin', messageId: Number(first) } : undefined;
  if (kind === 'v' && !tail && /^[ud]$/.test(first)) return { kind: 'vote', value: first === 'u' ? 1 : -1 };
  if (kind === 'ma' && !tail && language(first)) return { kind: 'more_of', language: language(first)! };
  if (kind === 'd' && !tail && language(first)) return { kind: 'passages', language: language(first)! };
  if (kind === 'v') return /^\d{1,15}$/.test(first) && /^[ud]$/.test(tail) ? { kind: 'vote', answerId: Number(first), value: tail === 'u' ? 1 : -1 } : undefined;
  if (kind === 'r') return /^\d{1,15}$/.test(first) && reasonOfCode(tail) ? { kind: 'reason', answerId: Number(first), reason: reasonOfCode(tail)! } : undefined;
  if (kind === 'x' && first === 'u') return /^[\w-]{6,43}$/.test(tail) ? { kind: 'dismiss', item: { kind: 'unanswered', key: tail } } : undefined;
  if (kind === 'x' && first === 'd') return /^\d{1,15}$/.test(tail) ? { kind: 'dismiss', item: { kind: 'disliked', answerId: Number(tail) } } : undefined;
  if (kind === 'dc') return documentOpOf(first) && /^[\w-]{1,60}$/.test(tail) ? { kind: 'document', op: documentOpOf(first)!, ref: tail } : undefined;
  if (kind === 'q') return /^[\w-]{6,32}$/.test(first) && !tail ? { kind: 'ask', key: first } : undefined;
  if (kind === 'ls') {
    const mode = LISTEN_MODES.find((m) => m === first);
    return mode && !tail ? { kind: 'listen', mode } : undefined;
  }
  const lang = language(first);
  if (!lang || !tail) return undefined;
  if (kind === 'p') return { kind: 'passage', language: lang, passageId: tail };
  if (kind === 'k' && /^[\w-]{6,32}$/.test(tail)) return { kind: 'passage_key', language: lang, key: tail };
  if (kind === 'm' && /^[\w-]{6,32}$/.test(tail)) return { kind: 'more', language: lang, key: tail };
  if (kind === 'ma' && /^\d{1,15}$/.test(tail)) return { kind: 'more_of', language: lang, answerId: Number(tail) };
  if (kind === 'd' && /^\d{1,15}$/.test(tail)) return { kind: 'passages', language: lang, answerId: Number(tail) };
  if (kind === 'f' && /^[\w-]{6,32}$/.test(tail)) return { kind: 'fresh', language: lang, key: tail };
  return undefined;
}
