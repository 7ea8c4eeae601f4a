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
