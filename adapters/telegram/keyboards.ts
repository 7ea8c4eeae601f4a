import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { AnswerPassage } from '../../src/answer/answer.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import { encodeCallbackData, fitsCallbackData } from './callback-data.js';
import type { KeyStore } from './key-store.js';
import { TELEGRAM_START_PAYLOAD_MAX_CHARS, truncateText } from './limits.js';
import { rankMark } from './render.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** Longest label of an example-question button (Telegram shortens longer ones on screen anyway). */
const EXAMPLE_LABEL_MAX_CHARS = 60;
const PASSAGE_BUTTONS_PER_ROW = 3;

/** What the buttons under an answer need. */
export interface AnswerKeyboardOptions {
  language: UiLanguage;
  passages: readonly Pick<AnswerPassage, 'rank' | 'passageId'>[];
  /** KeyStore key of the question; enables ➕ More sources. */
  moreKey?: string;
  /** Show 📌 Pin (groups); messageId pins the first part of a split answer. */
  pin?: { messageId?: number };
  store: KeyStore;
}

/** callback_data of a 📄 button: the stable passage id itself, or a KeyStore key when the id is too long. */
export function passageButtonData(passageId: string, language: UiLanguage, store: KeyStore): string {
  const direct = `p:${language}:${passageId}`;
  if (fitsCallbackData(direct)) return encodeCallbackData({ kind: 'passage', language, passageId });
  return encodeCallbackData({ kind: 'passage_key', language, key: store.put(passageId) });
}

/** The buttons under an answer: 📄 each passage in full, ➕ more sources, 📌 pin. */
export function answerKeyboard(options: AnswerKeyboardOptions): InlineKeyboardMarkup | undefined {
  const t = TELEGRAM_STRINGS[options.language];
  const rows: InlineKeyboardButton[][] = [];
  const passageButtons = options.passages.map((p) => ({
    text: t.buttonPassage(rankMark(p.rank)),
    callback_data: passageButtonData(p.passageId, options.language, options.store),
  }));
  for (let i = 0; i < passageButtons.length; i += PASSAGE_BUTTONS_PER_ROW) rows.push(passageButtons.slice(i, i + PASSAGE_BUTTONS_PER_ROW));
  const last: InlineKeyboardButton[] = [];
  if (options.moreKey) last.push({ text: t.buttonMore, callback_data: encodeCallbackData({ kind: 'more', language: options.language, key: options.moreKey }) });
  if (options.pin) last.push({ text: t.buttonPin, callback_data: encodeCallbackData({ kind: 'pin', messageId: options.pin.messageId }) });
  if (last.length) rows.push(last);
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** One button per example question; pressing it asks that question. */
export function examplesKeyboard(examples: readonly string[], store: KeyStore): InlineKeyboardMarkup | undefined {
  const rows = examples.map((example) => [{
    text: `❓ ${truncateText(example, EXAMPLE_LABEL_MAX_CHARS)}`,
    callback_data: encodeCallbackData({ kind: 'ask', key: store.put(example) }),
  }]);
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** A deep link that opens a private chat with the bot and asks the question there (`/start q_<key>`). */
export function openInBotKeyboard(username: string, key: string, language: UiLanguage): InlineKeyboardMarkup | undefined {
  const payload = `q_${key}`;
  if (!username || payload.length > TELEGRAM_START_PAYLOAD_MAX_CHARS) return undefined;
  return { inline_keyboard: [[{ text: TELEGRAM_STRINGS[language].buttonOpenInBot, url: `https://t.me/${username}?start=${payload}` }]] };
}
