import { detectUiLanguage, type UiLanguage } from '../text/detect-ui-language.js';

/** What is known when a reply's language is chosen. */
export interface LanguageClues {
  /** The language of the answer a button belongs to, when the button says (its 📄 and ➕ replies read like it). */
  answerLanguage?: UiLanguage;
  /** The question being answered. */
  question?: string;
  /** The user's language as the platform reports it. */
  userLanguage?: UiLanguage;
}

/**
 * The reply-language policy, the same on every platform:
 * 1. what a button adds to an answer (📄 a passage, ➕ more sources) speaks the answer's language;
 * 2. an answer speaks the language its question is written in (in a group, that is the language the chat reads);
 * 3. everything else (commands, what the presser alone is told) and a question with no letters speak the user's
 *    language as the platform reports it, else English.
 */
export function replyLanguage(clues: LanguageClues): UiLanguage {
  if (clues.answerLanguage) return clues.answerLanguage;
  const fallback = clues.userLanguage ?? 'en';
  return clues.question === undefined ? fallback : detectUiLanguage(clues.question, fallback);
}

/** Languages whose speakers more likely read Russian than English. */
const READS_RUSSIAN = new Set(['ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tg', 'tt']);

/**
 * The user's language from the language tag their platform reports (Telegram's language_code such as "kk" or
 * "ru-RU", Discord's locale such as "en-GB"), the same on every platform: Arabic; Russian for Russian and its
 * neighbours; English for any other; undefined when the platform reports none.
 */
export function languageOfTag(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'ar' ? 'ar' : READS_RUSSIAN.has(base) ? 'ru' : 'en';
}
