import { EGYPTIAN } from './colloquial/egyptian.js';
import { GULF } from './colloquial/gulf.js';
import { IRAQI } from './colloquial/iraqi.js';
import { LEVANTINE } from './colloquial/levantine.js';
import { MAGHREBI } from './colloquial/maghrebi.js';
import { MSA_INTERROGATIVES } from './colloquial/msa.js';
import { SUDANESE } from './colloquial/sudanese.js';
import type { Asks, Dialect, Homograph, Role, WordClass, WordList } from './colloquial/word-list.js';
import { normalizeArabic } from './normalize-arabic.js';

export { ASKS, DIALECTS, SOURCES as COLLOQUIAL_SOURCES } from './colloquial/word-list.js';
export type { Asks, ColloquialEntry, Dialect, Homograph, Role, WordClass, WordList } from './colloquial/word-list.js';
export { MSA_INTERROGATIVES, MSA_INTERROGATIVES_SOURCE } from './colloquial/msa.js';
export { COLLOQUIAL_QUESTION_PHRASES, type QuestionPhrase } from './colloquial/question-phrases.js';

/** Every dialect's lists, class by class (see src/text/colloquial/ for each dialect and its sources). */
export const COLLOQUIAL_LISTS: readonly WordList[] = [...EGYPTIAN, ...LEVANTINE, ...GULF, ...IRAQI, ...MAGHREBI, ...SUDANESE];

/** One normalised spelling with everything the lists (and the MSA interrogatives) say about it. */
export interface ColloquialWord {
  /** The normalised spelling (see normalizeArabic). */
  form: string;
  role: Role;
  /** What it asks for, for interrogatives. */
  asks?: Asks;
  homograph?: Homograph;
  /** The dialects whose lists hold it; empty for an MSA interrogative. */
  dialects: readonly Dialect[];
  classes: readonly WordClass[];
  /** Normalised MSA readings, best first. */
  msa: readonly string[];
}

interface Listing {
  form: string;
  role: Role;
  asks?: Asks;
  homograph?: Homograph;
  dialect?: Dialect;
  class: WordClass;
  msa: readonly string[];
  /** Where it is listed, for conflict reports. */
  where: string;
}

function listings(): Listing[] {
  const all: Listing[] = [];
  for (const list of COLLOQUIAL_LISTS) {
    for (const entry of list.entries) {
      all.push({
        form: normalizeArabic(entry.form),
        role: entry.role,
        ...(entry.role === 'question' && { asks: entry.asks }),
        ...(entry.homograph && { homograph: entry.homograph }),
        dialect: list.dialect,
        class: list.class,
        msa: entry.msa.map(normalizeArabic),
        where: `${list.dialect} ${list.class} «${entry.form}»`,
      });
    }
  }
  for (const q of MSA_INTERROGATIVES) {
    all.push({ form: normalizeArabic(q.form), role: 'question', asks: q.asks, ...(q.homograph && { homograph: q.homograph }), class: 'interrogative', msa: [], where: `MSA «${q.form}»` });
  }
  return all;
}

function merge(all: readonly Listing[]): Map<string, ColloquialWord> {
  const words = new Map<string, ColloquialWord>();
  for (const l of all) {
    const known = words.get(l.form);
    if (!known) {
      words.set(l.form, {
        form: l.form,
        role: l.role,
        ...(l.asks && { asks: l.asks }),
        ...(l.homograph && { homograph: l.homograph }),
        dialects: l.dialect ? [l.dialect] : [],
        classes: [l.class],
        msa: [...new Set(l.msa)],
      });
      continue;
    }
    // The first listing's role, question type and homograph stand (conflicts are reported by colloquialConflicts).
    words.set(l.form, {
      ...known,
      dialects: l.dialect && !known.dialects.includes(l.dialect) ? [...known.dialects, l.dialect] : known.dialects,
      classes: known.classes.includes(l.class) ? known.classes : [...known.classes, l.class],
      msa: [...new Set([...known.msa, ...l.msa])],
    });
  }
  return words;
}

/** Every listed spelling (normalised) → what the lists say about it. */
export const COLLOQUIAL_WORDS: ReadonlyMap<string, ColloquialWord> = merge(listings());

/** The lists' entry for a normalised word, if it is listed as it stands. */
export function lookupColloquial(normalized: string): ColloquialWord | undefined {
  return COLLOQUIAL_WORDS.get(normalized);
}

/**
 * Spellings listed twice with different roles, question types or homograph marks (after normalisation), or twice
 * within one dialect: each is a data error, and the list should be empty.
 */
export function colloquialConflicts(): string[] {
  const conflicts: string[] = [];
  const first = new Map<string, Listing>();
  const perDialect = new Set<string>();
  for (const l of listings()) {
    if (l.dialect) {
      const key = `${l.dialect} ${l.form}`;
      if (perDialect.has(key)) conflicts.push(`${l.where}: listed twice in ${l.dialect}`);
      perDialect.add(key);
    }
    const known = first.get(l.form);
    if (!known) {
      first.set(l.form, l);
      continue;
    }
    if (known.role !== l.role || known.asks !== l.asks || known.homograph !== l.homograph) {
      const describe = (x: Listing) => `${x.role}${x.asks ? `/${x.asks}` : ''}${x.homograph ? ` (${x.homograph} homograph)` : ''}`;
      conflicts.push(`${l.where} is ${describe(l)}, but ${known.where} is ${describe(known)}`);
    }
  }
  return conflicts;
}
