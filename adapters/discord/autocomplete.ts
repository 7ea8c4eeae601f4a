import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { foldCase, normalizeArabic, stripInvisible } from '../../src/text/index.js';
import { DISCORD_AUTOCOMPLETE_CHOICES_MAX, DISCORD_CHOICE_MAX_CHARS, sanitizeText, truncateText } from './limits.js';

/** Where suggestions come from, in the order they are offered. */
export interface SuggestionSources {
  /** Questions answered before (in this server), newest first. */
  recent: readonly string[];
  /** Example questions in the user's language. */
  examples: readonly string[];
  /** Document headlines. */
  headlines: readonly string[];
}

/** Folds text for matching with the core's own normalisation (alef forms, case, invisible marks). */
function fold(text: string): string {
  return foldCase(normalizeArabic(stripInvisible(text)));
}

/** One line of plain text that fits a choice, or '' when nothing is left. */
function choiceText(text: string): string {
  return truncateText(sanitizeText(text).replace(/\s+/g, ' ').trim(), DISCORD_CHOICE_MAX_CHARS);
}

/**
 * Autocomplete choices for what the user has typed so far: candidates that contain every typed word, recent
 * questions first, at most 25, each name and value at most 100 characters. Pure and fast: autocomplete must answer
 * within Discord's 3 seconds and cannot be deferred.
 */
export function suggestQuestions(typed: string, sources: SuggestionSources): APIApplicationCommandOptionChoice<string>[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const candidate of [...sources.recent, ...sources.examples, ...sources.headlines]) {
    if (choices.length >= DISCORD_AUTOCOMPLETE_CHOICES_MAX) break;
    const text = choiceText(candidate);
    if (!text || seen.has(text)) continue;
    const folded = fold(candidate);
    if (!words.every((w) => folded.includes(w))) continue;
    seen.add(text);
    choices.push({ name: text, value: text });
  }
  return choices;
}
