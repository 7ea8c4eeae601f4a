import { readColloquial } from './read-colloquial.js';

/** Arabic relative pronouns (normalised): who, which, that. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي']);

/** Whether a normalised word is an Arabic relative pronoun, MSA or dialect (اللي). */
export function isRelativePronoun(word: string): boolean {
  return RELATIVE_PRONOUNS.has(word) || readColloquial(word).readings.some((r) => RELATIVE_PRONOUNS.has(r));
}
