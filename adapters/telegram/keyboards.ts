import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { AnswerPassage } from '../../src/answer/answer.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { Store, VoteTally } from '../../src/store/store.js';
import { encodeCallbackData, fitsCallbackData } from './callback-data.js';
import { TELEGRAM_START_PAYLOAD_MAX_CHARS, truncateText } from './limits.js';
import { rankMark } from './render.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** Longest label of an example-question button (Telegram shortens longer ones on screen anyway). */
const EXAMPLE_LABEL_MAX_CHARS = 60;
const PASSAGE_BUTTONS_PER_ROW = 3;

/** Where button keys are kept: the store's putKey (a short key for a longer value, kept across restarts). */
export type KeyMaker = Pick<Store, 'putKey'>;

/** What the buttons under an answer need. */
export interface AnswerKeyboardOptions {
  language: UiLanguage;
  passages: readonly Pick<AnswerPassage, 'rank' | 'passageId'>[];
  /** ➕ More sources: for the stored answer with this id, or (`'message'`) the one recorded for the button's message. */
  moreOf?: number | 'message';
  /** Show 📌 Pin (groups); messageId pins the first part of a split answer. */
  pin?: { messageId?: number };
  /** 👍/👎 with the votes so far, for the stored answer with this id or (no id) the one recorded for the button's message. */
  votes?: { answerId?: number; tally: VoteTally };
  /** Stored key of the question of a pinned (curated) answer: enables 🔎 Fresh search. */
  freshKey?: string;
  keys: KeyMaker;
}

/** callback_data of a 📄 button: the stable passage id itself, or a stored key when the id is too long. */
export async function passageButtonData(passageId: string, language: UiLanguage, keys: KeyMaker): Promise<string> {
  const direct = `p:${language}:${passageId}`;
  if (fitsCallbackData(direct)) return encodeCallbackData({ kind: 'passage', language, passageId });
  return encodeCallbackData({ kind: 'passage_key', language, key: await keys.putKey(passageId) });
}

/** The 👍/👎 row of an answer, with the counts so far. */
export function voteButtons(answerId: number | undefined, tally: VoteTally): InlineKeyboardButton[] {
  const label = (mark: string, n: number) => (n > 0 ? `${mark} ${n}` : mark);
  return [
    { text: label('👍', tally.up), callback_data: encodeCallbackData({ kind: 'vote', answerId, value: 1 }) },
    { text: label('👎', tally.down), callback_data: encodeCallbackData({ kind: 'vote', answerId, value: -1 }) },
  ];
}

/** The buttons under an answer: 📄 each passage in full, ➕ more sources, 🔎 fresh search, 📌 pin, 👍/👎. */
export async function answerKeyboard(options: AnswerKeyboardOptions): Promise<InlineKeyboardMarkup | undefined> {
  const t = TELEGRAM_STRINGS[options.language];
  const rows: InlineKeyboardButton[][] = [];
  const passageButtons: InlineKeyboardButton[] = [];
  for (const p of options.passages) {
    passageButtons.push({ text: t.buttonPassage(rankMark(p.rank)), callback_data: await passageButtonData(p.passageId, options.language, options.keys) });
  }
  for (let i = 0; i < passageButtons.length; i += PASSAGE_BUTTONS_PER_ROW) rows.push(passageButtons.slice(i, i + PASSAGE_BUTTONS_PER_ROW));
  const last: InlineKeyboardButton[] = [];
  if (options.moreOf !== undefined) {
    const answerId = options.moreOf === 'message' ? undefined : options.moreOf;
    last.push({ text: t.buttonMore, callback_data: encodeCallbackData({ kind: 'more_of', language: options.language, answerId }) });
  }
  if (options.freshKey) last.push({ text: t.buttonFresh, callback_data: encodeCallbackData({ kind: 'fresh', language: options.language, key: options.freshKey }) });
  if (options.pin) last.push({ text: t.buttonPin, callback_data: encodeCallbackData({ kind: 'pin', messageId: options.pin.messageId }) });
  if (last.length) rows.push(last);
  if (options.votes) rows.push(voteButtons(options.votes.answerId, options.votes.tally));
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** The same keyboard with its 👍/👎 row showing new counts (other buttons, and the row's own data, untouched). */
export function withVotes(markup: InlineKeyboardMarkup | undefined, tally: VoteTally): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  const counts = { u: tally.up, d: tally.down };
  return {
    inline_keyboard: markup.inline_keyboard.map((row) => row.map((button) => {
      const vote = 'callback_data' in button ? /^v:(?:\d+:)?([ud])$/.exec(button.callback_data)?.[1] as 'u' | 'd' | undefined : undefined;
      if (!vote) return button;
      const n = counts[vote];
      return { ...button, text: n > 0 ? `${vote === 'u' ? '👍' : '👎'} ${n}` : vote === 'u' ? '👍' : '👎' };
    })),
  };
}

/** One button per example question; pressing it asks that question. */
export async function examplesKeyboard(examples: readonly string[], keys: KeyMaker): Promise<InlineKeyboardMarkup | undefined> {
  const rows: InlineKeyboardButton[][] = [];
  for (const example of examples) {
    rows.push([{ text: `❓ ${truncateText(example, EXAMPLE_LABEL_MAX_CHARS)}`, callback_data: encodeCallbackData({ kind: 'ask', key: await keys.putKey(example) }) }]);
  }
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** A deep link that opens a private chat with the bot and asks the question there (`/start q_<key>`). */
export function openInBotKeyboard(username: string, key: string, language: UiLanguage): InlineKeyboardMarkup | undefined {
  const payload = `q_${key}`;
  if (!username || payload.length > TELEGRAM_START_PAYLOAD_MAX_CHARS) return undefined;
  return { inline_keyboard: [[{ text: TELEGRAM_STRINGS[language].buttonOpenInBot, url: `https://t.me/${username}?start=${payload}` }]] };
}
